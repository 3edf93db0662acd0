// One place that knows where the browser is: a system Chromium where there is one (Debian's
// /usr/bin/chromium on CI, or CHROMIUM_PATH), otherwise the Chromium Playwright downloaded.
import fs from 'node:fs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function systemChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : SYSTEM_CHROMIUMS;
  return candidates.find((candidate) => fs.existsSync(candidate));
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Keep Chromium from calling home, so a test sees only the site's own requests.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

const executablePath = systemChromium();
export const launchOptions = { ...(executablePath ? { executablePath } : {}), args: chromiumArgs };

/** Whether any Chromium is there to launch. */
export async function hasChromium() {
  if (systemChromium()) return true;
  const { chromium } = await import('@playwright/test');
  return fs.existsSync(chromium.executablePath());
}
