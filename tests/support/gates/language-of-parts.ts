// Text in another language than its page must carry its own lang (WCAG 3.1.2): here, Dutch
// names and terms inside pages of other languages, the language names in the switcher, and
// Cyrillic, Arabic, Greek or Hebrew letters inside an element marked as a Latin-script language.
import type { HTMLElement, Node } from 'node-html-parser';

/** Dutch names and terms that stay Dutch in every translation. */
export const DUTCH_TERMS = [
  'Migreren naar Vlaanderen',
  'Het leven zoals het wordt',
  'onthaalbureau',
  'inburgeringsattest',
  'inburgeringscertificaat',
  'Huis van het Nederlands',
  'Huizen van het Nederlands',
  'trajectbegeleider',
  'Samen Inburgeren',
  'maatschappelijke oriëntatie',
];

function languageOf(node: Node): string | undefined {
  for (let current: Node | null = node; current; current = current.parentNode) {
    const lang = (current as HTMLElement).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

function textNodes(node: Node, found: Node[] = []): Node[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) found.push(child);
    else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TITLE', 'HEAD'].includes((child as HTMLElement).tagName)) textNodes(child, found);
  }
  return found;
}

/** Languages written in the Latin script: Cyrillic or Arabic letters inside them are another language. */
const LATIN_SCRIPT_LANGUAGES = new Set(['nl', 'en', 'fr', 'es', 'pl', 'ro', 'tr']);
const NON_LATIN_LETTERS = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}\p{Script=Hebrew}]+/u;

export function checkLanguageOfParts(root: HTMLElement, page: string): string[] {
  const pageLang = root.querySelector('html')?.getAttribute('lang');
  const problems: string[] = [];
  for (const link of root.querySelectorAll('.language-switcher a[hreflang]')) {
    if (link.getAttribute('lang') !== link.getAttribute('hreflang'))
      problems.push(`${page}: switcher link "${link.text}" has lang="${link.getAttribute('lang')}", expected "${link.getAttribute('hreflang')}"`);
  }
  for (const node of textNodes(root)) {
    const lang = languageOf(node);
    const foreign = NON_LATIN_LETTERS.exec(node.rawText);
    if (foreign && lang && LATIN_SCRIPT_LANGUAGES.has(lang.split('-')[0]!))
      problems.push(`${page}: "${node.rawText.trim().slice(0, 60)}" is marked as ${lang}, but "${foreign[0]}" is not written in its script`);
  }
  if (pageLang === 'nl') return problems;
  for (const node of textNodes(root)) {
    const term = DUTCH_TERMS.find((candidate) => node.rawText.includes(candidate));
    if (term && languageOf(node) !== 'nl')
      problems.push(`${page}: Dutch "${term}" is marked as ${languageOf(node) ?? 'no language'}; expected it inside an element with lang="nl"`);
  }
  return problems;
}
