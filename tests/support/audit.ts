// What loading a page does in Chromium: requests to other hosts, cookies, CSP violations,
// console errors, font files, and whether it scrolls sideways at a given width.
import type { Page } from '@playwright/test';

export interface PageAudit {
  foreignRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
  fontRequests: string[];
  horizontalOverflow: number;
}

/** Call once per page object, before the first goto. */
export async function watchPage(page: Page) {
  const state = { requests: [] as { url: string; type: string }[], consoleErrors: [] as string[] };
  page.on('request', (request) => state.requests.push({ url: request.url(), type: request.resourceType() }));
  page.on('console', (message) => {
    if (message.type() === 'error') state.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => state.consoleErrors.push(error.message));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });

  return async function audit(url: string): Promise<PageAudit> {
    state.requests.length = 0;
    state.consoleErrors.length = 0;
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const origin = new URL(page.url()).origin;
    const cspViolations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    const horizontalOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    return {
      foreignRequests: state.requests.filter((request) => !request.url.startsWith(origin) && !request.url.startsWith('data:')).map((request) => request.url),
      cspViolations,
      consoleErrors: state.consoleErrors.filter((text) => !/status of 404/.test(text) || !url.includes('404')),
      fontRequests: state.requests.filter((request) => request.type === 'font').map((request) => request.url),
      horizontalOverflow,
    };
  };
}
