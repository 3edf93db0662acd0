// The cover of every PDF (scripts/make-pdfs.mjs), put on the page just before it is printed, so
// the pages as read on a phone carry no byte of it: the site's name, the title, the language,
// the publisher, the date the content was last checked, the translation status and the address
// to type; for a document printed whole, a page of its own with the contents (each chapter
// linked to its heading). A short document (a leaflet, the phrase guide, the checklist) gets
// a block at the top of its first page instead, so it keeps its number of pages. Its words come
// from /downloads/index.json (src/pages/downloads/index.json.ts), in the reader's language.

/** The cover's styles: added to the page by the PDF stage only (paper, never the screen). */
export const coverCss = `
.pdf-cover { margin: 0 0 6mm; padding: 2mm 4mm; border: 1px solid #000; border-inline-start-width: 3mm; font-size: 8.5pt; line-height: 1.3; columns: 2; column-gap: 6mm; break-inside: avoid; }
.pdf-cover p { margin: 0 0 0.5mm; break-inside: avoid; }
.pdf-cover__site { font-weight: 700; }
.pdf-cover__title { display: none; }
.pdf-cover--page { columns: auto; min-height: 235mm; padding: 12mm 10mm; border-inline-start-width: 6mm; font-size: 11pt; break-after: page; }
.pdf-cover--page p { margin-block: 0 1.5mm; }
.pdf-cover--page .pdf-cover__title { display: block; margin: 10mm 0 8mm; font-size: 26pt; font-weight: 700; line-height: 1.2; }
.pdf-cover__contents { margin-block-start: 10mm; }
.pdf-cover__contents p { font-size: 13pt; font-weight: 700; }
.pdf-cover__contents ol { margin: 2mm 0 0; padding-inline-start: 7mm; }
.pdf-cover__contents li { margin-block: 1mm; }
.pdf-cover a { color: inherit; text-decoration: none; }
.pdf-cover a::after { content: none !important; }
`;

/**
 * Runs in the page (page.evaluate): builds the cover from its words and puts it first in
 * <main>. Plain DOM, no HTML strings: every text goes in as text, with its lang and dir.
 */
export function addCover(cover) {
  const doc = globalThis.document;
  const element = (tag, text, attrs = {}) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attrs)) if (value) node.setAttribute(name, value);
    return node;
  };
  const said = (value, attrs = {}) => element('span', value.text, { lang: value.lang, dir: value.dir, ...attrs });
  const line = (className, ...children) => {
    const p = element('p', undefined, { class: className });
    p.append(...children);
    return p;
  };
  const section = element('section', undefined, { class: cover.contents ? 'pdf-cover pdf-cover--page' : 'pdf-cover', 'aria-label': cover.title.text });
  section.append(
    line('pdf-cover__site', said(cover.site)),
    line('pdf-cover__title', said(cover.title)),
    line('', said(cover.language.label), ': ', element('span', cover.language.name)),
    line(
      '',
      said(cover.publisher.label),
      ' ',
      element('span', cover.publisher.name, { lang: 'nl', dir: 'ltr' }),
      ', ',
      element('span', cover.publisher.website, { dir: 'ltr' }),
    ),
    line('', said(cover.checked)),
    line('', said(cover.status)),
    line('', said(cover.online.label), ' ', element('span', cover.online.address, { dir: 'ltr' })),
  );
  if (cover.contents) {
    const contents = element('nav', undefined, { class: 'pdf-cover__contents' });
    const list = element('ol');
    for (const chapter of cover.contents.chapters) {
      const item = element('li');
      item.append(element('a', chapter.text, { href: `#${chapter.id}`, lang: chapter.lang, dir: chapter.dir }));
      list.append(item);
    }
    contents.append(line('', said(cover.contents.label)), list);
    section.append(contents);
  }
  doc.querySelector('main').prepend(section);
}
