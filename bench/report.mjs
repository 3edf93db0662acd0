// bench/results.md from the measurements of bench/run.mjs: Markdown tables, side by side and
// as ratios, and the goals with pass or fail.
import { CATEGORIES } from './browser-measures.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const s = (seconds) => (seconds === null ? '–' : seconds.toFixed(1));
const ratio = (a, b) => (a === null || b === null || !b ? '–' : `${(a / b).toFixed(2)}×`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const passFail = (ok) => (ok ? '**pass**' : '**FAIL**');

function buildTable(times) {
  return table(
    ['stage', 'this site (s)', 'Starlight (s)', 'ratio'],
    ['astro', 'pagefind', 'pdfs', 'total'].map((stage) => [
      stage === 'astro' ? 'Astro (pages)' : stage === 'pagefind' ? 'Pagefind (search index)' : stage === 'pdfs' ? 'PDFs (Chromium)' : '**total**',
      s(times.site[stage]),
      s(times.starlight[stage]),
      ratio(times.site[stage], times.starlight[stage]),
    ]),
  );
}

function bytesTable(size) {
  const rows = [];
  for (const { template, lang, site, starlight } of size.pages) {
    const kinds = (bytes) => `${kb(bytes.html.gzip)} / ${kb(bytes.css.gzip)} / ${kb(bytes.js.gzip)} / ${kb(bytes.font.gzip)}`;
    rows.push([
      `${template} (${lang})`,
      `${kb(site.total.raw)} · ${kb(site.total.gzip)} · ${kb(site.total.brotli)}`,
      starlight ? `${kb(starlight.total.raw)} · ${kb(starlight.total.gzip)} · ${kb(starlight.total.brotli)}` : '–',
      starlight ? ratio(site.total.gzip, starlight.total.gzip) : '–',
      kinds(site),
      starlight ? kinds(starlight) : '–',
    ]);
  }
  return table(
    [
      'page',
      'this site KB raw · gzip · br',
      'Starlight KB raw · gzip · br',
      'ratio (gzip)',
      'this site gzip KB html / css / js / font',
      'Starlight gzip KB html / css / js / font',
    ],
    rows,
  );
}

export function goals(results) {
  const contentPages = results.sizes[0].pages.filter((page) => page.starlight);
  const worstBytes = Math.max(...contentPages.map((page) => page.site.total.gzip / page.starlight.total.gzip));
  const worstBuild = Math.max(...results.sizes.map((size) => size.times.site.total / size.times.starlight.total));
  const scores = Object.values(results.sizes[0].lighthouse?.site ?? {}).flatMap((score) => CATEGORIES.map((category) => score[category]));
  return [
    {
      goal: 'Bytes per page (gzip, HTML+CSS+JS+fonts) at most half of Starlight’s, every compared page',
      value: `worst ${worstBytes.toFixed(2)}×`,
      ok: worstBytes <= 0.5,
    },
    { goal: 'Build time (median, all stages) no more than Starlight’s, at every size', value: `worst ${worstBuild.toFixed(2)}×`, ok: worstBuild <= 1 },
    results.sizes[0].lighthouse
      ? {
          goal: 'Lighthouse (mobile) 100 in all four categories, every template in nl and ar',
          value: `lowest ${Math.min(...scores)}`,
          ok: scores.every((score) => score === 100),
        }
      : { goal: 'Lighthouse (mobile) 100 in all four categories', value: 'not run (--no-lighthouse)', ok: false },
  ];
}

function scalingSection(results) {
  const [small, large] = results.sizes;
  if (!large) return '';
  const content = (size, lang) => size.pages.find((page) => page.template === 'content' && page.lang === lang);
  // One row: the value at both sizes and its growth, for this site and for Starlight.
  const growthRow = (label, format, pick) => [
    label,
    ...[small, large].map((size) => format(pick(size, 'site'))),
    ratio(pick(large, 'site'), pick(small, 'site')),
    ...[small, large].map((size) => format(pick(size, 'starlight'))),
    ratio(pick(large, 'starlight'), pick(small, 'starlight')),
  ];
  const rows = [
    ['pages per language', small.n, large.n, `${(large.n / small.n).toFixed(0)}×`, small.n, large.n, `${(large.n / small.n).toFixed(0)}×`],
    growthRow('build time (s)', s, (size, site) => size.times[site].total),
    growthRow('search index (KB)', kb, (size, site) => size.index[site]),
    ...['nl', 'ar', 'ru'].map((lang) => growthRow(`content page ${lang} (KB gzip)`, kb, (size, site) => content(size, lang)[site].total.gzip)),
  ];
  const grew = (site) => ['nl', 'ar', 'ru'].some((lang) => content(large, lang)[site].total.gzip > content(small, lang)[site].total.gzip * 1.05);
  return [
    `## Scaling: ${small.n} and ${large.n} pages per language`,
    '',
    table(['', `this site, N=${small.n}`, `N=${large.n}`, 'growth', `Starlight, N=${small.n}`, `N=${large.n}`, 'growth'], rows),
    '',
    `Per-page bytes ${grew('site') ? '**grew** (more than 5 %)' : 'did **not** grow (within 5 %)'} with the number of pages on this site; on Starlight they ${grew('starlight') ? '**grew** (its sidebar lists every page of the language)' : 'did not grow'}.`,
    '',
  ].join('\n');
}

export function renderResults(results) {
  const { machine, versions } = results;
  const lines = [
    '# Benchmark: this site and Astro Starlight on the same content',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${results.date}. Command: \`${results.command}\`.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB memory, ${machine.os}. Load average when the bench began: ${machine.load.toFixed(1)}${machine.load > machine.cores ? ' (**a busy machine**: absolute seconds vary; the two sites were built in turn, so the ratios are fairer than the seconds)' : ' (a quiet machine)'}.`,
    '',
    `Versions: ${Object.entries(versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(' · ')}.`,
    '',
    'The corpus: N pages per language in ten languages, plus a home page per language, each made of headings and sentences of the site’s own translated content (content/<lang>/), recombined the same way in every language and for both sites (bench/corpus.mjs). This site also gets its search page (content/<lang>/zoeken.mdx); Starlight searches from a dialog in every page’s header. Builds are cold (output and cache folders removed first).',
    '',
    '## Goals',
    '',
    table(
      ['goal', 'measured', 'result'],
      goals(results).map((goal) => [goal.goal, goal.value, passFail(goal.ok)]),
    ),
    '',
  ];
  for (const size of results.sizes) {
    lines.push(`## Build time, N=${size.n} (median of ${results.runs} runs)`, '', buildTable(size.times), '');
    lines.push(
      'This site’s PDF stage prints the PDFs the pages declare (`pdfs:`); the corpus declares none, so it is the cost of starting the step. The real site’s PDFs are timed below when the run builds it (not with --no-real-build). Starlight runs Pagefind inside its build (the time its own log line gives); it prints no PDFs. Both Pagefind times are taken the same way, inside `astro build`, from starting Pagefind to its files written; this site’s also holds its own work on them (each page’s article marked for the index with the folded word forms, the index cut into small chunks, the fragments without those forms, pagefind.js minified), which Starlight does not do: that work is part of this site’s build and is counted.',
      '',
    );
    lines.push(`## Bytes of a first visit, N=${size.n}`, '', bytesTable(size), '');
    lines.push(`Search index: this site ${kb(size.index.site)} KB, Starlight ${kb(size.index.starlight)} KB (all languages, raw).`, '');
    if (size.search) {
      lines.push(
        `### First search query, N=${size.n}`,
        '',
        'Everything Chromium fetched from opening the page (this site: its search page; Starlight: a content page, whose header opens the search dialog) until the results of the first word are listed, less the files of the page’s own first visit (above): the search’s scripts, WebAssembly, index and results. Raw as sent by the local server (no compression); gzip as a server compressing text would send it.',
        '',
        table(
          ['language (word)', 'this site KB raw · gzip (requests)', 'Starlight KB raw · gzip (requests)', 'ratio (gzip)'],
          size.search.map(({ lang, word, site, starlight }) => [
            `${lang} (${word})`,
            site.error ? `failed: ${site.error}` : `${kb(site.raw)} · ${kb(site.gzip)} (${site.requests})`,
            starlight.error ? `failed: ${starlight.error}` : `${kb(starlight.raw)} · ${kb(starlight.gzip)} (${starlight.requests})`,
            site.error || starlight.error ? '–' : ratio(site.gzip, starlight.gzip),
          ]),
        ),
        '',
      );
    }
  }
  lines.push(scalingSection(results));
  if (results.sizes[0].lighthouse) {
    const rows = Object.entries(results.sizes[0].lighthouse.labels).map(([url, label]) => {
      const score = results.sizes[0].lighthouse.all[url];
      return [label, ...CATEGORIES.map((category) => score[category]), (score.performanceRuns ?? []).join(' · '), score.lcp, score.tbt, score.benchmarkIndex];
    });
    lines.push(
      `## Lighthouse (mobile), N=${results.sizes[0].n}`,
      '',
      table(['page', ...CATEGORIES, 'performance, each round', 'LCP', 'total blocking time', 'machine speed (benchmarkIndex)'], rows),
      '',
      'Each page was measured in three rounds over all pages in turn; the row is the round with the median performance score. The control is a page of a heading and a sentence, without stylesheet or script (bench/empty-page/): what it loses is what this machine and Lighthouse’s own work cost, whatever the page.',
      '',
      'Lighthouse simulates a mid-range phone from the time the page really took in this Chromium. On a loaded machine (a low benchmarkIndex: Lighthouse warns that the CPU is slower than it expects below 1,000) every task takes longer, so the performance score drops even for a page with no JavaScript; the total blocking time of such a page is then the machine’s, not the page’s. Compare the two sites measured in the same run rather than the absolute scores.',
      '',
      'Why this site’s pages scored 95–98 until 2026-12-03 (Chromium 156, Lighthouse 13.5), two causes, both fixed. The search page’s form appeared only when its script ran and moved the page by 0.09 (cumulative layout shift); it is now there from the first paint, and a page gate keeps every page under 0.01. The content pages lost 100–250 ms of total blocking time to the header Cross-Origin-Opener-Policy: same-origin, which makes Chromium open the page in a new renderer process, whose first style and layout (60–200 ms of CPU on this machine) Lighthouse counted as blocking: the same pages served without that header scored 100 in every round (4–5 rounds, nl and ar, total blocking time 0–20 ms). On Chrome for Android the header also gives a site a process of its own at every visit (site isolation, Chrome 92+), a real cost on a cheap phone, and this site has nothing to isolate, so the header was dropped (public/_headers says why). Starlight sets no headers in this bench.',
      '',
    );
  }
  lines.push(realSiteSection(results.real), '');
  return lines.join('\n');
}

function realSiteSection(real) {
  if (!real) return '';
  const lines = ['## The real site (dist/)', ''];
  if (real.times) {
    lines.push(
      `Built once, cold (npm run build: Astro with Pagefind, then the PDFs): Astro ${s(real.times.astro)} s, Pagefind ${s(real.times.pagefind)} s, PDFs ${s(real.times.pdfs)} s, total ${s(real.times.total)} s.`,
      '',
    );
  }
  lines.push(
    `${real.pageCount} pages. Each kind of page (the same stylesheets and scripts), largest page of each, first visit:`,
    '',
    table(
      ['kind: example page', 'pages', 'largest page', 'KB raw · gzip · br', 'gzip KB html / css / js'],
      real.templates.map(({ pages, example, largest }) => [
        example,
        pages,
        largest.page,
        `${kb(largest.bytes.total.raw)} · ${kb(largest.bytes.total.gzip)} · ${kb(largest.bytes.total.brotli)}`,
        `${kb(largest.bytes.html.gzip)} / ${kb(largest.bytes.css.gzip)} / ${kb(largest.bytes.js.gzip)}`,
      ]),
    ),
    '',
    'Closest to the budget (HTML + CSS, gzip level 9, as the budget gate measures):',
    '',
    table(
      ['page', 'KB', 'budget KB', 'used'],
      real.closestToBudget.map((page) => [page.page, kb(page.budgetBytes), kb(page.budget), `${Math.round((100 * page.budgetBytes) / page.budget)} %`]),
    ),
    '',
    'Size by kind of file:',
    '',
    table(
      ['kind', 'files', 'KB'],
      Object.entries(real.sizeByKind)
        .sort((a, b) => b[1].bytes - a[1].bytes)
        .map(([kind, { files, bytes }]) => [kind, files, kb(bytes)]),
    ),
    '',
  );
  if (real.pdfs.length) {
    const sorted = [...real.pdfs].sort((a, b) => b.bytes - a.bytes);
    const total = sorted.reduce((sum, pdf) => sum + pdf.bytes, 0);
    lines.push(
      `PDFs: ${sorted.length}, ${kb(total)} KB in all; largest ${sorted[0].file} (${kb(sorted[0].bytes)} KB), smallest ${sorted.at(-1).file} (${kb(sorted.at(-1).bytes)} KB).`,
    );
  } else lines.push('PDFs: none in dist/ (built without a Chromium?).');
  return lines.join('\n');
}
