// The tests' browser: see scripts/browser.mjs.
export { launchOptions } from '../../scripts/browser.mjs';
