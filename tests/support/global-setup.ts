// Playwright's global setup: builds the fixture sites of tests/e2e/fixtures/<name>/content
// (scripts/fixture-sites.mjs: each once, and again only when its inputs change), writes the
// broken site, and serves them and dist/ on free ports for the whole run (tests/support/sites.ts).
import fs from 'node:fs';
import path from 'node:path';
import { buildFixtureSites } from '../../scripts/fixture-sites.mjs';
import { makeBrokenSite } from '../fixtures/make-broken-site.mjs';
import { distDir } from './dist';
import { publishSiteUrl, serveSite, type RunningSite } from './sites';

const projectRoot = path.resolve(import.meta.dirname, '../..');

export default async function globalSetup() {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  const dirs: Record<string, string> = { main: distDir, ...(await buildFixtureSites()) };
  // `await`: the broken site's writer may become asynchronous.
  dirs['broken-site'] = await makeBrokenSite(path.join(projectRoot, 'test-results/fixtures/broken-site'));

  const running: RunningSite[] = [];
  for (const [name, dir] of Object.entries(dirs)) {
    const site = await serveSite(dir);
    running.push(site);
    publishSiteUrl(name, site.url);
  }
  return async () => {
    await Promise.all(running.map((site) => site.close()));
  };
}
