// The foundation as a reader meets it: languages, direction, switching, fallback, 404.
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { siteUrl } from '../support/sites';

test.describe('every language home', () => {
  for (const { code, dir, name } of locales) {
    test(`${code}: lang="${code}" and dir="${dir}", switcher names ${name}`, async ({ page }) => {
      const response = await page.goto(`/${code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('.language-switcher summary')).toContainText(name);
      await expect(page.locator('h1')).not.toBeEmpty();
      // Every section of the main menu (the pages with `menu: main`) has its card on the home page.
      const sections = await page.locator('.site-header__nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(sections.length).toBeGreaterThan(0);
      for (const href of sections) {
        expect(href).toMatch(new RegExp(`^/${code}/`));
        await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1);
      }
    });
  }
});

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/nl/film/');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[hreflang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\/film\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[hreflang="ru"]').click();
  await expect(page).toHaveURL(/\/ru\/film\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('the Arabic header starts at the right edge', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ar/');
  const name = await page.locator('.site-header__name').boundingBox();
  const switcher = await page.locator('.language-switcher summary').boundingBox();
  expect(name).not.toBeNull();
  // The site name sits against the right edge; the switcher is to its left or below it.
  expect(360 - (name!.x + name!.width)).toBeLessThan(24);
  expect(switcher!.x).toBeLessThan(name!.x + name!.width);
  await page.goto('/nl/');
  const dutchName = await page.locator('.site-header__name').boundingBox();
  expect(dutchName!.x).toBeLessThan(24);
});

test('the root lets the reader choose a language without redirecting', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  for (const { code, name } of locales) {
    await expect(page.locator(`a[hreflang="${code}"]`).first()).toContainText(name);
  }
});

test('with JavaScript, the root suggests the browser’s language and stores nothing', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'tr-TR' });
  const page = await context.newPage();
  await page.goto('/');
  const suggestion = page.locator('[data-language-suggestion] a');
  await expect(suggestion).toHaveAttribute('href', /\/tr\/$/);
  await expect(suggestion).toHaveAttribute('lang', 'tr');
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('the suggestion fills the room kept for it; a browser in none of the languages gets the room back', async ({ browser }) => {
  const root = async (locale: string) => {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto('/');
    return { context, box: page.locator('[data-language-suggestion]') };
  };
  const arabic = await root('ar-MA');
  // The room is the button's height: the list below it stays where it was first drawn.
  const link = await arabic.box.locator('a').boundingBox();
  expect(Math.abs((await arabic.box.boundingBox())!.height - link!.height)).toBeLessThan(1);
  await arabic.context.close();
  const german = await root('de-DE');
  await expect(german.box).toBeHidden();
  await german.context.close();
});

test('an unknown page answers 404 in the reader’s language', async ({ page }) => {
  for (const lang of ['tr', 'ar', 'nl']) {
    const response = await page.goto(`/${lang}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('a[href="/' + lang + '/"]').first()).toBeVisible();
  }
  const root = await page.goto('/bestaat-niet/');
  expect(root?.status()).toBe(404);
  await expect(page.locator('li[lang="ar"]')).toBeVisible();
});

test.describe('a page missing in the reader’s language', () => {
  test('shows the English text with a notice in Turkish', async ({ page }) => {
    await page.goto(`${siteUrl('fallback')}/tr/pakket/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.locator('.notice')).toBeVisible();
    await expect(page.locator('.notice')).toContainText('İngilizce');
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article h1')).toHaveText('The pack in English');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/pakket\/$/);
    await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
    // A link in the English text keeps the Turkish reader in Turkish.
    await expect(page.locator('article a', { hasText: 'the film page' })).toHaveAttribute('href', '/tr/film/');
  });

  test('keeps the Arabic chrome right-to-left and runs the Dutch text left-to-right', async ({ page }) => {
    await page.goto(`${siteUrl('fallback')}/ar/film/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const article = page.locator('article');
    await expect(article).toHaveAttribute('lang', 'nl');
    await expect(article).toHaveAttribute('dir', 'ltr');
    expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.notice').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  });

  test('is left out of the sitemap', async ({ request }) => {
    const sitemap = await (await request.get(`${siteUrl('fallback')}/sitemap.xml`)).text();
    expect(sitemap).toContain('/en/pakket/</loc>');
    expect(sitemap).not.toContain('/tr/pakket/</loc>');
    expect(sitemap).not.toContain('/ar/film/</loc>');
  });
});
