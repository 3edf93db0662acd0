import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [,, base, ...shots] = process.argv;
for (const spec of shots) {
  const [path, width, out] = spec.split(',');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
  await page.goto(base + path);
  await page.screenshot({ path: out, fullPage: true });
  await page.close();
}
await browser.close();
