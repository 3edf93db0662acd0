// One source line of a page (`sources:` in the front matter) split for display. A source is a
// Dutch title and web address followed, in a translation, by a note in the page's language:
// "Title (publisher), https://… (تاريخ الاطلاع 2026-12-02)". A note in a right-to-left script
// is cut off the Dutch part (which alone is marked lang="nl" and set left to right), and each
// date in it becomes its own isolated run: inside Arabic text the Unicode bidi algorithm would
// otherwise read 2026-12-02 as three Arabic numbers and show it as 02-12-2026. A note in a
// left-to-right script stays with the title: it displays correctly and costs no extra bytes.
// Pure, so tests run it in-process.

export interface SourceParts {
  /** The Dutch title and web address (the whole line when its note is left to right). */
  dutch: string;
  /** A right-to-left note, cut around each YYYY-MM-DD date; empty otherwise. */
  note: { text: string; date: boolean }[];
}

const WEB_ADDRESS = /https?:\/\/\S*[^\s),.;:،]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const DATE = /(\d{4}-\d{2}-\d{2})/u;

export function sourceParts(source: string): SourceParts {
  const address = WEB_ADDRESS.exec(source);
  const end = address ? address.index + address[0].length : (RIGHT_TO_LEFT.exec(source)?.index ?? source.length);
  const rest = source.slice(end);
  if (!RIGHT_TO_LEFT.test(rest)) return { dutch: source, note: [] };
  const note = rest
    .split(DATE)
    .filter((text) => text !== '')
    .map((text) => ({ text, date: /^\d{4}-\d{2}-\d{2}$/u.test(text) }));
  return { dutch: source.slice(0, end), note };
}
