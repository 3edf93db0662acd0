// The real nginx (Debian's) serves dist/ with deploy/nginx.conf on a loopback port:
// security headers as in public/_headers, each language's 404, long caching for hashed
// assets, the .wasm type and compressed responses.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, readHeaderRules } from '../../src/security/headers.mjs';
import { locales } from '../../src/i18n/locales';
import { distDir, listFiles } from '../support/dist';

const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((file) => fs.existsSync(file));
// On CI nginx must be there (.ci/run installs it); on a laptop without it these tests are skipped.
const run = nginxBinary || process.env.CI ? describe : describe.skip;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

run('nginx with deploy/nginx.conf', () => {
  let nginx: ChildProcess;
  let base: string;
  let work: string;

  beforeAll(async () => {
    expect(nginxBinary, 'nginx is not installed (Debian: apt-get install nginx)').toBeDefined();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
    // nginx's workers run as an unprivileged user: they must be able to read the site.
    fs.chmodSync(work, 0o755);
    const root = path.join(work, 'site');
    fs.cpSync(distDir, root, { recursive: true });
    fs.writeFileSync(path.join(root, 'probe.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
    fs.copyFileSync('deploy/security-headers.conf', path.join(work, 'security-headers.conf'));
    const port = await freePort();
    const site = fs.readFileSync('deploy/nginx.conf', 'utf8')
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
    fs.writeFileSync(path.join(work, 'site.conf'), site);
    const temp = (name: string) => `${name}_temp_path ${path.join(work, name)};`;
    fs.writeFileSync(path.join(work, 'nginx.conf'), `
worker_processes 1;
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
`);
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
    // Wait for nginx to exit before removing the folder it writes its pid and log to.
    if (nginx && nginx.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve).kill('SIGTERM'));
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('sends the security headers of public/_headers on every response', async () => {
    const expected = headersFor(readHeaderRules('public/_headers'), '/nl/');
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']));
    const css = listFiles(distDir).find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    // The search page has a policy of its own ('wasm-unsafe-eval' for Pagefind).
    for (const [url, status] of [['/', 200], ['/nl/', 200], ['/ar/pakket/', 200], [`/${css}`, 200], ['/bestaat-niet/', 404], ['/ar/zoeken/', 200], ['/pagefind/pagefind.js', 200]] as const) {
      const response = await fetch(`${base}${url}`);
      expect(`${url} ${response.status}`).toBe(`${url} ${status}`);
      const own = headersFor(readHeaderRules('public/_headers'), url);
      for (const [name, value] of Object.entries(own)) expect(`${url} ${name}: ${response.headers.get(name)}`).toBe(`${url} ${name}: ${value}`);
    }
    expect(headersFor(readHeaderRules('public/_headers'), '/ar/zoeken/')['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
  });

  it('answers an unknown page with the 404 page of its language', async () => {
    for (const { code } of locales) {
      const response = await fetch(`${base}/${code}/bestaat-niet/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain(`<html lang="${code}"`);
    }
    const root = await fetch(`${base}/bestaat-niet/`);
    expect(root.status).toBe(404);
    expect(await root.text()).toContain('lang="ar"');
  });

  it('caches hashed assets for a year, and makes browsers revalidate pages and PDFs on every use', async () => {
    const css = listFiles(distDir).find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    expect((await fetch(`${base}/${css}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const pdf = listFiles(distDir).find((file) => file.endsWith('.pdf'));
    for (const url of ['/nl/', '/ar/bestaat-niet/', '/sitemap.xml', ...(pdf ? [`/${pdf}`] : [])]) {
      expect(`${url} ${(await fetch(`${base}${url}`)).headers.get('cache-control')}`).toBe(`${url} no-cache`);
    }
  });

  it('serves .wasm as application/wasm and PDFs as application/pdf', async () => {
    expect((await fetch(`${base}/probe.wasm`)).headers.get('content-type')).toBe('application/wasm');
    const pdf = listFiles(distDir).find((file) => file.endsWith('.pdf'));
    expect(pdf, 'no PDF in dist/: npm run build prints them (scripts/make-pdfs.mjs)').toBeDefined();
    expect((await fetch(`${base}/${pdf}`)).headers.get('content-type')).toBe('application/pdf');
  });

  it('compresses text responses', async () => {
    const response = await fetch(`${base}/nl/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});
