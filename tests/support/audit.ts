// One visit per page in Chromium, at 320 CSS px, under the site's real headers (enforced
// CSP), that runs every per-page browser gate. Each gate returns its findings as strings.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { layoutShifts, watchLayoutShifts } from './layout-shifts';
import { WCAG_TAGS } from './wcag';

// axe-core's source, evaluated (outside the page's CSP, as Playwright's evaluations are) only
// in the documents axe runs on: an init script would compile its 550 KB in every document,
// which measured as about half the time of a visit without axe.
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Only violations are read: axe then skips building the (large) lists of passes.
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

export const GATES = {
  axe: 'axe-core WCAG 2.2 A/AA',
  foreignRequests: 'no request to another host',
  cookies: 'no cookie',
  consoleErrors: 'no console error',
  fonts: 'no font downloaded',
  csp: 'no CSP violation',
  reflow: 'no sideways scrolling at 320 px (WCAG 1.4.10)',
  layoutShift: 'nothing moves once shown (layout shifts under 0.01 in all, as Chrome counts them)',
} as const;
export type Gate = keyof typeof GATES;
type Findings = Record<Gate, string[]>;

const noFindings = (): Findings => ({ axe: [], foreignRequests: [], cookies: [], consoleErrors: [], fonts: [], csp: [], reflow: [], layoutShift: [] });

// Google calls a page's shifts good under 0.1; a page whose script shows its controls late (a
// form appearing above a list) scores 0.05 to 0.7 at 320 px. Under 0.01 nothing a reader sees moves.
const LAYOUT_SHIFT_LIMIT = 0.01;

// Chromium's own console line for a document answered with 404: expected on the 404 pages.
const NOT_FOUND_LINE = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

/** Call once per page object, before the first visit; returns the visit. */
export async function auditor(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const state = { requests: [] as { url: string; type: string }[], console: [] as { text: string; url: string }[] };
  page.on('request', (request) => state.requests.push({ url: request.url(), type: request.resourceType() }));
  page.on('console', (message) => {
    if (message.type() === 'error') state.console.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => state.console.push({ text: `${error.name}: ${error.message}`, url: '' }));
  await watchLayoutShifts(page);
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`));
  });

  /**
   * Loads the page (until `load`: the site is static, nothing arrives later) and runs every
   * gate; axe only when `axe` is true (see page-shapes.ts for when it may be left out).
   */
  return async function audit(url: string, { axe = true } = {}): Promise<Findings & { status: number }> {
    state.requests.length = 0;
    state.console.length = 0;
    const response = await page.goto(url, { waitUntil: 'load' });
    const status = response?.status() ?? 0;
    const documentUrl = page.url();
    const origin = new URL(documentUrl).origin;
    const { csp, overflow } = await page.evaluate(() => ({
      csp: (window as unknown as { __csp: string[] }).__csp,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    const shifts = await layoutShifts(page);
    const cookies = await page.context().cookies();
    // A cookie is blamed on the page that set it only.
    if (cookies.length) await page.context().clearCookies();
    const violations = !axe
      ? []
      : await page
          .evaluate(AXE_SOURCE)
          .then(() =>
            page.evaluate(
              (options) =>
                (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe
                  .run(document, options)
                  .then((results) => results.violations),
              AXE_OPTIONS,
            ),
          );
    return {
      status,
      axe: violations.map((violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
      foreignRequests: state.requests
        .filter((request) => !request.url.startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url))
        .map((request) => request.url),
      cookies: cookies.map((cookie) => `${cookie.name} (${cookie.domain})`),
      consoleErrors: state.console
        // The 404 page's own status, and nothing else, is expected there.
        .filter((line) => !(status === 404 && line.text === NOT_FOUND_LINE && line.url === documentUrl))
        // Chromium also logs each CSP refusal; the CSP gate reports it from the violation event.
        .filter((line) => !/violates the following Content Security Policy directive/.test(line.text))
        .map((line) => line.text),
      fonts: state.requests.filter((request) => request.type === 'font').map((request) => request.url.replace(origin, '')),
      csp,
      reflow: overflow > 0 ? [`scrolls sideways by ${overflow}px`] : [],
      layoutShift: shifts.total >= LAYOUT_SHIFT_LIMIT ? [`layout shifts ${shifts.total.toFixed(3)} (${[...new Set(shifts.moved)].join(', ')} moved)`] : [],
    };
  };
}

/**
 * Audits pages one after the other in one browser page; findings per gate, as "path: finding".
 * `axeOn` picks the pages axe runs on (all by default).
 */
export async function auditPages(
  page: Page,
  paths: string[],
  { base = '', axeOn }: { base?: string; axeOn?: (path: string) => boolean } = {},
): Promise<Findings> {
  const audit = await auditor(page);
  const findings = noFindings();
  for (const path of paths) {
    const result = await audit(`${base}${path}`, { axe: axeOn?.(path) ?? true });
    for (const gate of Object.keys(GATES) as Gate[]) findings[gate].push(...result[gate].map((finding) => `${path}: ${finding}`));
  }
  return findings;
}
