// `npm run bench`: this site and Astro Starlight on the same synthetic corpus, at N and
// scale×N pages per language, then the real site; writes bench/results.md.
//   --n 10        pages per language (default 10)
//   --scale 10    the second size is scale×N (1: one size only)
//   --runs 3      builds per site and size; the median of each stage is reported
//   --no-lighthouse, --no-real-build   leave those out (quicker)
// Generated files go to bench/.work/ and bench/starlight/src/content/docs/ (git-ignored).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemChromium } from '../scripts/browser.mjs';
import { BENCH, ROOT, buildSite, installBenchPackages, timeBuilds } from './builds.mjs';
import { firstQueryBytes, lighthouseScores, serve, siteSearch, starlightSearch } from './browser-measures.mjs';
import { pageSlug, searchWord, writeCorpora } from './corpus.mjs';
import { folderBytes, pageBytes, pageResources } from './page-bytes.mjs';
import { realSite } from './real-site.mjs';
import { renderResults } from './report.mjs';

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '10' },
    scale: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-real-build': { type: 'boolean', default: false },
  },
});
const n = Number(flags.n);
const scale = Number(flags.scale);
const runs = Number(flags.runs);
if (![n, scale, runs].every((value) => Number.isInteger(value) && value >= 1)) throw new Error('--n, --scale and --runs expect whole numbers of 1 or more');

const WORK = path.join(BENCH, '.work');
const STARLIGHT_DOCS = path.join(BENCH, 'starlight/src/content/docs');
const BYTES_LANGS = ['nl', 'ar', 'ru'];
const LIGHTHOUSE_LANGS = ['nl', 'ar'];
const SEARCH_LANGS = ['nl', 'ar'];
const templates = (lang) => [
  { template: 'home', site: `/${lang}/`, starlight: `/${lang}/` },
  { template: 'content', site: `/${lang}/${pageSlug(0)}/`, starlight: `/${lang}/${pageSlug(0)}/` },
  { template: 'search', site: `/${lang}/zoeken/`, starlight: null },
];
/** A measurement, or { error } when the browser could not make it (the run goes on and says so). */
async function attempt(what, measure) {
  try {
    return await measure();
  } catch (error) {
    log(`${what} failed: ${String(error.message ?? error).split('\n')[0]}`);
    return { error: String(error.message ?? error).split('\n')[0] };
  }
}

/** The URL paths of a page's first visit (what firstQueryBytes leaves out). */
const firstVisit = (dir, page) => Object.values(pageResources(dir, page)).flat();
const log = (message) => console.log(`[bench] ${message}`);

const packageVersion = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

async function measureSize(size, withLighthouse) {
  const dirs = { content: path.join(WORK, `n${size}/content`), site: path.join(WORK, `n${size}/site`), starlight: path.join(WORK, `n${size}/starlight`) };
  log(`N=${size}: writing the corpus (${size} pages + home per language, ten languages, both sites)`);
  const model = writeCorpora({ n: size, realContentDir: path.join(ROOT, 'content'), siteDir: dirs.content, starlightDir: STARLIGHT_DOCS });
  log(`N=${size}: building each site ${runs} times`);
  const times = await timeBuilds({
    runs,
    site: { contentDir: dirs.content, outDir: dirs.site, cacheDir: path.join(WORK, `n${size}/site-cache`), pdfs: true },
    starlight: { outDir: dirs.starlight, cacheDir: path.join(WORK, `n${size}/starlight-cache`) },
    log,
  });
  const pages = BYTES_LANGS.flatMap((lang) =>
    templates(lang).map(({ template, site, starlight }) => ({
      template,
      lang,
      site: pageBytes(dirs.site, site),
      starlight: starlight ? pageBytes(dirs.starlight, starlight) : null,
    })),
  );
  const index = { site: folderBytes(path.join(dirs.site, 'pagefind')), starlight: folderBytes(path.join(dirs.starlight, 'pagefind')) };
  const site = await serve(dirs.site);
  const starlight = await serve(dirs.starlight);
  try {
    log(`N=${size}: first search query`);
    const search = [];
    for (const lang of SEARCH_LANGS) {
      const word = searchWord(model, lang);
      search.push({
        lang,
        word,
        site: await attempt(`Search (this site, ${lang})`, () =>
          firstQueryBytes(`${site.base}/${lang}/zoeken/`, firstVisit(dirs.site, `/${lang}/zoeken/`), siteSearch(word)),
        ),
        starlight: await attempt(`Search (Starlight, ${lang})`, () =>
          firstQueryBytes(`${starlight.base}/${lang}/${pageSlug(0)}/`, firstVisit(dirs.starlight, `/${lang}/${pageSlug(0)}/`), starlightSearch(word)),
        ),
      });
    }
    let lighthouse;
    if (withLighthouse) {
      log(`N=${size}: Lighthouse (mobile)`);
      const labels = {};
      for (const lang of LIGHTHOUSE_LANGS)
        for (const page of templates(lang)) {
          labels[`${site.base}${page.site}`] = `this site: ${page.template} (${lang})`;
          if (page.starlight) labels[`${starlight.base}${page.starlight}`] = `Starlight: ${page.template} (${lang})`;
        }
      // The control: a page with nothing on it, to show what this machine scores whatever the page.
      const empty = await serve(path.join(BENCH, 'empty-page'));
      labels[`${empty.base}/`] = 'control: an empty page (HTML only)';
      const all = await attempt('Lighthouse', () => lighthouseScores(Object.keys(labels))).finally(() => empty.close());
      if (all.error) throw new Error(`Lighthouse failed: ${all.error}`);
      const ofSite = (base) => Object.fromEntries(Object.entries(all).filter(([url]) => url.startsWith(base)));
      lighthouse = { labels, all, site: ofSite(site.base), starlight: ofSite(starlight.base) };
    }
    return { n: size, times, pages, index, search, lighthouse };
  } finally {
    await site.close();
    await starlight.close();
  }
}

async function measureRealSite() {
  const dist = path.join(ROOT, 'dist');
  const content = path.join(ROOT, 'content');
  let times;
  // The bytes and PDFs are read from the build timed here when there is one: dist/ may be older,
  // or made by `astro build` alone, without its PDFs.
  let measured = dist;
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    log('The real site: dist/ is missing, building it (npm run build)');
    times = await buildSite({ contentDir: content, outDir: dist, cacheDir: path.join(ROOT, 'node_modules/.astro') });
  } else if (!flags['no-real-build']) {
    log('The real site: one cold, timed build into bench/.work/real (dist/ is left as it is)');
    measured = path.join(WORK, 'real/dist');
    times = await buildSite({ contentDir: content, outDir: measured, cacheDir: path.join(WORK, 'real/cache') });
  }
  return { ...realSite(measured), times };
}

const resultsOf = (sizes, real) => ({
  date: new Date()
    .toISOString()
    .replace(/\.\d+Z$/, ' UTC')
    .replace('T', ' '),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  runs,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    // How busy the machine was when the bench began (one-minute load average).
    load: os.loadavg()[0],
  },
  versions: {
    node: process.version,
    astro: packageVersion(path.join(ROOT, 'node_modules/astro')),
    '@astrojs/starlight': packageVersion(path.join(BENCH, 'node_modules/@astrojs/starlight')),
    'pagefind (this site)': packageVersion(path.join(ROOT, 'node_modules/pagefind')),
    'pagefind (Starlight)': packageVersion(path.join(BENCH, 'node_modules/pagefind')),
    chromium: execFileSync(systemChromium(), ['--version'], { encoding: 'utf8' }).trim(),
    lighthouse: packageVersion(path.join(BENCH, 'node_modules/lighthouse')),
  },
  sizes,
  real,
});

/** Writes bench/results.md with what is measured so far (so a long run that stops still leaves its results). */
function writeResults(sizes, real) {
  const markdown = renderResults(resultsOf(sizes, real));
  fs.writeFileSync(path.join(BENCH, 'results.md'), markdown);
  return markdown;
}

await installBenchPackages();
const sizes = [];
for (const size of scale > 1 ? [n, n * scale] : [n]) {
  sizes.push(await measureSize(size, !flags['no-lighthouse'] && size === n));
  writeResults(sizes);
}
console.log(`\n${writeResults(sizes, await measureRealSite())}`);
log('written to bench/results.md');
