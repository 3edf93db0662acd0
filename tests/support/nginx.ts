// The real nginx (Debian's) with deploy/nginx.conf, on a free loopback port, serving a folder:
// what the nginx dist gates run against. Only the site's own server block is taken from the
// repository; the surrounding http block is the least nginx needs to run as this user.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((file) => fs.existsSync(file));

export interface RunningNginx {
  base: string;
  /** The folder nginx serves. */
  root: string;
  /** Stops nginx, then removes its folder (it writes its pid and log there until it exits). */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts nginx on a copy of the site that `fill(root)` writes into a fresh temporary folder.
 * Fails with nginx's own message when the configuration does not load.
 */
export async function startNginx(fill: (root: string) => void): Promise<RunningNginx> {
  if (!nginxBinary) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  // nginx's workers run as an unprivileged user: they must be able to read the site.
  fs.chmodSync(work, 0o755);
  const root = path.join(work, 'site');
  fs.mkdirSync(root, { mode: 0o755 });
  fill(root);
  fs.copyFileSync('deploy/security-headers.conf', path.join(work, 'security-headers.conf'));
  const port = await freePort();
  const site = fs
    .readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
  fs.writeFileSync(path.join(work, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(work, name)};`;
  const config = path.join(work, 'nginx.conf');
  fs.writeFileSync(
    config,
    `worker_processes 1;
daemon off;
pid ${path.join(work, 'nginx.pid')};
error_log ${path.join(work, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${path.join(work, 'site.conf')};
}
`,
  );
  const check = spawnSync(nginxBinary, ['-t', '-p', work, '-c', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`deploy/nginx.conf does not load:\n${check.stderr}`);
  const nginx = spawn(nginxBinary, ['-p', work, '-c', config], { stdio: 'ignore' });
  const stop = async () => {
    if (nginx.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve).kill('SIGTERM'));
    fs.rmSync(work, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`${base}/`);
      return { base, root, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not answer on ${base}`);
}
