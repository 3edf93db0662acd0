// The testimonial pages as built: what /nl/getuigenissen/ weighs before any image loads
// (printed), portraits as AVIF/WebP with width and height, lazy below the fold, and no
// JavaScript on the pre-built filter pages and the stories (only the list filters in place).
import { describe, expect, it } from 'vitest';
import { measurePages } from '../support/gates/budgets';
import { distDir, pagePaths, parsedPage } from '../support/dist';

const list = '/nl/getuigenissen/';

describe('the testimonials as built', () => {
  it(`prints the weight of ${list} before images, within budget`, () => {
    const size = measurePages(distDir).find((page) => page.page === list)!;
    const images = parsedPage(list, distDir).querySelectorAll('img');
    console.log(
      `${list}: ${size.bytes} bytes of HTML and CSS + ${size.scriptBytes} bytes of JavaScript (gzip) = ${size.bytes + size.scriptBytes} bytes before images; ${images.length} portraits, ${images.filter((img) => img.getAttribute('loading') === 'lazy').length} of them lazy`,
    );
    expect(size.bytes + size.scriptBytes).toBeLessThan(14 * 1024);
  });

  it('portraits are AVIF and WebP with width and height, lazy after the first two', () => {
    const root = parsedPage(list, distDir);
    const pictures = root.querySelectorAll('picture');
    expect(pictures.length).toBeGreaterThan(2);
    pictures.forEach((picture, index) => {
      expect(picture.querySelectorAll('source').map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
      const img = picture.querySelector('img')!;
      expect(img.getAttribute('src')).toMatch(/\.webp$/);
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('loading')).toBe(index < 2 ? 'eager' : 'lazy');
    });
  });

  it('the filter pages and the stories ship no JavaScript; the list does', () => {
    const pages = pagePaths(distDir).filter((page) => page.startsWith(list) && page !== list);
    expect(pages.length).toBeGreaterThan(20);
    const withScript = measurePages(distDir).filter((size) => pages.includes(size.page) && size.scripts.length > 0);
    expect(withScript.map((size) => size.page)).toEqual([]);
    expect(measurePages(distDir).find((size) => size.page === list)!.scripts.length).toBeGreaterThan(0);
  });
});
