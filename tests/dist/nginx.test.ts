// The real nginx (Debian's) serves dist/ with deploy/nginx.conf on a loopback port, beside
// scripts/serve.mjs (`npm start`) over the same folder: on every kind of response (HTML, CSS,
// JS, PDF, VTT, WASM, 301, 404) both send exactly the headers of public/_headers and the
// same Cache-Control; each language's 404, the multilingual 404 for any other folder,
// redirects without a host, no version advertised, every text type compressed.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, DEFAULT_CACHE_CONTROL } from '../../scripts/serve.mjs';
import { headersFor, readHeaderRules } from '../../src/security/headers.mjs';
import { locales } from '../../src/i18n/locales';
import { distDir, listFiles } from '../support/dist';
import { nginxBinary, startNginx, type RunningNginx } from '../support/nginx';

// On CI nginx must be there (.ci/run installs it); on a laptop without it these tests are skipped.
const run = nginxBinary || process.env.CI ? describe : describe.skip;

/** Headers every server sends for its own reasons; any other header must come from _headers. */
const TRANSPORT = new Set([
  'date',
  'server',
  'connection',
  'keep-alive',
  'content-length',
  'content-type',
  'content-encoding',
  'transfer-encoding',
  'vary',
  'etag',
  'last-modified',
  'accept-ranges',
  'location',
]);

/** The headers a response carries beyond transport, lower-cased: what _headers decides. */
const siteHeaders = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => !TRANSPORT.has(name)).sort());

/** A VTT file long enough to be compressed (gzip_min_length 256). */
const VTT = `WEBVTT\n\n${Array.from({ length: 8 }, (_, i) => `00:00:0${i}.000 --> 00:00:0${i}.900\nOndertitel ${i} van de film.\n`).join('\n')}`;

run('nginx with deploy/nginx.conf', () => {
  let nginx: RunningNginx | undefined;
  let base: string;
  let node: http.Server;
  let nodeBase: string;

  beforeAll(async () => {
    expect(nginxBinary, 'nginx is not installed (Debian: apt-get install nginx)').toBeDefined();
    nginx = await startNginx((root) => {
      fs.cpSync(distDir, root, { recursive: true });
      fs.writeFileSync(path.join(root, 'probe.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
      fs.writeFileSync(path.join(root, 'probe.vtt'), VTT);
    });
    base = nginx.base;
    node = createSiteServer(nginx.root);
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    nodeBase = `http://127.0.0.1:${(node.address() as net.AddressInfo).port}`;
  });

  afterAll(async () => {
    if (node) await new Promise((resolve) => node.close(resolve));
    await nginx?.stop();
  });

  it('sends the headers of public/_headers and the Cache-Control of npm start, as serve.mjs does, on every kind of response', async () => {
    const rules = readHeaderRules('public/_headers');
    expect(Object.keys(headersFor(rules, '/nl/'))).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
    // It would give the site a process of its own at every visit on Chrome for Android (see public/_headers).
    expect(Object.keys(headersFor(rules, '/nl/'))).not.toContain('Cross-Origin-Opener-Policy');
    const files = listFiles(distDir);
    const find = (test: (file: string) => boolean, what: string) => {
      const file = files.find(test);
      expect(file, `no ${what} in dist/`).toBeDefined();
      return `/${file}`;
    };
    const css = find((file) => file.startsWith('_astro/') && file.endsWith('.css'), 'CSS');
    const js = find((file) => file.startsWith('_astro/') && file.endsWith('.js'), 'JavaScript');
    const pdf = find((file) => file.endsWith('.pdf'), 'PDF (npm run build prints them)');
    // [kind, URL, status, the path whose _headers rules apply, the type nginx must send]
    const kinds: [string, string, number, string, RegExp | undefined][] = [
      ['HTML', '/nl/', 200, '/nl/', /^text\/html; charset=utf-8$/],
      // The search page has a policy of its own ('wasm-unsafe-eval' for Pagefind).
      ['search page', '/ar/zoeken/', 200, '/ar/zoeken/', /^text\/html; charset=utf-8$/],
      ['CSS', css, 200, css, /^text\/css/],
      ['JS', js, 200, js, /^(application|text)\/javascript/],
      ['PDF', pdf, 200, pdf, /^application\/pdf$/],
      // The offline pack's service worker: no-cache (a new deploy is found on the next visit), as JavaScript.
      ['service worker', '/sw.js', 200, '/sw.js', /^text\/javascript/],
      ['VTT', '/probe.vtt', 200, '/probe.vtt', /^text\/vtt/],
      ['WASM', '/probe.wasm', 200, '/probe.wasm', /^application\/wasm$/],
      ['XML', '/sitemap.xml', 200, '/sitemap.xml', /^(text|application)\/xml/],
      ['301', '/ar/pakket', 301, '/', undefined],
      ['404 in a language', '/ar/bestaat-niet/', 404, '/ar/404.html', /^text\/html/],
      ['404', '/bestaat-niet/', 404, '/404.html', /^text\/html/],
      ['404 of a hashed file', '/_astro/bestaat-niet.css', 404, '/404.html', /^text\/html/],
    ];
    for (const [kind, url, status, rulesPath, type] of kinds) {
      const expected = Object.fromEntries(
        Object.entries({ 'Cache-Control': DEFAULT_CACHE_CONTROL, ...headersFor(rules, rulesPath) })
          .map(([name, value]) => [name.toLowerCase(), value])
          .sort(),
      );
      for (const [server, at] of [
        ['nginx', base],
        ['serve.mjs', nodeBase],
      ]) {
        const response = await fetch(`${at}${url}`, { redirect: 'manual' });
        expect(`${server} ${kind} ${url}: ${response.status}`).toBe(`${server} ${kind} ${url}: ${status}`);
        expect({ [`${server} ${kind} ${url}`]: siteHeaders(response.headers) }).toEqual({ [`${server} ${kind} ${url}`]: expected });
        if (server === 'nginx' && type) expect(response.headers.get('content-type'), `${kind} ${url}`).toMatch(type);
      }
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

  it('answers a folder that is not a language of the site, and a folder without a page, with the multilingual 404', async () => {
    const multilingual = fs.readFileSync(path.join(distDir, '404.html'), 'utf8');
    for (const url of ['/xx/', '/xx/bestaat-niet/', '/pt-BR/pakket/', '/ti/', '/AR/', '/downloads/', '/downloads/nl/', '/_astro/']) {
      const response = await fetch(`${base}${url}`);
      expect(`${url} ${response.status}`).toBe(`${url} 404`);
      expect(await response.text(), url).toBe(multilingual);
    }
  });

  it('redirects with a path only, never a host or scheme from the request', async () => {
    const location = await new Promise<string | undefined>((resolve, reject) => {
      http
        .get(`${base}/ar/pakket`, { headers: { Host: 'evil.example' } }, (response) => {
          response.resume();
          resolve(`${response.statusCode} ${response.headers.location}`);
        })
        .on('error', reject);
    });
    expect(location).toBe('301 /ar/pakket/');
  });

  it('does not advertise its version', async () => {
    for (const url of ['/nl/', '/bestaat-niet/']) expect((await fetch(`${base}${url}`)).headers.get('server')).toBe('nginx');
    // A request nginx refuses itself gets nginx's own page: without the version either.
    const refused = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(new URL(base).port), '127.0.0.1', () => socket.end('GET /nl/ HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n'));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk)).on('end', () => resolve(answer)).on('error', reject);
    });
    expect(refused).toMatch(/^HTTP\/1\.1 400/);
    expect(refused).not.toMatch(/nginx\/\d/);
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

  it('compresses every text type: HTML, CSS, JavaScript, SVG, JSON, the sitemap, subtitles', async () => {
    // The largest hashed file of each type: nginx leaves files under 256 bytes as they are.
    const largest = (extension: string) =>
      `/${listFiles(distDir)
        .filter((file) => file.startsWith('_astro/') && file.endsWith(extension))
        .sort((a, b) => fs.statSync(path.join(distDir, b)).size - fs.statSync(path.join(distDir, a)).size)[0]}`;
    const urls = [
      '/nl/',
      largest('.css'),
      largest('.js'),
      largest('.svg'),
      '/sitemap.xml',
      '/downloads/index.json',
      '/probe.vtt',
    ];
    for (const url of urls) {
      const response = await fetch(`${base}${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(`${url} ${response.status} ${response.headers.get('content-encoding')}`).toBe(`${url} 200 gzip`);
    }
    const response = await fetch(`${base}/nl/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});
