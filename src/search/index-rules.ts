// What the search index holds, decided over each built page's HTML before Pagefind reads it
// (src/integrations/search-index.ts). Pure, so tests give it any HTML (tests/unit/search-index.test.ts).
// The page as served is not changed: these marks cost no byte on any page.
// - Only a page's own text: its <article>, without dates, sources and interface text.
// - A fallback page (Dutch or English under another language's URL) is left out: its words
//   would be stemmed as the reader's language, and the same text is found in its own
//   language's index, labelled with that language. The whole-document page (…/alles/)
//   repeats its chapters and is left out too, and so is the search page.
// - Each phrase of the phrase guide and each item of the checklist is a sub-result of its own
//   (an element with an id and data-pagefind-title), so a query leads to that entry.
// - Words are also indexed in the forms readers type without the letters their keyboard may
//   lack (see search-forms.ts), next to the word itself, between marks that let the bundle's
//   fragments leave them out of the excerpts (index-fragments.ts).
import { HTMLElement, parse, TextNode } from 'node-html-parser';
import { WHOLE_DOCUMENT } from '../tools/names.ts';
import { extraForms, FORMS_CLOSE, FORMS_OPEN } from './search-forms.ts';

/** Where the Pagefind bundle is served from. */
export const SEARCH_BUNDLE = '/pagefind/';

/** Parts of the text that are not the page's content: dates and sources, hidden hints and buttons. */
export const EXCLUDED = ['.page-meta', '.visually-hidden', 'button', 'form', '[hidden]', '.checklist__check-note'];

/** The page's title weighs more than any other text (Pagefind's scale goes to 10). */
const TITLE_WEIGHT = 10;
/** A testimonial's text weighs less than a chapter's: a query for a rule ("iş bulmak", finding
 * work) should lead first to the chapter that explains it, then to the stories that tell of it. */
const STORY_WEIGHT = 0.5;

/** Entries found on their own: the element (with an id) and what names it in the results. */
const ENTRIES: { selector: string; title: (entry: HTMLElement) => string }[] = [
  // The phrase guide (components/PhraseGuide): the Dutch phrase and its meaning.
  {
    selector: '.phrase-guide__dutch[id]',
    title: (entry) => [entry.text, entry.parentNode?.querySelector('.phrase-guide__meaning')?.text].filter(Boolean).join(' · '),
  },
  // The document checklist (components/DocumentChecklist): each document's description
  // (#about-…, right under its title, which its stylesheet keeps in view), named by its label.
  { selector: '.checklist__group li > [id]', title: (entry) => entry.parentNode?.querySelector('label')?.text ?? '' },
];

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The folded forms as indexed: between their marks, as words of their own. */
const formsText = (forms: string[]) => ` ${FORMS_OPEN} ${forms.join(' ')} ${FORMS_CLOSE} `;

/**
 * Adds, after each text, its words in the other forms readers type (search-forms.ts). A
 * heading's forms go right after the heading, not in it: its text stays the result's title.
 */
function addForms(element: HTMLElement): void {
  for (const node of [...element.childNodes]) {
    if (node instanceof HTMLElement && /^h[1-6]$/i.test(node.tagName)) {
      const forms = extraForms(node.text);
      if (forms.length) node.insertAdjacentHTML('afterend', formsText(forms));
    } else if (node instanceof HTMLElement) {
      addForms(node);
    } else if (node instanceof TextNode) {
      const forms = extraForms(node.text);
      if (forms.length) node.rawText = `${node.rawText}${formsText(forms)}`;
    }
  }
}

/** `<html …>`'s lang attribute. */
const HTML_LANG = /<html\b[^>]*?\slang=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The HTML Pagefind should index for a built page at `url`, or undefined when the page is
 * left out of the index. Only the page's <main> is parsed and handed on, in a document of the
 * page's language: what is indexed is in it, and Pagefind then reads a few kilobytes a page
 * rather than the whole page with its header, links to other languages and footer (the same
 * index, a faster build).
 */
export function prepareForIndex(html: string, url: string): string | undefined {
  if (url.endsWith(`/${WHOLE_DOCUMENT}/`)) return undefined;
  // Built pages write their tags in lower case (and lower-casing the page could change its length: İ).
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return undefined;
  const langMatch = HTML_LANG.exec(html.slice(0, start));
  const lang = langMatch?.[1] ?? langMatch?.[2] ?? langMatch?.[3];
  const main = parse(html.slice(start, end + '</main>'.length));
  const article = main.querySelector('main article');
  // The search page and a filtered list of testimonials (both marked inside <main>) are left out.
  if (!lang || !article || main.querySelector('[data-search]')) return undefined;
  // A filtered list of testimonials repeats cards of the list page: the list and each story
  // are found, the filtered views would only push other pages down.
  if (main.querySelector('[data-filtered]')) return undefined;
  // The text is in another language than the page's: a fallback.
  const textLang = article.getAttribute('lang');
  if (textLang && textLang !== lang) return undefined;
  article.setAttribute('data-pagefind-body', '');
  for (const { selector, title } of ENTRIES) {
    for (const entry of article.querySelectorAll(selector)) entry.setAttribute('data-pagefind-title', clean(title(entry)));
  }
  if (article.classList.contains('story')) article.setAttribute('data-pagefind-weight', String(STORY_WEIGHT));
  article.querySelector('h1')?.setAttribute('data-pagefind-weight', String(TITLE_WEIGHT));
  addForms(article);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${main.toString()}</body></html>`;
}
