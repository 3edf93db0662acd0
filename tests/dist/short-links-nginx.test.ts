// The consulates' short links against the real nginx (Debian's) with deploy/nginx.conf: other
// spellings and any capitalisation redirect to the country page, which itself is served as
// it is. The same cases as `npm start` (tests/unit/short-links.test.ts), over the built pages.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCountries } from '../../scripts/short-links.mjs';
import { distDir } from '../support/dist';
import { NOT_SHORT_LINKS, SHORT_LINK_CASES } from '../support/short-link-cases';

const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((file) => fs.existsSync(file));
const run = nginxBinary || process.env.CI ? describe : describe.skip;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

run('short links on nginx with deploy/nginx.conf', () => {
  let nginx: ChildProcess;
  let base: string;
  let work: string;

  beforeAll(async () => {
    expect(nginxBinary, 'nginx is not installed (Debian: apt-get install nginx)').toBeDefined();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-short-'));
    fs.chmodSync(work, 0o755);
    const root = path.join(work, 'site');
    // Only what the short links touch: the country pages and the 404 pages.
    for (const country of readCountries()) fs.cpSync(path.join(distDir, country.id), path.join(root, country.id), { recursive: true });
    fs.copyFileSync(path.join(distDir, '404.html'), path.join(root, '404.html'));
    fs.chmodSync(root, 0o755);
    fs.copyFileSync('deploy/security-headers.conf', path.join(work, 'security-headers.conf'));
    const port = await freePort();
    const site = fs
      .readFileSync('deploy/nginx.conf', 'utf8')
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
    fs.writeFileSync(path.join(work, 'site.conf'), site);
    const temp = (name: string) => `${name}_temp_path ${path.join(work, name)};`;
    fs.writeFileSync(
      path.join(work, 'nginx.conf'),
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
    const check = spawnSync(nginxBinary!, ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(nginxBinary!, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await fetch(`${base}/`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`nginx did not answer on ${base}; see ${path.join(work, 'error.log')}`);
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve).kill('SIGTERM'));
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it.each(SHORT_LINK_CASES)('%s redirects (301) to %s, with the security headers', async (requestPath, target) => {
    const response = await fetch(`${base}${requestPath}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location')!, base).pathname).toBe(target);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(NOT_SHORT_LINKS)('%s does not redirect', async (requestPath) => {
    const response = await fetch(`${base}${requestPath}`, { redirect: 'manual' });
    expect(response.status).not.toBe(301);
  });

  it('serves the country page itself with the site name', async () => {
    const response = await fetch(`${base}/marokko/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('site-header');
  });
});
