// Keyboard: on each page type, Tab reaches every control in page order, including the
// language switcher's links once its <details> is opened with Enter, and focus visibly
// changes each control's style (WCAG 2.1.1, 2.4.3, 2.4.7).
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { keyboardFindings, walkKeyboard } from '../support/keyboard';
import { siteUrl } from '../support/sites';

const PAGES = ['/', '/marokko/', '/nl/', '/nl/pakket/', '/nl/pakket/brochure/werk-en-diploma/', '/nl/pakket/taalgids/', '/nl/pakket/rugzak/', '/nl/bestaat-niet/', '/ar/', '/ar/pakket/rugzak/', '/ru/pakket/brochure/inburgering/'];

for (const path of PAGES) {
  test(`keyboard reaches every control in order with a visible focus: ${path}`, async ({ page }) => {
    await page.goto(path);
    const walk = await walkKeyboard(page);
    expect(walk.expected.length).toBeGreaterThan(2);
    expect(keyboardFindings(walk)).toEqual({ order: [], reach: [], focus: [] });
    // Every page but the country pages links each language: the root's chooser, elsewhere the switcher.
    if (path !== '/marokko/') {
      for (const { code } of locales) expect(walk.reached.filter((label) => label.startsWith(`a[hreflang=${code}]`)).length, code).toBeGreaterThan(0);
    }
  });
}

test('each keyboard gate fails on exactly the broken page made for it', async ({ page }) => {
  const findings = { order: [] as string[], reach: [] as string[], focus: [] as string[] };
  for (const path of ['/', '/missing-alt/', '/keyboard-order/', '/no-focus-style/', '/switcher-unreachable/']) {
    await page.goto(`${siteUrl('broken-site')}${path}`);
    const found = keyboardFindings(await walkKeyboard(page));
    for (const gate of ['order', 'reach', 'focus'] as const) findings[gate].push(...found[gate].map((finding) => `${path}: ${finding}`));
  }
  expect(findings).toEqual({
    order: ['/keyboard-order/: Tab reaches a "Tweede", a "Eerste", a "Derde"; the page has a "Eerste", a "Tweede", a "Derde"'],
    reach: ['/switcher-unreachable/: never reached: a[hreflang=nl] "Nederlands"', '/switcher-unreachable/: never reached: a[hreflang=en] "English"'],
    focus: ['/no-focus-style/: no visible focus on a "Geen zichtbare focus"'],
  });
});
