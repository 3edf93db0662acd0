// An MDX file as the scripts and tests read it outside Astro: its front matter (dates as
// dates, as Astro reads them) and its body.
import fs from 'node:fs';
import { parse } from 'yaml';

export function readMdx(file: string): { frontMatter: unknown; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? { frontMatter: parse(match[1]!, { customTags: ['timestamp'] }) ?? {}, body: text.slice(match[0].length) } : { frontMatter: {}, body: text };
}
