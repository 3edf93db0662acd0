// Every page, loaded in Chromium under the site's real headers (enforced CSP), at 320 CSS px:
// no request to another host, no cookie, no CSP violation, no console error, no font
// download (the site uses system fonts), no sideways scrolling (WCAG 1.4.10 reflow).
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { port } from '../../playwright.config';
import { watchPage } from '../support/audit';
import { pagePaths } from '../support/dist';
import { headersFor, readHeaderRules } from '../../scripts/headers.mjs';

const brokenSite = `http://127.0.0.1:${port + 2}`;
const pages = pagePaths();
const groups = [...locales.map((locale) => locale.code), ''];

for (const lang of groups) {
  const mine = pages.filter((path) => (lang ? path.startsWith(`/${lang}/`) : !locales.some((locale) => path.startsWith(`/${locale.code}/`))));
  test(`pages ${lang ? `in /${lang}/` : 'outside the languages'} (${mine.length}) stay on the site, set no cookie, respect the CSP and reflow at 320 px`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const audit = await watchPage(page);
    const problems: string[] = [];
    for (const path of mine) {
      const result = await audit(path);
      result.foreignRequests.forEach((url) => problems.push(`${path}: request to another host ${url}`));
      result.cspViolations.forEach((violation) => problems.push(`${path}: CSP violation ${violation}`));
      result.consoleErrors.forEach((error) => problems.push(`${path}: console error ${error}`));
      result.fontRequests.forEach((url) => problems.push(`${path}: downloads a font ${url}`));
      if (result.horizontalOverflow > 0) problems.push(`${path}: scrolls sideways by ${result.horizontalOverflow}px at 320 px`);
    }
    expect(mine.length).toBeGreaterThan(0);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('npm start (scripts/serve.mjs) sends the headers of public/_headers', async ({ request }) => {
  const expected = headersFor(readHeaderRules('public/_headers'), '/nl/');
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(5);
  for (const path of ['/', '/nl/', '/ar/bestaat-niet/']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(expected)) expect(`${path} ${name}: ${response.headers()[name.toLowerCase()]}`).toBe(`${path} ${name}: ${value}`);
  }
});

test.describe('the gates fail on the broken fixture site', () => {
  test('a third-party script is caught', async ({ page }) => {
    const audit = await watchPage(page);
    const result = await audit(`${brokenSite}/third-party/`);
    expect(result.foreignRequests).toEqual(['https://cdn.example.com/tracker.js']);
  });
  test('an inline script without its hash raises a CSP violation', async ({ page }) => {
    const audit = await watchPage(page);
    const result = await audit(`${brokenSite}/inline-script/`);
    expect(result.cspViolations).toEqual([expect.stringMatching(/^script-src/)]);
  });
  test('a page wider than 320 px is caught', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const audit = await watchPage(page);
    const result = await audit(`${brokenSite}/too-wide/`);
    expect(result.horizontalOverflow).toBeGreaterThan(0);
  });
});
