// The tests' browser: see scripts/browser.mjs.
export { chromiumArgs, launchOptions, systemChromium } from '../../scripts/browser.mjs';
