// Images: modern formats (SVG, AVIF, WebP), width and height set (no layout shift), and no
// raster image served at more than twice the size it is shown at.
import path from 'node:path';
import sharp from 'sharp';
import { pagePaths, parsedPage, resolvePath } from '../dist';

export async function checkImages(dir: string): Promise<{ pages: number; images: number; problems: string[] }> {
  const problems: string[] = [];
  const pages = pagePaths(dir);
  let images = 0;
  for (const page of pages) {
    for (const img of parsedPage(page, dir).querySelectorAll('img')) {
      images += 1;
      const src = img.getAttribute('src') ?? '';
      const width = Number(img.getAttribute('width'));
      if (!width || !Number(img.getAttribute('height'))) problems.push(`${page}: ${src} has no width and height`);
      const extension = path.extname(src.split(/[?#]/)[0]!).toLowerCase();
      if (!['.svg', '.avif', '.webp'].includes(extension)) problems.push(`${page}: ${src} is ${extension || 'of no known type'}; expected SVG, AVIF or WebP`);
      // A missing file is the link gate's finding; here only the size of files that exist.
      const file = src.startsWith('/') ? resolvePath(src.split(/[?#]/)[0]!, dir) : undefined;
      if (file && extension !== '.svg' && width) {
        const { width: intrinsic = 0 } = await sharp(file).metadata();
        if (intrinsic > 2 * width) problems.push(`${page}: ${src} is ${intrinsic}px wide, shown at ${width}px`);
      }
    }
  }
  return { pages: pages.length, images, problems };
}
