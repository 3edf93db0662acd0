// A Sätteri hast plugin for every MDX page (astro.config.mjs): the site's own components that
// write text into a page (<Election fact="…" /> in a leaflet) get the language of the file
// they are written in as `textLang`, so a date in a Bulgarian text is written the Bulgarian way,
// also when a Turkish reader sees that text as a fallback.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../site-env.ts';
import { pageOf } from './page-links.ts';

/** Components that write text in the language of the page text around them. */
export const TEXT_COMPONENTS = ['Election', 'Pictogram'];

interface Node {
  name?: string | null;
}
interface Context {
  fileURL?: URL;
  setProperty(node: Node, name: string, value: unknown): void;
}

export function textLanguage() {
  return () => {
    const visit = (node: Node, ctx: Context) => {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      const page = file ? pageOf(file, contentDir) : undefined;
      if (!file || !page) return;
      ctx.setProperty(node, 'textLang', page.lang);
      // For build errors that name the file.
      ctx.setProperty(node, 'textFile', path.relative(process.cwd(), file));
    };
    return {
      name: 'text-language',
      mdxJsxFlowElement: { filter: TEXT_COMPONENTS, visit },
      mdxJsxTextElement: { filter: TEXT_COMPONENTS, visit },
    };
  };
}
