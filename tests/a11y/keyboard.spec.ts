// Keyboard: on each page type, Tab reaches every control in page order, including the
// language switcher's links once its <details> is opened with Enter, and focus visibly
// changes each control's style (WCAG 2.1.1, 2.4.3, 2.4.7).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { keyboardFindings, walkKeyboard } from '../support/keyboard';
import { siteUrl } from '../support/sites';

// One page of each type, on the pack fixture site (tests/e2e/fixtures/pack), so editing the
// real content never breaks this test. The consulates' short links list only their languages.
const countries = (JSON.parse(fs.readFileSync('tests/e2e/fixtures/pack/content/countries.json', 'utf8')) as { id: string }[]).map(
  (country) => `/${country.id}/`,
);
const PAGES = [
  '/',
  ...countries,
  '/nl/',
  '/nl/pakket/',
  '/nl/pakket/brochure/een/',
  '/nl/pakket/brochure/alles/',
  '/nl/pakket/taalgids/',
  '/nl/pakket/rugzak/',
  '/nl/bestaat-niet/',
  '/ar/',
  '/ar/pakket/rugzak/',
  '/tr/pakket/brochure/een/',
];

for (const path of PAGES) {
  test(`keyboard reaches every control in order with a visible focus: ${path}`, async ({ page }) => {
    await page.goto(`${siteUrl('pack')}${path}`);
    const walk = await walkKeyboard(page);
    expect(walk.expected.length).toBeGreaterThan(2);
    expect(keyboardFindings(walk)).toEqual({ order: [], reach: [], focus: [] });
    // Every page but the country pages links each language: the root's chooser, elsewhere the switcher.
    const languages = countries.includes(path) ? [] : locales.map(({ code }) => code);
    expect(languages.filter((code) => !walk.reached.some((label) => label.startsWith(`a[hreflang=${code}]`)))).toEqual([]);
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
