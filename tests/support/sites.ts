// The sites the browser tests load, each served on a port the OS assigns, so runs never
// collide on a fixed port: the built site (dist/), the fixture sites built from
// tests/e2e/fixtures/<name>/content, and the broken site of tests/fixtures.
// Playwright's global setup (tests/support/global-setup.ts) starts them; tests ask for
// their addresses with siteUrl(name).
import type { AddressInfo } from 'node:net';
import { createSiteServer } from '../../scripts/serve.mjs';

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site with scripts/serve.mjs's server (its _headers included) on a free port. */
export function serveSite(dir: string): Promise<RunningSite> {
  const server = createSiteServer(dir);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const variable = (name: string) => `SITE_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** For the global setup: makes a site's address known to the test workers. */
export function publishSiteUrl(name: string, url: string) {
  process.env[variable(name)] = url;
}

/** The address of a site started by the global setup: "main", "broken-site" or a fixture name. */
export function siteUrl(name: string): string {
  const url = process.env[variable(name)];
  if (!url) throw new Error(`No site "${name}" is served: see tests/support/global-setup.ts`);
  return url;
}
