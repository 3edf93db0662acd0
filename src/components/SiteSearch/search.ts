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
  meta: { title?: string };
  sub_results: SubResult[];
}
interface Instance {
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface Pagefind {
  createInstance(options: Record<string, unknown>): Instance;
}

/** Results whose data (a fragment file each, 1–5 KB) is loaded and shown: enough for a reader, few bytes. */
const SHOWN = 5;
/** Sub-results (a phrase, a checklist item, a section) shown under a page. */
const SUB_RESULTS = 3;
/** The languages offered when the reader's own has no result. */
const FALLBACK_LANGUAGES = ['nl', 'en'];

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
  const bundle = new URL(root.dataset.bundle!, location.href).href;
  form.hidden = false;

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
          const found = module.createInstance({ noWorker: true, excerptLength: 20 });
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

  async function find(query: string, others: string[]): Promise<ResultData[]> {
    const found = await (await instance(others)).search(query);
    const results = await Promise.all((found?.results ?? []).slice(0, SHOWN * (others.length ? 2 : 1)).map((result) => result.data()));
    // The reader's language first, then the others, each in Pagefind's order.
    return results.sort((a, b) => Number(languageOf(a.url) !== lang) - Number(languageOf(b.url) !== lang)).slice(0, SHOWN);
  }

  function show(results: ResultData[]) {
    list.replaceChildren();
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
      element('p', item).innerHTML = result.excerpt;
      const parts = result.sub_results.filter((part) => part.anchor && part.url !== result.url).slice(0, SUB_RESULTS);
      if (parts.length) {
        const sub = element('ul', item);
        for (const part of parts) element('a', element('li', sub), part.title).href = part.url;
      }
    }
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
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    setText(status, strings.searching!);
    try {
      const everyOther = Object.keys(languages).filter((code) => code !== lang);
      let results = await find(query, all.checked ? everyOther : []);
      let elsewhere = false;
      if (!results.length && !all.checked) {
        results = await find(
          query,
          FALLBACK_LANGUAGES.filter((code) => code !== lang),
        );
        elsewhere = results.length > 0;
      }
      if (asked !== latest) return;
      show(results);
      const count = new Intl.NumberFormat(lang).format(results.length);
      setText(status, results.length ? strings.count! : strings.none!, { q: query, n: count });
      // Found only in another language: say so first.
      if (elsewhere) status.textContent = `${strings.elsewhere!.text} ${status.textContent}`;
    } catch {
      if (asked === latest) setText(status, strings.error!);
    }
  }

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
