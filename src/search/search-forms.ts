// Forms of words that readers type without the letters their keyboard may lack. Pagefind
// already matches letters with and without accents (é/e, ş/s, ż/z, ă/a), but not the letters
// that are not an accented Latin letter: Turkish ı, Polish ł; nor Arabic's short vowels,
// hamza seats and taa marbuta. `fold` turns a word into the form without them; the index holds
// the folded form next to the word (index-rules.ts), and the search page folds the query.
// Arabic words are also indexed without their article: Pagefind's Arabic index finds
// الطبيب only where the text has exactly الطبيب, and not طبيب.
/**
 * Around the folded forms in the indexed text: words of their own, which Pagefind does not
 * index (no letter or digit) and which the bundle's fragments replace, with the forms between
 * them, by an invisible placeholder (index-fragments.ts), so excerpts show the text as written.
 */
export const FORMS_OPEN = '⟦';
export const FORMS_CLOSE = '⟧';
/** What stands for a folded form (and its marks) in the fragments' text: one word, never shown. */
export const FORM_PLACEHOLDER = '\uFEFF';

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };
const LATIN_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L' };

/** An Arabic word after its clitics (و ف, ب ك ل) and article (ال): the form Pagefind's Arabic index misses. */
const ARABIC_ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل|[وف]?لال)(\p{L}{3,})$/u;

function foldWord(word: string): string {
  const plain = word
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱىةؤئ]/g, (letter) => ARABIC_LETTERS[letter]!)
    .replace(/[ıłŁ]/g, (letter) => LATIN_LETTERS[letter]!);
  return plain.replace(ARABIC_ARTICLE, '$1');
}

/**
 * A word or query in the form without short vowels, hamza seats, taa marbuta, ı and ł, and
 * an Arabic word without its article and the particles written onto it.
 */
export function fold(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, foldWord);
}

/** Each word's folded form, kept across a build's pages: most words recur on many pages. */
const foldedWords = new Map<string, string>();

/** The folded forms of the words of `text` that differ from the words themselves. */
export function extraForms(text: string): string[] {
  const forms = new Set<string>();
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    let folded = foldedWords.get(word);
    if (folded === undefined) foldedWords.set(word, (folded = foldWord(word)));
    if (folded !== word) forms.add(folded);
  }
  return [...forms];
}
