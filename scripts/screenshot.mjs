// Full-page screenshots of a running site, to look at a change as a reader would:
//   node scripts/screenshot.mjs http://localhost:4321 /ar/,360,ar-phone.png /nl/,1280,nl-desktop.png
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';

const [base, ...shots] = process.argv.slice(2);
if (!base || shots.length === 0) {
  console.error('Usage: node scripts/screenshot.mjs <site URL> <path>,<width>,<file.png> [...]');
  process.exit(1);
}
const browser = await chromium.launch(launchOptions);
for (const shot of shots) {
  const [path, width, file] = shot.split(',');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
  await page.goto(new URL(path, base).href);
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  console.log(`${file}: ${path} at ${width}px`);
}
await browser.close();
