// Checks an editor's content must pass beyond its schema, for the content report:
// - every Dutch page names at least one web source with the date it was consulted;
// - a translation that follows the current Dutch revision keeps the Dutch page's structure
//   (the same headings, at the same levels, in the same order).
// Pure functions over front matter and MDX text; plain Node runs them (.ts imports).

/** A source line with an address and a date, e.g. "Inburgering, https://www.vlaanderen.be/… (geraadpleegd 2026-12-02)". */
const WEB_SOURCE = /https?:\/\/\S+/;
const DATE = /\b\d{4}-\d{2}-\d{2}\b/;

export function hasDatedWebSource(sources: readonly string[]): boolean {
  return sources.some((source) => WEB_SOURCE.test(source) && DATE.test(source.replace(WEB_SOURCE, '')));
}

/** The heading levels of an MDX body, in order (fenced code is skipped): "## A\n### B" → [2, 3]. */
export function headingLevels(body: string): number[] {
  const levels: number[] = [];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^(#{1,6})\s+\S/.exec(line);
    if (heading) levels.push(heading[1]!.length);
  }
  return levels;
}

/** Why a translation's structure differs from its source's, or undefined when it does not. */
export function structureProblem(source: string, translation: string): string | undefined {
  const expected = headingLevels(source);
  const found = headingLevels(translation);
  if (expected.join() === found.join()) return undefined;
  const show = (levels: number[]) => levels.map((level) => 'h' + level).join(' ') || '(none)';
  return `headings ${show(found)}; expected as in the Dutch source: ${show(expected)}`;
}
