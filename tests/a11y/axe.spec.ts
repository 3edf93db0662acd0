// axe-core in Chromium on every built page: zero WCAG 2.2 A/AA violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagePaths } from '../support/dist';
import { port } from '../../playwright.config';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = pagePaths();

test('there are pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
  console.log(`axe: checking ${pages.length} built pages`);
});

for (const path of pages) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}

test('axe fails on an image without alt text (broken fixture site)', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port + 2}/missing-alt/`);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual(['image-alt']);
});
