// A Sätteri hast plugin for every MDX page (astro.config.mjs), working on the syntax tree:
// - Links to the file's own language (/en/film/ in content/en/…) are marked
//   `data-same-language`, so ReaderLink can lead them to the reader's language when the text
//   is shown as a fallback. Links to another named language stay as written.
// - Heading ids get the page's name as a prefix (hulp.mdx: "tolken" → "hulp-tolken"), and
//   in-page links follow, so chapters combined into one document keep unique anchors.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Slugger from 'github-slugger';
import { contentDir } from '../site-env.ts';

/** The parts of Sätteri's hast element and plugin context that the site's plugins use. */
export interface Element {
  tagName: string;
  properties?: Record<string, unknown>;
}
export interface Context {
  fileURL?: URL;
  textContent(node: Element): string;
  setProperty(node: Element, name: string, value: unknown): void;
}

/** content/en/pakket/brochure/hulp.mdx → { lang: "en", name: "hulp" }; index files take their folder's name. */
export function pageOf(file: string, root: string): { lang: string; name: string } | undefined {
  const relative = path.relative(root, file).split(path.sep);
  if (relative[0] === '..' || relative.length < 2) return undefined;
  const base = relative.at(-1)!.replace(/\.mdx$/, '');
  const name = base === 'index' ? (relative.at(-2) === relative[0] ? 'home' : relative.at(-2)!) : base;
  return { lang: relative[0]!, name };
}

export function pageLinks() {
  return () => {
    const slugger = new Slugger();
    return {
      name: 'page-links',
      element: {
        filter: ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: Element, ctx: Context) {
          const page = ctx.fileURL ? pageOf(fileURLToPath(ctx.fileURL), contentDir) : undefined;
          if (!page) return;
          if (node.tagName !== 'a') {
            const existing = node.properties?.['id'];
            ctx.setProperty(node, 'id', `${page.name}-${typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node))}`);
            return;
          }
          const href = node.properties?.['href'];
          if (typeof href !== 'string') return;
          if (href.startsWith(`/${page.lang}/`)) ctx.setProperty(node, 'data-same-language', '');
          else if (href.startsWith('#') && href.length > 1) ctx.setProperty(node, 'href', `#${page.name}-${href.slice(1)}`);
        },
      },
    };
  };
}
