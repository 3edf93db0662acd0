// Checks an editor's content must pass beyond its schema, for the content report:
// - every Dutch page names at least one web source with the date it was consulted;
// - a translation that follows the current Dutch revision keeps the Dutch page's structure
//   (the same headings, at the same levels, in the same order).
// - a translation's key-word boxes use the one translation of each term (content/terms/<lang>.json).
// Pure functions over front matter and MDX text; plain Node runs them (.ts imports).

/** A source line with an address and a date, e.g. "Inburgering, https://www.vlaanderen.be/… (geraadpleegd 2026-12-02)". */
const WEB_SOURCE = /https?:\/\/\S+/;
const DATE = /\b\d{4}-\d{2}-\d{2}\b/;

export function hasDatedWebSource(sources: readonly string[]): boolean {
  return datedSources(sources).some((source) => source.url && source.consulted);
}

export interface ReadSource {
  text: string;
  /** The web address, if the source has one. */
  url?: string;
  /** The date it was consulted (outside the address), YYYY-MM-DD. */
  consulted?: string;
}

/** Each source line read into its address and the date it was consulted (not a date inside the address). */
export function datedSources(sources: readonly string[]): ReadSource[] {
  return sources.map((text) => {
    const url = WEB_SOURCE.exec(text)?.[0];
    const consulted = DATE.exec(text.replace(WEB_SOURCE, ''))?.[0];
    return { text, ...(url && { url: url.replace(/[),.;]+$/, '') }), ...(consulted && { consulted }) };
  });
}

/** What is wrong with a Dutch page's sources: none with an address and a date, or an address without the date it was consulted. */
export function sourceProblems(sources: readonly string[]): string[] {
  const read = datedSources(sources);
  return [
    ...(read.some((source) => source.url && source.consulted)
      ? []
      : ['no web source with the date it was consulted, e.g. "Titel, https://… (geraadpleegd 2026-12-02)"']),
    ...read.filter((source) => source.url && !source.consulted).map((source) => `"${source.text}": an address without the date it was consulted`),
  ];
}

/** The newest date a web source was consulted, or undefined. */
export function newestConsulted(sources: readonly string[]): string | undefined {
  return datedSources(sources)
    .filter((source) => source.url && source.consulted)
    .map((source) => source.consulted!)
    .sort()
    .at(-1);
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

/**
 * Key words of a translation ("Dutch word: meaning") that do not use the term's translation
 * in the terms file of their language, e.g. "het attest" explained without «إفادة».
 * Compared without regard to case, in the language's own rules.
 */
export function termProblems(lang: string, keyWords: Readonly<Record<string, string>>, terms: Readonly<Record<string, string>>, termsFile: string): string[] {
  const lower = (text: string) => text.normalize('NFC').replace(/[’‘]/g, "'").toLocaleLowerCase(lang);
  return Object.entries(keyWords)
    .filter(([word, meaning]) => word in terms && !lower(meaning).includes(lower(terms[word]!)))
    .map(([word, meaning]) => `key word "${word}" is explained as "${meaning}"; expected it to use "${terms[word]}" (${termsFile})`);
}
