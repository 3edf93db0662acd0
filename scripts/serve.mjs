// Serves a built site (dist/) the way deploy/nginx.conf does in production, for `npm start`,
// `npm run serve`, the PDF step and the browser tests: the headers of <dir>/_headers on every
// response, the same caching, a 404 page in the reader's language and trailing-slash
// redirects. This layer decides which file answers a request and keeps it inside the folder
// (scripts/request-path.mjs); sirv sends it (type, ETag and 304, Range, HEAD, streaming).
// Nothing is compressed on the fly: on loopback it gains nothing, and nginx does it in
// production (tested in tests/dist/nginx.test.ts).
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--host 127.0.0.1]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeaderRules } from '../src/security/headers.mjs';
import { decodePath, lookUp, rawPath, slashRedirect } from './request-path.mjs';
import { parseRedirects, shortLinkRedirect } from './short-links.mjs';

// Pages and PDFs keep their address when they change, so browsers must ask again each time
// (cheap: a 304 while the ETag matches). _headers gives hashed /_astro/ files a year instead.
// deploy/nginx.conf sends the same.
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/** A server for a built site: call .listen(port, host). */
export function createSiteServer(dir) {
  const root = fs.realpathSync(dir);
  const rules = readHeaderRules(path.join(root, '_headers'));
  const sendFile = sirv(root, { dev: true, etag: true, extensions: [] });
  // Other spellings of the short links (/maroc/ → /marokko/), as hosts that read _redirects do,
  // in any capitalisation as deploy/nginx.conf does (scripts/short-links.mjs).
  const redirectsFile = path.join(root, '_redirects');
  const redirects = parseRedirects(fs.existsSync(redirectsFile) ? fs.readFileSync(redirectsFile, 'utf8') : '');

  /** The headers every response gets; urlPath selects the rules of _headers. */
  function setSiteHeaders(response, urlPath) {
    response.setHeader('Cache-Control', DEFAULT_CACHE_CONTROL);
    for (const [name, value] of Object.entries(headersFor(rules, urlPath))) response.setHeader(name, value);
  }

  function answer(response, status, headers = {}, body = undefined) {
    setSiteHeaders(response, '/');
    response.writeHead(status, headers).end(body);
  }

  /** A file the site serves: inside the root, a file, and not the _headers or _redirects file itself. */
  function servable(decoded) {
    const found = lookUp(root, decoded);
    return found?.stats.isFile() && found.file !== path.join(root, '_headers') && found.file !== redirectsFile ? found.file : undefined;
  }

  /** The 404 page of the language folder the path starts with, else the multilingual one. */
  function notFound(request, response, decoded) {
    const lang = decoded.split('/')[1];
    const page = (lang && servable(`/${lang}/404.html`)) || servable('/404.html');
    if (!page) return answer(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
    setSiteHeaders(response, `/${path.relative(root, page).split(path.sep).join('/')}`);
    const body = fs.readFileSync(page);
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function handle(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, { Allow: 'GET, HEAD' });
    const raw = rawPath(request.url ?? '');
    const decoded = raw.startsWith('/') ? decodePath(raw) : undefined;
    if (decoded === undefined) return answer(response, 400);
    const shortLink = shortLinkRedirect(redirects, decoded);
    if (shortLink) return answer(response, shortLink.status, { Location: shortLink.target });

    const found = lookUp(root, decoded);
    if (found?.stats.isDirectory() && !decoded.endsWith('/')) {
      if (servable(`${decoded}/index.html`)) return answer(response, 301, { Location: slashRedirect(raw) });
      return notFound(request, response, decoded);
    }
    const file = servable(found?.stats.isDirectory() ? `${decoded}/index.html` : decoded);
    if (!file) return notFound(request, response, decoded);

    const relative = path.relative(root, file).split(path.sep);
    setSiteHeaders(response, `/${relative.join('/').replace(/(^|\/)index\.html$/, '$1')}`);
    // sirv decodes the path again: hand it the checked file, encoded, and nothing else.
    request.url = `/${relative.map(encodeURIComponent).join('/')}`;
    sendFile(request, response, () => notFound(request, response, decoded));
  }

  return http.createServer((request, response) => {
    // sirv pipes a file stream without an error listener: a file removed or unreadable after
    // the check would throw outside this try/catch and end the process.
    response.on('pipe', (stream) => stream.on('error', () => response.destroy()));
    try {
      handle(request, response);
    } catch (error) {
      console.error(`${request.method} ${request.url}: ${error.stack ?? error}`);
      if (response.headersSent) response.destroy();
      else answer(response, 500);
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const root = path.resolve(option('dir', 'dist'));
  const port = Number(option('port', process.env.PORT ?? 4321));
  const host = option('host', process.env.HOST ?? '127.0.0.1');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run "npm run build" first.`);
    process.exit(1);
  }
  createSiteServer(root).listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}/ (Ctrl+C stops)`);
  });
}
