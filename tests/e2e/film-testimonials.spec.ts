// The film page and the testimonials as readers use them, on the built site: on /ar/film/ the
// Arabic subtitles are the default and the transcript runs right to left; no video bytes are
// fetched before play; a chapter link seeks the video; the testimonial filters work with and
// without JavaScript; and all of it with the keyboard only.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';

const stories = fs
  .readdirSync('content/getuigenissen')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parseYaml(fs.readFileSync(`content/getuigenissen/${file}`, 'utf8')) as { toldIn: string; region: string });

test('film: Arabic subtitles by default, right-to-left transcript, no video bytes before play, chapters seek by keyboard', async ({ page }) => {
  const media: string[] = [];
  page.on('request', (request) => {
    if (/\.(webm|mp4)(#|$)/.test(request.url())) media.push(request.url());
  });
  await page.goto('/ar/film/');
  await expect(page.locator('video')).toHaveAttribute('preload', 'none');
  await expect(page.locator('video track[default]')).toHaveCount(1);
  await expect(page.locator('video track[default]')).toHaveAttribute('srclang', 'ar');
  await expect(page.locator('video track[kind="subtitles"]')).toHaveCount(10);
  const transcript = page.locator('[data-transcript]');
  expect(await transcript.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await expect(transcript).toContainText('VDAB');
  expect(media, 'video requested before play').toEqual([]);

  const chapter = page.locator('a[data-seek]').nth(2);
  const start = Number(await chapter.getAttribute('data-seek'));
  expect(start).toBeGreaterThan(0);
  await chapter.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime)).toBeGreaterThanOrEqual(start);
  expect(page.url()).toMatch(/\/ar\/film\/$/);
  expect(media.length).toBeGreaterThan(0);
});

test('film: Dutch readers watch without subtitles by default', async ({ page }) => {
  await page.goto('/nl/film/');
  await expect(page.locator('video track[kind="subtitles"]')).toHaveCount(10);
  await expect(page.locator('video track[default]')).toHaveCount(0);
});

test('testimonials: the filters work in place with JavaScript, by keyboard', async ({ page }) => {
  await page.goto('/nl/getuigenissen/');
  const cards = page.locator('.testimonials__list > li');
  await expect(cards).toHaveCount(stories.length);
  const russian = page.locator('a[data-filter="taal:ru"]');
  await russian.focus();
  await page.keyboard.press('Enter');
  const expected = stories.filter((story) => story.toldIn === 'ru').length;
  await expect(page.locator('.testimonials__list > li:visible')).toHaveCount(expected);
  await expect(russian).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[role="status"]')).toContainText(String(expected));
  expect(new URL(page.url()).pathname).toBe('/nl/getuigenissen/taal/ru/');
  await page.locator('a[data-filter=""]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.testimonials__list > li:visible')).toHaveCount(stories.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('testimonials: a filter is a link to a pre-built page with only those stories', async ({ page }) => {
    await page.goto('/nl/getuigenissen/');
    await page.locator('a[data-filter="regio:brussel"]').click();
    await expect(page).toHaveURL(/\/nl\/getuigenissen\/regio\/brussel\/$/);
    await expect(page.locator('.testimonials__list > li')).toHaveCount(stories.filter((story) => story.region === 'brussel').length);
    await expect(page.locator('a[data-filter="regio:brussel"]')).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('script')).toHaveCount(0);
  });
});
