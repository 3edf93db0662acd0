import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser';

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts', 'search/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Builds the fixture sites and serves every site on a port the OS assigns (tests/support/sites.ts).
  globalSetup: './tests/support/global-setup.ts',
  use: {
    // dist/, as served by the global setup. The config is read again in each worker, after
    // the global setup has published the address.
    ...(process.env.SITE_URL_MAIN ? { baseURL: process.env.SITE_URL_MAIN } : {}),
    headless: true,
    launchOptions,
  },
});
