// The offline pack's service worker, bundled with Workbox into dist/sw.js after every build
// (offline-pack.ts), with the list of the pack's files per language and a revision (content
// hash) of each. The page registers it only when the reader saves the pack
// (components/OfflinePack), as /sw.js?lang=ar (one `lang` per language saved).
// - install: Workbox's precaching stores every file of the chosen languages' packs; a file it
//   has already stored with the same revision is not fetched again.
// - activate: it takes over at once, and Workbox deletes what the new list no longer holds.
//   A deploy that changes any file changes this script (the list is in it): the browser
//   checks it on the next visit (it is served with Cache-Control: no-cache) and installs it,
//   so the stored pack follows the site.
// - fetch: a page or PDF of the saved pack comes from the network while there is one (so an
//   online reader sees the new text at once), and from the stored copy when the network fails
//   or takes more than a few seconds; hashed files (/_astro/, never changed) from the stored
//   copy. Every other request is left to the browser: nothing else is stored.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

/** The packs, put in by offline-pack.ts: every file once ([path, revision or null for hashed files]), and per language the indexes of its files. */
declare const __OFFLINE_PACKS__: { files: [string, string | null][]; packs: Record<string, number[]> };

/** How long a page waits for the network before the stored copy is shown. */
const NETWORK_TIMEOUT_MS = 4000;

// This file runs as a service worker; the project's TypeScript knows the DOM's types, so the
// few service worker members used here are named here.
interface ServiceWorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
}
const scope = self as unknown as ServiceWorkerScope;

const chosen = new URL(scope.location.href).searchParams.getAll('lang');
const indexes = new Set(chosen.flatMap((lang) => __OFFLINE_PACKS__.packs[lang] ?? []));
const entries = [...indexes]
  .sort((a, b) => a - b)
  .map((index) => {
    const [url, revision] = __OFFLINE_PACKS__.files[index]!;
    return { url, revision };
  });
const saved = new Set(entries.map((entry) => entry.url));

scope.addEventListener('install', () => void scope.skipWaiting());
clientsClaim();
cleanupOutdatedCaches();
precache(entries);

/** The network's answer, or undefined when it fails or is too slow. */
async function fromNetwork(request: Request): Promise<Response | undefined> {
  let timer: number | undefined;
  const slow = new Promise<undefined>((resolve) => (timer = self.setTimeout(resolve, NETWORK_TIMEOUT_MS)));
  try {
    return await Promise.race([fetch(request), slow]);
  } catch {
    return undefined;
  } finally {
    self.clearTimeout(timer);
  }
}

registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === scope.location.origin && saved.has(url.pathname),
  async ({ request, url }) => {
    const stored = () => matchPrecache(url.pathname);
    if (url.pathname.startsWith('/_astro/')) return (await stored()) ?? fetch(request);
    const network = await fromNetwork(request);
    if (network) return network;
    return (await stored()) ?? fetch(request);
  },
);
