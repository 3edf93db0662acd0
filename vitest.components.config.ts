// The component tests (src/components/<Name>/<Name>.test.ts): Astro's Vite set-up compiles
// the .astro files that the Container API renders.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['src/components/**/*.test.ts'],
    testTimeout: 30_000,
    // The test files share their workers: compiling Astro's set-up and loading axe once, not per file.
    isolate: false,
  },
});
