// Which stylesheets a built page loads: the shared sheet of the frame, at most one of its page
// type (the home page's cards, the whole brochure, a story), and the sheet of each tool its
// Dutch source declares (`tools:`) and of no other. So a tool's styles never weigh on pages
// that do not show it, and the frame stays one file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_LOCALE } from '../../../src/i18n/config';
import { localizedPath, splitEntryId } from '../../../src/i18n/paths';
import { pageSchema } from '../../../src/model/schemas';
import { readMdx } from '../../../src/report/mdx-file';
import type { ToolName } from '../../../src/tools/names';
import { pagePaths, resolvePath } from '../dist';

/** The classes each tool's styles start with (its component's root classes). A tool without styles of its own has none. */
export const TOOL_CLASSES: Record<ToolName, string[]> = {
  packPath: ['pack-path'],
  phraseGuide: ['phrase-guide'],
  documentChecklist: ['checklist', 'rules'],
  helpDirectory: ['directory'],
  chapters: [],
  search: ['site-search'],
  publisher: ['publisher'],
  testimonials: ['testimonials', 'testimonial-card'],
  video: ['video'],
  downloads: ['downloads'],
  linkKit: ['link-kit'],
  printList: ['print-list'],
  leaflet: ['leaflet'],
  votingCheck: ['flow'],
  integrationCheck: ['flow'],
  offlinePack: [],
};

/** The tools each content page declares, by URL path, in every language (from the Dutch sources). */
export function declaredTools(contentDir: string, languages: readonly string[]): Map<string, ToolName[]> {
  const sourceDir = path.join(contentDir, DEFAULT_LOCALE);
  const declared = new Map<string, ToolName[]>();
  for (const file of fs.readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const { tools } = pageSchema.parse(readMdx(path.join(sourceDir, file)).frontMatter);
    const { slug } = splitEntryId(
      `${DEFAULT_LOCALE}/${file
        .split(path.sep)
        .join('/')
        .replace(/\.mdx$/, '')}`,
    );
    for (const lang of languages) declared.set(localizedPath(lang, slug), tools);
  }
  return declared;
}

/** A page's tools: its own, or those of the nearest content page above it (a story, a step of a question flow). */
function toolsOf(page: string, declared: Map<string, ToolName[]>): ToolName[] {
  for (let at = page; at.length > 1; at = at.replace(/[^/]+\/?$/, '')) {
    const tools = declared.get(at);
    if (tools) return tools;
  }
  return [];
}

/** The root classes a stylesheet has rules for (`.checklist__item` counts as `checklist`). */
function rootClasses(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, ',');
  return new Set([...selectors.matchAll(/\.(-?[a-z][a-z0-9-]*?)(?=__|--|[^a-z0-9-]|$)/gi)].map((match) => match[1]!));
}

export interface PageStyles {
  page: string;
  sheets: string[];
  bytes: number;
  gzip: number;
}

export function checkStylesheets(dir: string, declared: Map<string, ToolName[]>): { pages: PageStyles[]; problems: string[] } {
  const classesOf = new Map<string, Set<string>>();
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  const problems: string[] = [];
  /** Each stylesheet of no tool, with the tool sets of the pages that load it. */
  const frameUse = new Map<string, Set<string>>();
  const pages = pagePaths(dir).map((page) => {
    // The <link> tags read straight from the file: parsing 800 pages would take half a minute.
    const html = fs.readFileSync(resolvePath(page, dir)!, 'utf8');
    const sheets = [...html.matchAll(/<link\b[^>]*>/gi)]
      .map(([tag]) => tag)
      .filter((tag) => /\brel="?[^">]*\bstylesheet\b/i.test(tag))
      // A print-only sheet neither blocks rendering nor weighs on the screen: counted in bytes, not as a frame sheet.
      .map((tag) => ({ href: /\bhref="?([^"\s>]+)/i.exec(tag)?.[1] ?? '', print: /\bmedia="?print\b/i.test(tag) }));
    const tools = toolsOf(page, declared);
    const frame: string[] = [];
    for (const { href, print } of sheets) {
      const file = resolvePath(href, dir);
      if (!file) continue; // the link gate reports it
      if (!classesOf.has(href)) {
        const css = fs.readFileSync(file);
        classesOf.set(href, rootClasses(css.toString('utf8')));
        sizes.set(href, { bytes: css.length, gzip: zlib.gzipSync(css, { level: 9 }).length });
      }
      const classes = classesOf.get(href)!;
      const owners = (Object.entries(TOOL_CLASSES) as [ToolName, string[]][]).filter(([, roots]) => roots.some((root) => classes.has(root)));
      if (owners.length === 0 && !print) {
        frame.push(href);
        frameUse.set(href, (frameUse.get(href) ?? new Set()).add(tools.toSorted().join(', ') || 'none'));
      }
      for (const [tool, roots] of owners.filter(
        ([tool, roots]) => !tools.includes(tool) && !roots.every((root) => tools.some((own) => TOOL_CLASSES[own].includes(root))),
      )) {
        problems.push(
          `${page}: loads ${href}, which holds the styles of ${tool} (.${roots.find((root) => classes.has(root))}), a tool the page does not declare (it declares ${tools.join(', ') || 'none'})`,
        );
      }
    }
    if (frame.length > 2)
      problems.push(`${page}: loads ${frame.length} stylesheets of no tool (${frame.join(', ')}); expected the shared one and at most one of its page type`);
    const total = (key: 'bytes' | 'gzip') => sheets.reduce((sum, { href }) => sum + (sizes.get(href)?.[key] ?? 0), 0);
    return { page, sheets: sheets.map(({ href }) => href), bytes: total('bytes'), gzip: total('gzip') };
  });
  // The shared sheet is the one most pages load; any other sheet of no tool belongs to one page
  // type, so the pages that load it all declare the same tools. A tool missing from the table
  // above, whose styles went into a sheet of the route that renders every content page, fails here.
  const shared = [...frameUse.entries()].toSorted(([, a], [, b]) => b.size - a.size)[0]?.[0];
  for (const [href, toolSets] of frameUse)
    if (href !== shared && toolSets.size > 1)
      problems.push(
        `${href}: a stylesheet of no tool in the table, loaded by pages that declare different tools (${[...toolSets].join('; ')}): a tool's styles belong in its own sheet`,
      );
  // A class listed for a tool but found in no stylesheet: the table above is out of date.
  const everywhere = new Set([...classesOf.values()].flatMap((classes) => [...classes]));
  for (const [tool, roots] of Object.entries(TOOL_CLASSES))
    for (const root of roots)
      if (pages.length > 0 && !everywhere.has(root)) problems.push(`TOOL_CLASSES: no stylesheet has .${root} (${tool}); update the table`);
  return { pages, problems };
}
