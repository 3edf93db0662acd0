// Where the offline pack's service worker is served (dist/sw.js, written after the build by
// offline-pack.ts). At the site's root, so its scope covers the pack's pages and its PDFs
// (/downloads/<lang>/) without a Service-Worker-Allowed header. public/_headers and
// deploy/nginx.conf give it `Cache-Control: no-cache`, so a new deploy is found on the next visit.
export const OFFLINE_WORKER = '/sw.js';
