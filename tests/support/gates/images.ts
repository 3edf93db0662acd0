// Images: modern formats (SVG, AVIF, WebP), width and height set (no layout shift), and no
// raster image served at more than twice the size it is shown at.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { pagePaths } from '../dist';
import { resolvePath } from './links';

export async function checkImages(dir: string): Promise<{ images: number; problems: string[] }> {
  const problems: string[] = [];
  let images = 0;
  for (const page of pagePaths(dir)) {
    const root = parse(fs.readFileSync(resolvePath(dir, page)!, 'utf8'));
    for (const img of root.querySelectorAll('img')) {
      images += 1;
      const src = img.getAttribute('src') ?? '';
      const width = Number(img.getAttribute('width'));
      if (!width || !Number(img.getAttribute('height'))) problems.push(`${page}: ${src} has no width and height`);
      const extension = path.extname(src.split('?')[0]!).toLowerCase();
      if (!['.svg', '.avif', '.webp'].includes(extension)) problems.push(`${page}: ${src} is ${extension || 'of no known type'}; expected SVG, AVIF or WebP`);
      const file = src.startsWith('/') ? path.join(dir, src) : undefined;
      if (file && fs.existsSync(file) && extension !== '.svg' && width) {
        const { width: intrinsic = 0 } = await sharp(file).metadata();
        if (intrinsic > 2 * width) problems.push(`${page}: ${src} is ${intrinsic}px wide, shown at ${width}px`);
      }
    }
  }
  return { images, problems };
}
