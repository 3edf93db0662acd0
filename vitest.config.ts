import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/dist/**/*.test.ts'] } },
      // Component tests compile .astro files, so they run in Astro's own Vite set-up.
      './vitest.components.config.ts',
    ],
  },
});
