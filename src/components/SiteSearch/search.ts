import { fold } from '../../search/search-forms';

// The search page's results, over Pagefind's JavaScript API (the bundle written after
// `astro build` by src/integrations/search-index.ts). Pagefind is loaded only when there is a
// query, on the main thread (no worker: one script less to download). The reader's language
// is searched first; the other languages' indexes are merged in only when the reader asks for
// every language, or when the reader's language has no result.
interface Text {
  text: string;
  lang?: string;
  dir?: string;
}
interface SubResult {
  title: string;
  url: string;
  anchor?: unknown;
}
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: { title?: string };
  sub_results: SubResult[];
}
interface Result {
  /** The page's fragment, named by its language: `nl_a98e8a8`. */
  id: string;
  data(): Promise<ResultData>;
}
interface Instance {
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: Result[] } | null>;
}
interface Pagefind {
  createInstance(options: Record<string, unknown>): Instance;
}

/**
 * Results whose data (a fragment file each, 1–7 KB gzip) is loaded and shown at once; the
 * next ones on request ("more"). Three keep the first query within 100 KB (the phrase guide's
 * and checklist's fragments are the largest: tests/search/search-page.spec.ts).
 */
const PAGE = 3;
/** Sub-results (a phrase, a checklist item, a section) shown under a page. */
const SUB_RESULTS = 3;
/** The languages offered when the reader's own has no result. */
const FALLBACK_LANGUAGES = ['nl', 'en'];
/** Letters a found word must share with a word of the query, from its start (fewer when the query word is shorter). */
const SHARED_LETTERS = 4;
/** The folded forms' placeholder in the fragments' text (src/search/search-forms.ts FORM_PLACEHOLDER). */
const PLACEHOLDER = '\uFEFF';

/** A word as compared: lower case, folded, without accents and without what is not a letter or digit. */
const plain = (word: string) =>
  fold(word)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a result matches the query, not only a short word that begins a query word:
 * Pagefind also returns pages where a word of the index is the start of a query word ("a" for
 * "advocaat", "boo" for "boodschappen"), which would hide that nothing was really found.
 */
function matches(result: ResultData, terms: string[]): boolean {
  const words = result.content.split(/[^\S\uFEFF]+/);
  return result.locations.some((location) => {
    const word = words[location];
    // A folded form (search-forms.ts) matched: the query's own form of a word of the page.
    if (word === undefined || word === PLACEHOLDER) return true;
    const found = plain(word);
    return terms.some((term) => {
      let shared = 0;
      while (shared < found.length && shared < term.length && found[shared] === term[shared]) shared++;
      return shared >= Math.min(SHARED_LETTERS, term.length);
    });
  });
}

/** Pagefind's excerpt without the folded forms' placeholders (and their marks). */
const excerptOf = (result: ResultData) => result.excerpt.replace(new RegExp(`\\s*(?:<mark>${PLACEHOLDER}</mark>|${PLACEHOLDER})`, 'g'), '').trim();

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const lang = document.documentElement.lang;
  const strings = JSON.parse(root.dataset.strings!) as Record<string, Text>;
  const languages = JSON.parse(root.dataset.languages!) as Record<string, { name: string; dir: string }>;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('[name=q]')!;
  const all = form.querySelector<HTMLInputElement>('[name=all]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const bundle = new URL(root.dataset.bundle!, location.href).href;

  let pagefind: Promise<Pagefind> | undefined;
  const instances = new Map<string, Promise<Instance>>();
  /** One Pagefind instance per set of languages: the reader's index, with `others` merged in. */
  const instance = (others: string[]): Promise<Instance> => {
    const key = others.join();
    if (!instances.has(key)) {
      pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>;
      instances.set(
        key,
        pagefind.then(async (module) => {
          const found = module.createInstance({ noWorker: true, excerptLength: 24 });
          // The same bundle, another language's index: Pagefind skips a merge of the path it
          // was loaded from, so the merge names the bundle by its full address.
          for (const code of others) await found.mergeIndex(bundle, { language: code, baseUrl: '/' });
          return found;
        }),
      );
    }
    return instances.get(key)!;
  };

  const languageOf = (url: string) => url.split('/')[1] ?? lang;
  const setText = (element: HTMLElement, { text, lang: textLang, dir }: Text, values: Record<string, string> = {}) => {
    element.textContent = text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
    if (textLang) element.lang = textLang;
    else element.removeAttribute('lang');
    if (dir) element.dir = dir;
    else element.removeAttribute('dir');
  };
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, text?: string) => {
    const made = parent.appendChild(document.createElement(tag));
    if (text !== undefined) made.textContent = text;
    return made;
  };

  /** The current query: its words, the results not shown yet, and how many are shown. */
  interface Found {
    query: string;
    terms: string[];
    waiting: Result[];
    shown: number;
    elsewhere: boolean;
  }
  let current: Found | undefined;

  /** Results in `others` (and the reader’s language unless `othersOnly`), the reader's language first, each in Pagefind's order. */
  async function search(query: string, others: string[], othersOnly = false): Promise<Result[]> {
    const found = await (await instance(others)).search(fold(query));
    const ours = (result: Result) => result.id.split('_')[0] === lang;
    const results = found?.results ?? [];
    return [...(othersOnly ? [] : results.filter(ours)), ...results.filter((result) => !ours(result))];
  }

  /** The next page of results that match the query, loaded from `found.waiting`. */
  async function nextPage(found: Found): Promise<ResultData[]> {
    const page = found.waiting.splice(0, PAGE);
    return (await Promise.all(page.map((result) => result.data()))).filter((data) => matches(data, found.terms));
  }

  function show(results: ResultData[]) {
    for (const result of results) {
      const item = element('li', list);
      const code = languageOf(result.url);
      const other = code !== lang && languages[code];
      if (other) {
        item.lang = code;
        item.dir = other.dir;
      }
      const link = element('a', item, result.meta.title ?? result.url);
      link.href = result.url;
      if (other) {
        const label = element('span', item, other.name);
        label.className = 'site-search__lang';
      }
      // Pagefind's excerpt is HTML-escaped text with <mark> around the words found.
      element('p', item).innerHTML = excerptOf(result);
      const parts = result.sub_results.filter((part) => part.anchor && part.url !== result.url).slice(0, SUB_RESULTS);
      if (parts.length) {
        const sub = element('ul', item);
        for (const part of parts) element('a', element('li', sub), part.title).href = part.url;
      }
    }
  }

  function announce(found: Found) {
    const count = new Intl.NumberFormat(lang).format(found.shown);
    setText(status, found.shown ? strings.count! : strings.none!, { q: found.query, n: count });
    // Found only in another language: say so first.
    if (found.elsewhere) status.textContent = `${strings.elsewhere!.text} ${status.textContent}`;
    more.hidden = !found.waiting.length;
  }

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const asked = ++latest;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (all.checked) url.searchParams.set('all', '1');
    else url.searchParams.delete('all');
    history.replaceState(null, '', url);
    more.hidden = true;
    if (!query) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = '';
      current = undefined;
      return;
    }
    setText(status, strings.searching!);
    list.setAttribute('aria-busy', 'true');
    try {
      const terms = query.split(/\s+/).map(plain).filter(Boolean);
      const everyOther = Object.keys(languages).filter((code) => code !== lang);
      let found: Found = { query, terms, waiting: await search(query, all.checked ? everyOther : []), shown: 0, elsewhere: false };
      let results = await nextPage(found);
      if (!results.length && !all.checked) {
        found = {
          query,
          terms,
          waiting: await search(
            query,
            FALLBACK_LANGUAGES.filter((code) => code !== lang),
            true,
          ),
          shown: 0,
          elsewhere: true,
        };
        results = await nextPage(found);
        found.elsewhere = results.length > 0;
      }
      if (asked !== latest) return;
      current = found;
      found.shown = results.length;
      list.replaceChildren();
      show(results);
      announce(found);
    } catch {
      if (asked === latest) setText(status, strings.error!);
    } finally {
      if (asked === latest) list.removeAttribute('aria-busy');
    }
  }

  more.addEventListener('click', async () => {
    const found = current;
    if (!found) return;
    const asked = latest;
    const before = list.children.length;
    const results = await nextPage(found);
    if (asked !== latest || found !== current) return;
    found.shown += results.length;
    show(results);
    announce(found);
    // Keyboard: on to the first of the new results, or back to the field when there are none.
    (list.children[before]?.querySelector('a') ?? input).focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 400);
  });
  all.addEventListener('change', () => void run());

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  all.checked = params.get('all') === '1';
  if (input.value.trim()) void run();
}

// A module, not a global script: its names stay its own.
export {};
