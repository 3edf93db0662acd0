// Serves the built site (dist/) the way production does: the headers of dist/_headers,
// gzip compression, a 404 page in the reader's language, and trailing-slash redirects.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--host 127.0.0.1]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { headersFor, readHeaderRules } from './headers.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|xml|javascript|manifest)|image\/svg)/;

/** A server for a built site: call .listen(port, host). */
export function createSiteServer(root) {
  const rules = readHeaderRules(path.join(root, '_headers'));
  function resolveFile(pathname) {
    const file = path.join(root, pathname);
    if (!file.startsWith(root)) return undefined;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    return undefined;
  }

  /** The 404 page of the language the path starts with, else the multilingual one. */
  function notFoundPage(pathname) {
    const lang = pathname.split('/')[1];
    return (lang && resolveFile(`/${lang}/404.html`)) || resolveFile('/404.html');
  }

  function send(request, response, status, file, pathname) {
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers = { ...headersFor(rules, pathname), 'Content-Type': type };
    if (!headers['Cache-Control']) headers['Cache-Control'] = 'public, max-age=0, must-revalidate';
    let body = fs.readFileSync(file);
    if (compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = zlib.gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  return http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (file) return send(request, response, 200, file, pathname);
    if (!pathname.endsWith('/') && resolveFile(`${pathname}/index.html`)) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const notFound = notFoundPage(pathname);
    if (notFound) return send(request, response, 404, notFound, pathname);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
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
