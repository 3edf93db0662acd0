// ESLint (flat config): the recommended rules of ESLint, typescript-eslint (without type
// information, to stay fast; `npm run check` does the type checking), eslint-plugin-astro and,
// for the browser tests, eslint-plugin-playwright. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';

export default [
  {
    // Generated files, and inputs the tests read byte for byte (the broken site is broken on purpose).
    // bench/: its own packages and what `npm run bench` generates (bench/.gitignore).
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      'tests/fixtures/',
      'tests/e2e/fixtures/',
      'bench/node_modules/',
      'bench/.work/',
      'bench/starlight/src/content/docs/',
      'bench/starlight/dist/',
      'bench/starlight/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    rules: {
      // `const { drop, ...rest } = value` is how the code leaves a field out of an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  // Everything runs in Node at build or test time (config files, scripts/, the Astro front
  // matter and src/**/*.ts, the tests) ...
  { languageOptions: { globals: { ...globals.node } } },
  // ... except the components' client scripts, which Astro bundles for the browser.
  {
    files: ['src/components/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Playwright tests: Node, plus browser globals inside page.evaluate() callbacks.
  // tests/support/audit.ts is the one helper that drives a Playwright page for them; the rest
  // of tests/support serves the Vitest tests, where Playwright's rules do not apply.
  {
    ...playwright.configs['flat/recommended'],
    files: ['tests/e2e/**/*.ts', 'tests/a11y/**/*.ts', 'tests/support/audit.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // The audits walk every built page (or every Tab stop) inside one test, collect what is
      // wrong and assert once at the end, so one report lists all the problems. Their `if`s
      // collect problems and end the walk; they do not branch the test's logic, which is what
      // this rule is for. One test per page would start a browser page per URL, hundreds of times.
      'playwright/no-conditional-in-test': 'off',
    },
  },
];
