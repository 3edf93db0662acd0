// A Sätteri hast plugin (astro.config.mjs) that fails the build when a page loads a file that
// does not exist: an image, video, audio, subtitle or poster, written in Markdown
// (![…](/images/x.png)) or as a tag (<img src="./x.jpg" />). A path starting with "/" must be
// a file under public/; a relative path a file beside the page. Without this an absolute path
// is published as a broken image, and a relative one fails deep in generated code. The
// message names the page, the line and the file expected. Other hosts are content-safety's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}
interface Context {
  fileURL?: URL | undefined;
}

/** Attributes that load a file into the page. */
const LOADING = ['src', 'poster', 'srcset', 'srcSet'];
const MEDIA_ELEMENTS = ['img', 'picture', 'source', 'video', 'audio', 'track', 'image', 'input'];

export class ContentMediaError extends Error {
  override name = 'ContentMediaError';
}

/** The paths a src/srcset value loads: "a.webp 1x, b.webp 2x" → ["a.webp", "b.webp"]. */
function pathsOf(attribute: string, value: string): string[] {
  const candidates = /^srcset$/i.test(attribute) ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value.trim()];
  // Other hosts, data: and other schemes, and fragments are not files of the site.
  return candidates.filter((candidate) => candidate && !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(candidate));
}

/** The file a path stands for, or undefined when it exists; `page` is the MDX file. */
export function missingFile(reference: string, page: string, publicDir: string): string | undefined {
  let clean = reference.replace(/[?#].*$/, '');
  try {
    clean = decodeURI(clean);
  } catch {
    // Leave a malformed escape as written: the file will not exist under that name either.
  }
  const file = clean.startsWith('/') ? path.join(publicDir, clean) : path.resolve(path.dirname(page), clean);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? undefined : file;
}

export function contentMedia({ publicDir }: { publicDir: string }) {
  return () => {
    const check = (node: Node, ctx: Context) => {
      if (!ctx.fileURL) return;
      const page = fileURLToPath(ctx.fileURL);
      const attributes: [string, unknown][] = node.properties
        ? Object.entries(node.properties)
        : (node.attributes ?? []).flatMap((attribute) =>
            attribute.type === 'mdxJsxAttribute' && attribute.name ? [[attribute.name, attribute.value] as [string, unknown]] : [],
          );
      for (const [attribute, value] of attributes) {
        if (!LOADING.includes(attribute) || typeof value !== 'string') continue;
        for (const reference of pathsOf(attribute, value)) {
          const missing = missingFile(reference, page, publicDir);
          if (!missing) continue;
          const start = node.position?.start;
          const where = `${path.relative(process.cwd(), page)}${start ? `:${start.line}:${start.column}` : ''}`;
          const tag = node.tagName ?? node.name;
          const rule = reference.startsWith('/') ? 'a path starting with / is a file under public/' : 'a relative path is a file beside the page';
          throw new ContentMediaError(
            `${where}: <${tag} ${attribute}="${reference}"> loads a file that does not exist; expected ${path.relative(process.cwd(), missing)} (${rule})`,
          );
        }
      }
    };
    return {
      name: 'content-media',
      options: { position: true },
      element: { filter: MEDIA_ELEMENTS, visit: check },
      mdxJsxFlowElement: { filter: MEDIA_ELEMENTS, visit: check },
      mdxJsxTextElement: { filter: MEDIA_ELEMENTS, visit: check },
    };
  };
}
