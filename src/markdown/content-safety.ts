// A Sätteri hast plugin that refuses, in every MDX page, what could run code or load
// something from another host (astro.config.mjs): <script>, <iframe> and other embeds,
// <style>, on…= event handlers, javascript: links, and images, media or stylesheets from
// another host. The build fails naming the file, the line and what to use instead. The CSP
// header would stop these in the browser; this keeps them out of the published HTML, also
// for a host that drops the header.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

interface Position {
  start: { line: number; column: number };
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: JsxAttribute[];
  position?: Position;
}
interface Context {
  fileURL?: URL | undefined;
}

/** Elements content may never contain, with what to do instead. */
const FORBIDDEN: Record<string, string> = {
  script: 'a script; interactive parts are the site’s own tools (`tools:` in the Dutch source)',
  iframe: 'an embedded page; link to it with a plain link instead',
  frame: 'an embedded page; link to it with a plain link instead',
  object: 'an embedded object; link to it with a plain link instead',
  embed: 'an embedded object; link to it with a plain link instead',
  style: 'a style sheet; styles belong in src/ (components and src/styles/)',
  link: 'a <link> to a resource; link to pages with a plain link instead',
  base: 'a <base>; it would change where every link on the page leads',
  meta: 'a <meta>; the page head is made by the site',
  form: 'a form; it could send what readers type elsewhere',
};

/** Attributes that load something into the page (not links, which readers follow themselves). */
const LOADING = ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background'];

/** Every HTML element, so on…= attributes are caught wherever they are written. */
const HTML_ELEMENTS =
  'a abbr address area article aside audio b bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i img input ins kbd label legend li main map mark menu meter nav noscript ol optgroup option output p picture pre progress q rp rt ruby s samp search section select slot small source span strong sub summary sup table tbody td template textarea tfoot th thead time tr track u ul var video wbr svg math'.split(
    ' ',
  );

export class ContentSafetyError extends Error {
  override name = 'ContentSafetyError';
}

function where(node: Node, ctx: Context): string {
  const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(content)';
  const start = node.position?.start;
  return start ? `${file}:${start.line}:${start.column}` : file;
}

/** The attributes of a hast element or an MDX JSX element, as name → value. */
function attributesOf(node: Node): [string, unknown][] {
  if (node.properties) return Object.entries(node.properties);
  return (node.attributes ?? []).flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' && attribute.name ? [[attribute.name, attribute.value] as [string, unknown]] : [],
  );
}

const isOtherHost = (value: string) => /^\s*(https?:)?\/\//i.test(value);
// Browsers ignore control characters inside a URL's scheme ("java\tscript:"), so drop them first.
const withoutControls = (value: string) => [...value].filter((char) => char.charCodeAt(0) > 0x1f).join('');
const isScriptUrl = (value: string) => /^\s*(javascript|vbscript|data):/i.test(withoutControls(value));

/** What is wrong with one element, or undefined. */
export function unsafeReason(tag: string, attributes: [string, unknown][]): string | undefined {
  const name = tag.toLowerCase();
  if (FORBIDDEN[name]) return `<${name}> is not allowed in content: it would add ${FORBIDDEN[name]}`;
  for (const [attribute, raw] of attributes) {
    const key = attribute.toLowerCase();
    if (/^on/.test(key)) return `<${name} ${attribute}=…> is not allowed: event handlers run code; interactive parts are the site’s own tools`;
    if (typeof raw !== 'string') continue;
    if ((key === 'href' || key === 'xlinkhref' || key === 'xlink:href') && isScriptUrl(raw))
      return `<${name} href="${raw.trim().slice(0, 40)}"> is not allowed: a link must lead to a page (https://… or /…), not run code`;
    if (LOADING.includes(key) && (isOtherHost(raw) || isScriptUrl(raw))) {
      return `<${name} ${attribute}="${raw.trim().slice(0, 60)}"> loads from another host; the site makes no request to other hosts: put the file under public/ or src/assets/, or link to it with a plain link`;
    }
  }
  return undefined;
}

export function contentSafety() {
  return () => {
    const check = (node: Node, ctx: Context) => {
      const tag = node.tagName ?? node.name;
      if (!tag) return;
      const reason = unsafeReason(tag, attributesOf(node));
      if (reason) throw new ContentSafetyError(`${where(node, ctx)}: ${reason}`);
    };
    const filter = [...HTML_ELEMENTS, ...Object.keys(FORBIDDEN)];
    return {
      name: 'content-safety',
      options: { position: true },
      element: { filter, visit: check },
      mdxJsxFlowElement: { filter, visit: check },
      mdxJsxTextElement: { filter, visit: check },
    };
  };
}
