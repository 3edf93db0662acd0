// Pages that axe-core sees alike. axe's findings follow from a page's elements, classes,
// roles and attributes and from which texts and names are empty, not from the words
// themselves: the colours come from classes, the names from whether a text is there. Two
// pages with the same shape (a chapter and its translations, two filtered lists of cards) get
// the same findings, so the page gates run axe on one page of each shape and still load every
// page for the other gates (requests, cookies, console, fonts, CSP, sideways scrolling).
import { createHash } from 'node:crypto';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

// Kept as they are: what axe reads from them is their value.
const KEPT =
  /^(class|role|type|dir|tabindex|hidden|open|disabled|inert|rel|target|sizes|width|height|controls|preload|kind|scope|colspan|rowspan|headers|name|autocomplete|required|checked|multiple|accept|method|action|aria-(?!label$|labelledby$|describedby$|description$).*)$/;
// Kept only as "present, non-empty": their words differ between translations.
const NAMED = /^(alt|title|aria-label|aria-labelledby|aria-describedby|aria-description|placeholder|for|id|lang|hreflang|content|value|summary|label|srclang)$/;

function hrefKind(href: string): string {
  if (href.startsWith('#')) return href.length > 1 ? '#' : '#empty';
  if (/^(mailto|tel):/.test(href)) return href.split(':')[0]!;
  if (/^[a-z]+:/i.test(href)) return 'external';
  return href ? 'internal' : 'empty';
}

function attributesOf(element: HTMLElement): string {
  return Object.entries(element.attributes)
    .map(([name, value]) => {
      const key = name.toLowerCase();
      if (key === 'href' || key === 'action') return `${key}=${hrefKind(value)}`;
      // Which picture a card shows changes nothing axe reads; another host would (and the
      // request gate sees it on every page anyway).
      if (key === 'src' || key === 'srcset' || key === 'poster') return `${key}=${hrefKind(value)}`;
      // The viewport's settings are read by axe (meta-viewport); other meta contents are words.
      if (key === 'content' && element.getAttribute('name') === 'viewport') return `content=${value}`;
      if (KEPT.test(key)) return `${key}=${value}`;
      if (NAMED.test(key)) return `${key}${value.trim() ? '' : '=""'}`;
      return '';
    })
    .filter(Boolean)
    .sort()
    .join(' ');
}

// A span that only says which language its words are in (a Dutch term in a translation): to
// axe it is text; its `lang` value comes from the site's language list, which vnu checks.
const isLanguageSpan = (element: HTMLElement) =>
  element.rawTagName?.toLowerCase() === 'span' && Object.keys(element.attributes).every((name) => /^(lang|dir)$/i.test(name));

function shapeOf(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.rawText.trim() ? '#' : '';
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  if (isLanguageSpan(element)) return element.textContent.trim() ? '#' : '';
  // Alike siblings (list items, paragraphs, cards) count once, where they first appear: a list
  // of three cards and a list of seven have the same shape. A list's items count in any order:
  // which link of the language switcher is the current page changes nothing axe reads.
  const children = new Set<string>();
  for (const child of element.childNodes) {
    const shape = shapeOf(child);
    if (shape) children.add(shape);
  }
  const list = /^(ul|ol)$/i.test(element.rawTagName ?? '') ? [...children].sort() : [...children];
  return `<${element.rawTagName?.toLowerCase() ?? ''} ${attributesOf(element)}>${list.join('')}</>`;
}

/** A short fingerprint of the page's shape (see above). */
export function pageShape(html: string): string {
  const root = parse(html, { comment: false });
  return createHash('sha256').update(shapeOf(root)).digest('hex').slice(0, 16);
}

/** The first page of each shape, in the order given: the pages axe runs on. */
export function onePagePerShape(pages: { path: string; html: string }[]): Set<string> {
  const seen = new Set<string>();
  const chosen = new Set<string>();
  for (const { path, html } of pages) {
    const shape = pageShape(html);
    if (seen.has(shape)) continue;
    seen.add(shape);
    chosen.add(path);
  }
  return chosen;
}
