// A Sätteri hast plugin for every MDX page (astro.config.mjs): in a right-to-left language,
// Latin-script runs that Markdown marks up are isolated left to right, so the bidi algorithm
// cannot move their slashes, dots and brackets: `code` (paths such as /ar/pakket/) and links
// whose text is itself an address or a path ([/marokko/](/marokko/)). With dir="ltr" they
// also get the Latin font (styles/global.css). Dutch words written as <span lang="nl"
// dir="ltr"> in MDX already carry their direction.
import { fileURLToPath } from 'node:url';
import { contentDir } from '../site-env.ts';
import { localeInfo } from '../i18n/locales';
import { pageOf, type Context, type Element } from './page-links.ts';

/** Text with no letter of a right-to-left script: an address, a path, a code. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/|www\.)[^\s\p{Script=Arabic}\p{Script=Hebrew}]*$/iu;

/** Whether a Markdown element's text must run left to right inside right-to-left text. */
export function isolatesLeftToRight(tagName: string, text: string): boolean {
  if (tagName === 'code') return true;
  return tagName === 'a' && ADDRESS.test(text.trim());
}

const isRtl = (lang: string): boolean => {
  try {
    return localeInfo(lang).dir === 'rtl';
  } catch {
    return false;
  }
};

export function bidiIsolation() {
  return () => ({
    name: 'bidi-isolation',
    element: {
      filter: ['code', 'a'],
      visit(node: Element, ctx: Context) {
        const page = ctx.fileURL ? pageOf(fileURLToPath(ctx.fileURL), contentDir) : undefined;
        if (!page || !isRtl(page.lang) || node.properties?.['dir']) return;
        if (isolatesLeftToRight(node.tagName, ctx.textContent(node))) ctx.setProperty(node, 'dir', 'ltr');
      },
    },
  });
}
