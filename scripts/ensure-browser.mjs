// Makes sure the browser tests have a Chromium: the system's where there is one,
// otherwise Debian's package (when running as root with apt-get), otherwise Playwright's own.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { systemChromium } from './browser.mjs';

function run(command) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: 'inherit' });
}

export async function ensureBrowser() {
  const system = systemChromium();
  if (system) {
    console.log(`Browser: system Chromium at ${system}`);
    return;
  }
  const { chromium } = await import('@playwright/test');
  if (fs.existsSync(chromium.executablePath())) {
    console.log(`Browser: Playwright's Chromium at ${chromium.executablePath()}`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium and fonts for Arabic and Cyrillic (apt-get).");
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core');
    return;
  }
  console.log("No Chromium found: downloading Playwright's own (npx playwright install chromium).");
  run('npx playwright install chromium');
}

if (import.meta.url === `file://${process.argv[1]}`) await ensureBrowser();
