// One source line of a page (`sources:` in the front matter) split for display. A source is a
// Dutch title and web address followed, in a translation, by a note in the page's language:
// "Title (publisher), https://… (تاريخ الاطلاع 2026-12-02)". Only the Dutch part is marked
// lang="nl" and set left to right; the note keeps the page's language and direction, and each
// date in it is its own left-to-right run: inside Arabic text the Unicode bidi algorithm would
// otherwise read 2026-12-02 as three Arabic numbers and show it as 02-12-2026.
// Pure, so tests run it in-process.

export interface SourceParts {
  /** The Dutch title (and web address): the text up to the end of the address, or, without an address, up to the first right-to-left letter. */
  dutch: string;
  /** The rest, in the page's language, cut around each YYYY-MM-DD date. */
  note: { text: string; date: boolean }[];
}

const WEB_ADDRESS = /https?:\/\/\S*[^\s),.;:،]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const DATE = /(\d{4}-\d{2}-\d{2})/u;

export function sourceParts(source: string): SourceParts {
  const address = WEB_ADDRESS.exec(source);
  let end = source.length;
  if (address) end = address.index + address[0].length;
  else {
    const rtl = RIGHT_TO_LEFT.exec(source);
    if (rtl) end = rtl.index;
  }
  const note = source
    .slice(end)
    .split(DATE)
    .filter((text) => text !== '')
    .map((text) => ({ text, date: /^\d{4}-\d{2}-\d{2}$/u.test(text) }));
  return { dutch: source.slice(0, end), note };
}
