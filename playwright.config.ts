import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/support/browser';

export const port = Number(process.env.TEST_PORT ?? 4399);

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions,
  },
  webServer: [
    { command: `node scripts/serve.mjs --port ${port}`, url: `http://127.0.0.1:${port}/`, timeout: 30_000 },
    // The fixture site of tests/e2e/fixtures/fallback, built by scripts/test.mjs.
    { command: `node scripts/serve.mjs --port ${port + 1} --dir test-results/fixtures/fallback`, url: `http://127.0.0.1:${port + 1}/`, timeout: 30_000 },
    // tests/fixtures/broken-site: each page breaks one gate on purpose.
    { command: `node tests/fixtures/make-broken-site.mjs test-results/fixtures/broken-site && node scripts/serve.mjs --port ${port + 2} --dir test-results/fixtures/broken-site`, url: `http://127.0.0.1:${port + 2}/`, timeout: 30_000 },
  ],
});
