// The fragments of the Pagefind bundle (one file per page: its text, title and anchors, loaded
// for each result shown), rewritten after Pagefind has written them so a result costs fewer
// bytes and its excerpt shows the text as written:
// - the folded forms added for the index (index-rules.ts, between FORMS_OPEN and FORMS_CLOSE)
//   become one invisible placeholder word each. Pagefind finds a word's place in the text by
//   counting words, so each keeps its place; the search page drops the placeholders from
//   the excerpt (components/SiteSearch/search.ts).
// - anchors that give no sub-result are left out, and an anchor's text where its title is
//   shown instead: Pagefind 1.6 makes a sub-result only of an anchor with a title, or of a
//   heading with text, and names it by its title before its text.
import { type Bundle, readPagefindFile, writePagefindFile } from './index-chunks.ts';
import { FORM_PLACEHOLDER, FORMS_CLOSE, FORMS_OPEN } from './search-forms.ts';

interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
export interface Fragment {
  url: string;
  content: string;
  anchors: Anchor[];
  [key: string]: unknown;
}

/** How pagefind.js splits a fragment's text into words (word_separators in pagefind.js 1.6). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

const hasText = (value?: string) => Boolean(value && /\S/.test(value));

/** The text with each folded form and its marks replaced by the placeholder, word for word. */
export function withoutForms(content: string, where: string): string {
  let inside = false;
  const words = content.split(WORD_SEPARATORS).map((word) => {
    // Most words hold no mark: the pattern below is tried only on the few that do.
    if (!word.includes(FORMS_OPEN) && !word.includes(FORMS_CLOSE)) return inside ? FORM_PLACEHOLDER : word;
    // Pagefind ends a block with a full stop, which may follow the closing mark ("⟧.").
    const [, mark, stop = ''] = /^([⟦⟧])(\p{P}*)$/u.exec(word) ?? [];
    if (mark) {
      if (inside === (mark === FORMS_OPEN)) throw new Error(`Search index: ${where}: the folded forms' marks ${FORMS_OPEN} ${FORMS_CLOSE} do not pair up`);
      inside = mark === FORMS_OPEN;
      return `${FORM_PLACEHOLDER}${stop}`;
    }
    throw new Error(`Search index: ${where}: a folded forms' mark inside the word "${word}"`);
  });
  if (inside) throw new Error(`Search index: ${where}: folded forms without their closing mark ${FORMS_CLOSE}`);
  return words.join(' ');
}

export function slimFragment(fragment: Fragment): Fragment {
  const anchors = fragment.anchors
    .filter((anchor) => hasText(anchor.title) || (/h\d/i.test(anchor.element) && hasText(anchor.text)))
    .map(({ text, ...anchor }): Anchor => (hasText(anchor.title) || text === undefined ? anchor : { ...anchor, text }));
  return { ...fragment, content: withoutForms(fragment.content, fragment.url), anchors };
}

/** Rewrites every fragment of `bundle` (see above). */
export function slimFragments(bundle: Bundle): void {
  for (const [file, bytes] of bundle) {
    if (!file.startsWith('fragment/')) continue;
    const fragment = JSON.parse(Buffer.from(readPagefindFile(bytes)).toString('utf8')) as Fragment;
    bundle.set(file, writePagefindFile(Buffer.from(JSON.stringify(slimFragment(fragment)), 'utf8')));
  }
}
