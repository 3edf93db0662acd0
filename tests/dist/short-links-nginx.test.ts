// The consulates' short links against the real nginx (Debian's) with deploy/nginx.conf: other
// spellings and any capitalisation redirect to the country page, which itself is served as
// it is. The same cases as `npm start` (tests/unit/short-links.test.ts), over the built pages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCountries } from '../../scripts/short-links.mjs';
import { distDir } from '../support/dist';
import { nginxBinary, startNginx, type RunningNginx } from '../support/nginx';
import { NOT_SHORT_LINKS, SHORT_LINK_CASES } from '../support/short-link-cases';

const run = nginxBinary || process.env.CI ? describe : describe.skip;

run('short links on nginx with deploy/nginx.conf', () => {
  let nginx: RunningNginx | undefined;
  let base: string;

  beforeAll(async () => {
    expect(nginxBinary, 'nginx is not installed (Debian: apt-get install nginx)').toBeDefined();
    // Only what the short links touch: the country pages and the 404 pages.
    nginx = await startNginx((root) => {
      for (const country of readCountries()) fs.cpSync(path.join(distDir, country.id), path.join(root, country.id), { recursive: true });
      fs.copyFileSync(path.join(distDir, '404.html'), path.join(root, '404.html'));
    });
    base = nginx.base;
  });

  afterAll(async () => {
    await nginx?.stop();
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
