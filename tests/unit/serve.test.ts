// scripts/serve.mjs over a small site in a temporary folder, asked with a raw HTTP client so
// that nothing normalises the path on the way: requests that tried to leave the folder,
// redirect to another host or end the process (CODE-REVIEW-2026-12, finding 1).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import module from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSiteServer } from '../../scripts/serve.mjs';
import { headersFor, readHeaderRules } from '../../src/security/headers.mjs';

const ARABIC_FOLDER = 'دليل';

let work: string;
let server: http.Server;
let port: number;

interface Reply {
  status: number;
  location: string | undefined;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One GET with the path sent exactly as written. */
function get(requestPath: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: requestPath, agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, headers: response.headers, body }));
      })
      .on('error', reject);
  });
}

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const site = path.join(work, 'site');
  // A sibling whose name starts with the root's name: a bare prefix check lets it through.
  write(path.join(work, 'site-private', 'secret.txt'), 'SECRET');
  write(path.join(site, '_headers'), '/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  write(path.join(site, 'index.html'), '<p>chooser</p>');
  write(path.join(site, '404.html'), '<p>multilingual 404</p>');
  write(path.join(site, 'nl', 'index.html'), '<p>nl home</p>');
  write(path.join(site, 'nl', '404.html'), '<p>nl 404</p>');
  write(path.join(site, ARABIC_FOLDER, 'index.html'), '<p>ar guide</p>');
  write(path.join(site, '_astro', 'site.css'), 'body{}');
  fs.symlinkSync(path.join(work, 'site-private', 'secret.txt'), path.join(site, 'link.txt'));
  // The 404 page is read by the layer itself, not by sirv: it needs the same check.
  fs.mkdirSync(path.join(site, 'tr'));
  fs.symlinkSync(path.join(work, 'site-private', 'secret.txt'), path.join(site, 'tr', '404.html'));
  server = createSiteServer(site);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(() => {
  vi.restoreAllMocks();
  module.syncBuiltinESMExports();
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(work, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('refuses paths out of the folder, never redirects to another host, and survives every request', async () => {
    const cases: [string, number, string?][] = [
      ['/..%2fsite-private%2fsecret.txt', 404],
      ['/%2fevil.example%2f..%2fnl', 301, '/%2fevil.example%2f..%2fnl/'],
      ['/%5cevil.example%2f..%2fnl', 301, '/%5cevil.example%2f..%2fnl/'],
      ['/%0d%0a%2f..%2fnl', 301, '/%0d%0a%2f..%2fnl/'],
      ['/%E2%82%AC%2f..%2fnl', 301, '/%E2%82%AC%2f..%2fnl/'],
      ['/a%00b', 404],
      ['/%E0%A4%A', 400],
      ['/link.txt', 404],
      ['/_headers', 404],
      [`/${encodeURIComponent(ARABIC_FOLDER)}`, 301, `/${encodeURIComponent(ARABIC_FOLDER)}/`],
    ];
    for (const [requestPath, status, location] of cases) {
      const reply = await get(requestPath);
      expect(`${requestPath} → ${reply.status} ${reply.location}`).toBe(`${requestPath} → ${status} ${location}`);
      expect(reply.body).not.toContain('SECRET');
    }
    const home = await get('/nl/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<p>nl home</p>');
  });

  it('redirects with exactly one leading slash, even when the request has two', async () => {
    expect((await get('//evil.example/..%2fnl')).location).toBe('/evil.example/..%2fnl/');
  });

  it('answers a missing page with the 404 page of its language folder, else the multilingual one', async () => {
    expect(await get('/nl/bestaat-niet/')).toMatchObject({ status: 404, body: '<p>nl 404</p>' });
    expect(await get('/xx/bestaat-niet/')).toMatchObject({ status: 404, body: '<p>multilingual 404</p>' });
    expect(await get('/tr/bestaat-niet/')).toMatchObject({ status: 404, body: '<p>multilingual 404</p>' });
  });

  it('sends the headers of _headers on every response, and caches only hashed assets', async () => {
    for (const requestPath of ['/nl/', '/nl', '/nl/bestaat-niet/', '/%E0%A4%A']) {
      const reply = await get(requestPath);
      expect(`${requestPath} ${reply.headers['x-frame-options']} ${reply.headers['cache-control']}`).toBe(`${requestPath} DENY no-cache`);
    }
    expect((await get('/_astro/site.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A page reached through /_astro/ is still a page.
    expect((await get('/_astro/..%2fnl/')).headers['cache-control']).toBe('no-cache');
  });

  it('answers 500 when a request fails, and goes on serving', async () => {
    vi.spyOn(fs, 'readFileSync').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await get('/nl/bestaat-niet/')).status).toBe(500);
    expect((await get('/nl/')).status).toBe(200);
  });

  it('drops only the connection of a file that fails while it is sent', async () => {
    const createReadStream = fs.createReadStream;
    vi.spyOn(fs, 'createReadStream').mockImplementation(() => createReadStream(path.join(work, 'removed-meanwhile')));
    // sirv has its own import of node:fs: make the change visible there too.
    module.syncBuiltinESMExports();
    await expect(get('/nl/')).rejects.toThrow();
    vi.restoreAllMocks();
    module.syncBuiltinESMExports();
    expect((await get('/nl/')).status).toBe(200);
  });

  it('serves the offline pack’s service worker as public/_headers says: JavaScript, revalidated at every check, the site’s CSP, no wider scope', async () => {
    // A site with the project's own _headers, as dist/ has it.
    const site = path.join(work, 'site-with-worker');
    fs.mkdirSync(site);
    fs.copyFileSync('public/_headers', path.join(site, '_headers'));
    write(path.join(site, 'sw.js'), 'self.addEventListener("install", () => {});');
    const workerServer = createSiteServer(site);
    await new Promise<void>((resolve) => workerServer.listen(0, '127.0.0.1', resolve));
    const sitePort = port;
    port = (workerServer.address() as AddressInfo).port;
    try {
      const reply = await get('/sw.js');
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.headers['content-security-policy']).toMatch(/script-src 'self'[;]/);
      expect(reply.headers['service-worker-allowed']).toBeUndefined();
      // Hosts that read _headers cache by rules of their own: the file itself must say no-cache.
      expect(headersFor(readHeaderRules('public/_headers'), '/sw.js')['Cache-Control']).toBe('no-cache');
    } finally {
      port = sitePort;
      await new Promise((resolve) => workerServer.close(resolve));
    }
  });
});
