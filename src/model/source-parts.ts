// One source line of a page (`sources:` in the front matter) split for display. A source is a
// title and web address, as the source names itself, followed in a translation by a note in the
// page's language: "Title (publisher), https://… (تاريخ الاطلاع 2026-12-02)". A translation may
// also name the publisher, or a date inside the parentheses, in its own words. The source's own
// words are marked Dutch and set left to right (most sources are Flemish), or in the language a
// tag after the title names ("Garantie locative [fr] (be.brussels), https://…"): the title is
// then in that language, the publisher and the rest stay as they are. The translation's words
// keep the page's language, so a screen reader reads each in its language (WCAG 3.1.2).
// Inside a right-to-left note each date becomes its own isolated run: inside Arabic text the
// Unicode bidi algorithm would otherwise read 2026-12-02 as three Arabic numbers and show it as
// 02-12-2026. Pure, so tests run it in-process.

export interface SourcePart {
  text: string;
  /** `source`: the source's own words (left to right, in `lang`); `note`: the page's language; `date`: a date in a right-to-left note. */
  kind: 'source' | 'note' | 'date';
  /** The language of a `source` run: Dutch unless the line's tag names the title's language. */
  lang?: string;
}

/** A title and the language tag after it: "Garantie locative [fr]". Not before: in YAML a line
 * that starts with "[" is a list. */
export const TITLE_LANGUAGE = /^(.+?) \[([a-z]{2,3})\](?=[ ,]|$)/u;

const WEB_ADDRESS = /https?:\/\/\S*[^\s),.;:،]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Letters of a script other than the Latin one of the source's words: the translation's own. */
const TRANSLATED = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}\p{Script=Hebrew}]/u;
const DATE = /(\d{4}-\d{2}-\d{2})/u;

/** Adds a run, joined to the previous one when it is of the same kind (and language). */
function push(parts: SourcePart[], text: string, kind: SourcePart['kind'], lang = kind === 'source' ? 'nl' : undefined): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.kind === kind && last.lang === lang) last.text += text;
  else parts.push(lang ? { text, kind, lang } : { text, kind });
}

/** The part before the address: the source's words, and the translation's where its script shows them. */
function splitHead(parts: SourcePart[], head: string): void {
  // Cut at the brackets and commas around a publisher or a date: "Title (publisher, 7 июля 2015), ".
  // An opening bracket goes with the word after it, a closing one or a comma with the word before
  // it, so a translated publisher keeps its brackets: right to left, they are mirrored with it.
  const tokens = head.split(/([(),]\s*)/u).filter((token) => token !== '');
  const isSeparator = (token: string) => /^[(),]/u.test(token);
  const kindOfWord = (token: string): SourcePart['kind'] => (TRANSLATED.test(token) ? 'note' : 'source');
  let previous: SourcePart['kind'] = 'source';
  tokens.forEach((token, index) => {
    let kind = previous;
    if (!isSeparator(token)) kind = kindOfWord(token);
    else if (token.startsWith('(')) {
      const next = tokens.slice(index + 1).find((candidate) => !isSeparator(candidate));
      kind = next === undefined ? previous : kindOfWord(next);
    }
    push(parts, token, kind);
    previous = kind;
  });
}

/** The note after the address (or after the source's words when there is none). */
function splitNote(parts: SourcePart[], note: string): void {
  if (!RIGHT_TO_LEFT.test(note)) return push(parts, note, 'note');
  for (const text of note.split(DATE)) push(parts, text, /^\d{4}-\d{2}-\d{2}$/u.test(text) ? 'date' : 'note');
}

export function sourceParts(line: string): SourcePart[] {
  const parts: SourcePart[] = [];
  const tag = TITLE_LANGUAGE.exec(line);
  if (tag) push(parts, tag[1]!, 'source', tag[2]);
  const source = tag ? line.slice(tag[0].length) : line;
  const address = WEB_ADDRESS.exec(source);
  if (address) {
    splitHead(parts, source.slice(0, address.index));
    push(parts, address[0], 'source');
    splitNote(parts, source.slice(address.index + address[0].length));
  } else {
    // Without an address the note begins where right-to-left text does, or at the comma before
    // the translation's first word in another script ("…, §5.1.2 и §3, только о том …").
    const rightToLeft = RIGHT_TO_LEFT.exec(source)?.index;
    const translated = TRANSLATED.exec(source)?.index;
    const end = rightToLeft ?? (translated === undefined ? source.length : source.lastIndexOf(',', translated) + 1 || translated);
    push(parts, source.slice(0, end), 'source');
    splitNote(parts, source.slice(end));
  }
  return parts;
}
