// The offline pack (tool offlinePack) as a reader uses it, on a copy of the pack fixture site
// (tests/e2e/fixtures/pack) served by this test, so it can take the network away (the server
// drops every connection, and the browser is set offline) and deploy a new build (a changed
// chapter, then the build's last step, src/offline/offline-pack.ts, writes a new service worker).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSiteDir } from '../../scripts/fixture-sites.mjs';
import { createSiteServer } from '../../scripts/serve.mjs';
import { findPacks, writeOfflinePack } from '../../src/offline/offline-pack';

/** The paths the site's caches hold, and how many service workers are registered. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return { paths: paths.sort(), workers: (await navigator.serviceWorker.getRegistrations()).length };
  });

test('saves the Arabic pack on a click, reads it offline with the checklist’s ticks, follows a new deploy, and frees the storage', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const dir = path.join(test.info().outputPath('site'));
  fs.cpSync(fixtureSiteDir('pack'), dir, { recursive: true });
  const site = createSiteServer(dir);
  let down = false;
  const server = http.createServer((request, response) => (down ? request.socket.destroy() : site.emit('request', request, response)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const network = async (on: boolean) => {
    down = !on;
    await context.setOffline(!on);
  };
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const pack = findPacks(dir).find((one) => one.lang === 'ar')!;
  const chapter = `${base}/ar/pakket/brochure/een/`;

  try {
    // Nothing is stored before the reader chooses; the box says how much will be.
    await page.goto(`${base}/ar/pakket/`);
    const box = page.locator('[data-offline-pack="ar"]');
    await expect(box.locator('[data-offline-no-script]')).toBeHidden();
    await expect(box.locator('[data-offline-remove]')).toBeHidden();
    await expect(box.locator('[data-offline-size]')).toHaveAttribute('value', String(pack.bytes));
    await expect(box.locator('[data-offline-size]')).toHaveText(/^\d+ \S+$/);
    expect(await stored(page)).toEqual({ paths: [], workers: 0 });
    // Saving on this device means nothing on paper.
    await page.emulateMedia({ media: 'print' });
    await expect(box).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await box.locator('[data-offline-save]').click();
    await expect(box.locator('[data-offline-message="saved"]')).toBeVisible({ timeout: 30_000 });
    await expect(box.locator('[data-offline-save]')).toBeHidden();
    await expect(box.locator('[data-offline-remove]')).toBeVisible();
    // Exactly the pack's files: its pages, what they load, no page of another language or section.
    const saved = await stored(page);
    expect(saved.workers).toBe(1);
    expect(saved.paths).toEqual(pack.files);
    expect(pack.files).toEqual(expect.arrayContaining(['/ar/pakket/', '/ar/pakket/brochure/een/', '/ar/pakket/taalgids/', '/ar/pakket/rugzak/']));
    expect(pack.files.filter((file) => !file.startsWith('/_astro/') && !file.startsWith('/ar/pakket/'))).toEqual(['/favicon.svg', '/icons/listen.svg']);

    // Offline: the brochure, the phrase guide and the checklist, styled and with their scripts.
    await network(false);
    await page.goto(chapter);
    await expect(page.locator('h1')).toHaveText('الفصل الأول');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    await page.goto(`${base}/ar/pakket/taalgids/`);
    await expect(page.locator('h1')).toHaveText('الدليل اللغوي');
    await page.goto(`${base}/ar/pakket/rugzak/`);
    await expect(page.locator('[data-checklist-filter]')).toBeVisible();
    await page.locator('[aria-describedby="about-paspoort"]').check();
    await page.reload();
    await expect(page.locator('[aria-describedby="about-paspoort"]')).toBeChecked();
    // A page outside the pack was never stored.
    expect(
      await page.evaluate(() =>
        fetch('/ar/').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');

    // A new deploy: a chapter changed, and with it the service worker (the list's revisions).
    await network(true);
    const chapterFile = path.join(dir, 'ar/pakket/brochure/een/index.html');
    fs.writeFileSync(chapterFile, fs.readFileSync(chapterFile, 'utf8').replace('</h1>', '</h1><p id="new-deploy">نص جديد</p>'));
    writeOfflinePack(dir);
    // The next online visit shows it at once, and the stored copy follows.
    await page.goto(chapter);
    await expect(page.locator('#new-deploy')).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.match('/ar/pakket/brochure/een/', { ignoreSearch: true }))?.text())?.includes('new-deploy')), {
        timeout: 30_000,
      })
      .toBe(true);
    await expect.poll(async () => (await stored(page)).paths, { timeout: 10_000 }).toEqual(findPacks(dir).find((one) => one.lang === 'ar')!.files);
    await network(false);
    await page.goto(chapter);
    await expect(page.locator('#new-deploy')).toBeVisible();

    // Removing frees the storage: no cache, no service worker; the ticks are the checklist's own.
    await network(true);
    await page.goto(`${base}/ar/pakket/`);
    await expect(box.locator('[data-offline-message="saved"]')).toBeVisible();
    await box.locator('[data-offline-remove]').click();
    await expect(box.locator('[data-offline-message="removed"]')).toBeVisible();
    await expect(box.locator('[data-offline-save]')).toBeVisible();
    await expect(box.locator('[data-offline-remove]')).toBeHidden();
    expect(await stored(page)).toEqual({ paths: [], workers: 0 });
    expect(errors.filter((error) => /Content Security Policy|Refused/.test(error))).toEqual([]);
  } finally {
    await network(true);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
