// axe-core in Chromium on every built page: zero WCAG 2.2 A/AA violations. Pages are checked
// per language in one browser page each, which is three times faster than a page per test.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { port } from '../../playwright.config';
import { locales } from '../../src/i18n/locales';
import { pagePaths } from '../support/dist';
import { WCAG_TAGS } from '../support/wcag';

const pages = pagePaths();
const groups = [...locales.map((locale) => locale.code), ''];

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
  console.log(`axe: checking ${pages.length} built pages in ${groups.length} groups`);
});

for (const lang of groups) {
  const mine = pages.filter((path) => (lang ? path.startsWith(`/${lang}/`) : !locales.some((locale) => path.startsWith(`/${locale.code}/`))));
  test(`axe: the ${mine.length} pages ${lang ? `in /${lang}/` : 'outside the languages'} have no WCAG 2.2 A/AA violations`, async ({ page }) => {
    test.setTimeout(180_000);
    expect(mine.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of violations) {
        problems.push(`${path}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });
}

test('axe fails on an image without alt text (broken fixture site)', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port + 2}/missing-alt/`);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual(['image-alt']);
});
