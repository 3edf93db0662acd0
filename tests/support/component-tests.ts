// For the component tests (src/components/<Name>/<Name>.test.ts): renders a named example
// with Astro's Container API, reads the language in force at a piece of text, and runs
// axe-core (WCAG 2.2 A/AA) in jsdom over the example inside a page in the reader's language.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { experimental_AstroContainer } from 'astro/container';
import type { ComponentProps } from 'astro/types';
import type { AxeResults, Result } from 'axe-core';
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, it } from 'vitest';
import { localeInfo } from '../../src/i18n/locales';
import { WCAG_TAGS } from './wcag';

// Any Astro component; ComponentProps reads its Props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape astro/types' ComponentProps requires
type Component = (props: any) => any;

/** A named set of props, as GOV.UK Frontend's options/examples.mjs, and who reads it. */
export interface ComponentExample<C extends Component> {
  /** The reader's language: the page around the component carries its lang and dir. */
  reader: string;
  props: ComponentProps<C>;
  /** The page's path, for components that read Astro.url; /<reader>/ when absent. */
  path?: string;
}

export type ComponentExamples<C extends Component> = Record<string, ComponentExample<C>>;

const SITE = 'https://example.be';
let container: Promise<experimental_AstroContainer> | undefined;

/** The component's HTML for the example, as a page would contain it. */
export async function renderExample<C extends Component>(Component: C, example: ComponentExample<C>): Promise<string> {
  container ??= experimental_AstroContainer.create({ astroConfig: { site: SITE } });
  return (await container).renderToString(Component, {
    props: example.props,
    request: new Request(new URL(example.path ?? `/${example.reader}/`, SITE)),
  });
}

export const parseHtml = (html: string): HTMLElement => parse(html);

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The innermost element whose whole text is `text`; fails the test when there is none. */
export function elementHolding(root: HTMLElement, text: string): HTMLElement {
  const holding = root.querySelectorAll('*').filter((element) => normalized(element.text) === normalized(text));
  const innermost = holding.find((element) => !holding.some((other) => isAncestor(element, other)));
  expect(innermost, `an element holding "${text}"`).toBeDefined();
  return innermost!;
}

function isAncestor(ancestor: HTMLElement, element: HTMLElement): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === ancestor) return true;
  return false;
}

/**
 * The lang and dir in force at the element holding `text`: set on it or its nearest ancestor
 * in the fragment, else the reader's page's (what a screen reader and the browser's bidi use).
 */
export function languageAt(root: HTMLElement, text: string, reader: string): { lang: string; dir: string } {
  const element = elementHolding(root, text);
  const inherited = (name: string) => {
    for (let node: HTMLElement | null = element; node; node = node.parentNode) {
      const value = node.getAttribute?.(name);
      if (value) return value;
    }
    return undefined;
  };
  return { lang: inherited('lang') ?? reader, dir: inherited('dir') ?? localeInfo(reader).dir };
}

/** A whole page in the reader's language around the fragment, as axe needs it. */
export function pageAround(reader: string, fragment: string): string {
  return `<!doctype html><html lang="${reader}" dir="${localeInfo(reader).dir}"><head><title>Example</title></head><body><main>${fragment}</main></body></html>`;
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe only asks to review an id that two elements share when ARIA points to it; here it is
// always a fault (a label naming the wrong heading), so it counts as a violation.
const REVIEW_AS_VIOLATION = ['duplicate-id-aria'];

type AxeWindow = DOMWindow & { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
let axeWindow: AxeWindow | undefined;

/** axe-core's WCAG 2.2 A/AA violations on a whole page, in jsdom (no layout: contrast is left to the browser tests). */
export async function axeViolations(page: string): Promise<Result[]> {
  // One window with axe loaded per worker, its document swapped per page: loading axe costs more than a run.
  if (!axeWindow) {
    // A silent console: jsdom says on every run that it has no canvas, which axe only tries for icon fonts.
    axeWindow = new JSDOM('', { runScripts: 'outside-only', virtualConsole: new VirtualConsole() }).window as AxeWindow;
    axeWindow.eval(axeSource);
  }
  const { document } = axeWindow;
  const parsed = new axeWindow.DOMParser().parseFromString(page, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const results = await axeWindow.axe.run(document, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return [...results.violations, ...results.incomplete.filter((result) => REVIEW_AS_VIOLATION.includes(result.id))];
}

const described = (violations: Result[]) =>
  violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);

/** One test per example: axe finds no WCAG 2.2 A/AA violation in a page of the reader's language. */
export function itPassesAxe<C extends Component>(Component: C, examples: ComponentExamples<C>): void {
  it.each(Object.entries(examples))('axe: %s has no WCAG 2.2 A/AA violations', async (_name, example) => {
    const html = await renderExample(Component, example);
    expect(described(await axeViolations(pageAround(example.reader, html)))).toEqual([]);
  });
}
