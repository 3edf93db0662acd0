import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentReport } from '../../src/report/content-report';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
const page = (fields: string) => `---\ndescription: Een pagina.\n${fields}\n---\n`;

describe('content report', () => {
  write('locales/nl/common.json', JSON.stringify({ language: { name: 'Nederlands', dir: 'ltr' }, skipLink: 'Naar de inhoud', page: { sources: 'Bronnen' } }));
  write('locales/ar/common.json', JSON.stringify({ language: { name: 'العربية', dir: 'rtl' }, skipLink: 'انتقل' }));
  write('locales/tr/common.json', JSON.stringify({ language: { name: 'Türkçe', dir: 'ltr' }, skipLink: 'Geç', page: { sources: 'Kaynaklar' } }));
  write(
    'content/nl/index.mdx',
    page(
      'title: A\ntranslation: source\nlastReviewed: 2026-11-01\nsources:\n  - Start, https://www.vlaanderen.be/ (geraadpleegd 2026-11-01)\n  - Inburgering, https://www.agii.be/inburgering (geraadpleegd 2026-11-20)\n  - Beleidsbrief 2011-2012',
    ) + '## Een\n\n## Twee\n',
  );
  write(
    'content/nl/wonen.mdx',
    page(
      'title: B\ntranslation: source\nlastReviewed: 2024-01-01\nvideo: { file: video/film.webm, tracks: video/film, poster: film }\nneedsCheck:\n  - Een regel\nkeyWords:\n  - { nl: de huur, meaning: wat u betaalt }\n  - { nl: de waarborg, meaning: geld vooraf }',
    ),
  );
  write('content/ar/index.mdx', page('title: A\ntranslation: checked\nlastReviewed: 2026-11-01') + '## واحد\n\n## اثنان\n');
  write('content/tr/index.mdx', page('title: A\ntranslation: draft\nlastReviewed: 2026-11-01') + '## Bir\n');
  write('content/tr/wonen.mdx', page('title: B\ntranslation: draft\nlastReviewed: 2026-11-01\nkeyWords:\n  de huur: kira'));
  write('content/terms/nl.json', JSON.stringify({ translation: 'source', terms: { 'de huur': 'wat u betaalt', 'de waarborg': 'geld vooraf' } }));
  write('content/terms/tr.json', JSON.stringify({ translation: 'draft', terms: { 'de huur': 'kira bedeli' } }));
  write(
    'content/taalgids/phrases.json',
    JSON.stringify([
      { id: 'hallo', theme: 'begroeten', nl: 'Hallo' },
      { id: 'dag', theme: 'begroeten', nl: 'Dag' },
    ]),
  );
  write('content/taalgids/translations/nl.json', JSON.stringify({ translation: 'source', themes: { begroeten: 'Begroeten' }, phrases: {} }));
  write(
    'content/taalgids/translations/tr.json',
    JSON.stringify({ translation: 'draft', themes: { begroeten: 'Selamlaşma' }, phrases: { hallo: { text: 'Merhaba', say: 'ha-lo' } } }),
  );
  write(
    'content/rugzak/rules.json',
    JSON.stringify([
      { id: 'ma-akte', countries: ['ma'], kinds: ['akte'] },
      { id: 'tr-akte', countries: ['tr'], kinds: ['akte'], needsCheck: ['Geen vertaling nodig?'] },
    ]),
  );
  // A story told in Arabic, with a Dutch translation: the Turkish reader sees the Dutch.
  write(
    'content/getuigenissen/karim.yaml',
    'name: Karim\nportrait: karim\ntexts:\n  ar: { translation: source, quote: q, story: s, portraitAlt: a }\n  nl: { translation: draft, quote: q, story: s, portraitAlt: b }\n',
  );
  write(
    'content/getuigenissen/anna.yaml',
    'name: Anna\ntexts:\n  nl: { translation: source, quote: q, story: s }\n  tr: { translation: draft, quote: q, story: s }\n',
  );
  // Subtitles in Dutch and Arabic, chapters in Dutch only.
  for (const file of ['nl.vtt', 'ar.vtt', 'chapters.nl.vtt']) write(`public/video/film/${file}`, 'WEBVTT\n');
  write(
    'content/kiesrecht/verkiezingen.json',
    JSON.stringify([{ id: 'gemeenteraad-2030', needsCheck: ['De dag is niet officieel.'] }, { id: 'gemeenteraad-2024' }]),
  );
  write('content/vragen/kiesrecht.json', JSON.stringify({ answers: [{ id: 'ja' }, { id: 'brussel', needsCheck: ['Opkomstplicht in Brussel?'] }] }));
  write('content/vragen/inburgering.json', JSON.stringify({ needsCheck: ['Kosten 2027?'], answers: [{ id: 'ja' }] }));
  const report = contentReport({
    contentDir: path.join(root, 'content'),
    localesDir: path.join(root, 'locales'),
    publicDir: path.join(root, 'public'),
    today: new Date('2026-11-29'),
  });

  it('counts source, draft, checked and fallback pages per language', () => {
    expect(report.languages.nl).toMatchObject({ source: 2, draft: 0, checked: 0, fallback: 0 });
    expect(report.languages.ar).toMatchObject({ source: 0, checked: 1, fallback: 1, fallbackPages: ['wonen'] });
    expect(report.languages.tr).toMatchObject({ draft: 2, fallback: 0 });
  });
  it('lists every value that falls back: interface strings, phrases and theme names, key words', () => {
    expect(report.languages.ar!.missing.strings).toEqual(['page.sources']);
    expect(report.languages.ar!.missing.phrases).toEqual(['phrase theme: begroeten', 'phrase: hallo', 'phrase: dag']);
    expect(report.languages.tr!.missing.phrases).toEqual(['phrase: dag']);
    expect(report.languages.tr!.missing.keyWords).toEqual([`${path.relative('.', path.join(root, 'content/tr/wonen.mdx'))}: de waarborg`]);
    expect(report.languages.nl!.missing).toEqual({ strings: [], phrases: [], checklist: [], keyWords: [], testimonials: [], subtitles: [] });
  });
  it('lists which testimonials and which subtitle tracks fall back, in which language', () => {
    const relative = (list: string[]) => list.map((entry) => entry.replace(/^.*content\//, 'content/'));
    expect(relative(report.languages.tr!.missing.testimonials)).toEqual([
      'content/getuigenissen/karim.yaml: story (shown in nl)',
      'content/getuigenissen/karim.yaml: portrait alt text (shown in nl)',
    ]);
    expect(relative(report.languages.ar!.missing.testimonials)).toEqual(['content/getuigenissen/anna.yaml: story (shown in nl)']);
    expect(relative(report.languages.tr!.missing.subtitles)).toEqual([
      'content/nl/wonen.mdx: subtitles public/video/film/tr.vtt (shown in nl)',
      'content/nl/wonen.mdx: chapters public/video/film/chapters.tr.vtt (shown in nl)',
    ]);
    expect(relative(report.languages.ar!.missing.subtitles)).toEqual(['content/nl/wonen.mdx: chapters public/video/film/chapters.ar.vtt (shown in nl)']);
  });
  it('lists Dutch pages without a dated web source, and translations whose headings differ', () => {
    expect(report.undatedSources.map((entry) => entry.replace(/^.*content\//, 'content/'))).toEqual([
      'content/nl/wonen.mdx: no web source with the date it was consulted, e.g. "Titel, https://… (geraadpleegd 2026-12-02)"',
    ]);
    expect(report.structure.map((entry) => [path.relative(root, entry.file), entry.problem])).toEqual([
      ['content/tr/index.mdx', 'headings h2; expected as in the Dutch source: h2 h2'],
    ]);
  });
  it('lists every Dutch page with its dated web sources and its number of facts to check', () => {
    expect(
      report.dutchPages.map((entry) => [
        path.basename(entry.file),
        entry.lastReviewed,
        entry.needsCheck,
        entry.sources.map((source) => [source.url, source.consulted]),
      ]),
    ).toEqual([
      [
        'index.mdx',
        '2026-11-01',
        0,
        [
          ['https://www.vlaanderen.be/', '2026-11-01'],
          ['https://www.agii.be/inburgering', '2026-11-20'],
          [undefined, undefined],
        ],
      ],
      ['wonen.mdx', '2024-01-01', 1, []],
    ]);
  });
  it('lists Dutch pages last reviewed before one of their sources was consulted', () => {
    expect(report.reviewedBeforeSources.map((entry) => [path.basename(entry.file), entry.lastReviewed, entry.newestSource])).toEqual([
      ['index.mdx', '2026-11-01', '2026-11-20'],
    ]);
  });
  it('lists key words that depart from the terms file, and terms a language has not translated', () => {
    expect(report.terms.map((entry) => [path.basename(entry.file), entry.problem.replace(/\(.*content\//, '(content/')])).toEqual([
      ['ar.json', 'no translation of the term "de huur" (content/terms/nl.json)'],
      ['ar.json', 'no translation of the term "de waarborg" (content/terms/nl.json)'],
      ['tr.json', 'no translation of the term "de waarborg" (content/terms/nl.json)'],
      ['wonen.mdx', 'key word "de huur" is explained as "kira"; expected it to use "kira bedeli" (content/terms/tr.json)'],
    ]);
  });
  it('lists facts to check, with those of the rules per country, and pages not reviewed for a year', () => {
    expect(report.needsCheck.map((entry) => [path.basename(entry.file), entry.facts])).toEqual([
      ['wonen.mdx', ['Een regel']],
      ['rules.json', ['rule "tr-akte": Geen vertaling nodig?']],
      ['verkiezingen.json', ['election "gemeenteraad-2030": De dag is niet officieel.']],
      ['inburgering.json', ['Kosten 2027?']],
      ['kiesrecht.json', ['answer "brussel": Opkomstplicht in Brussel?']],
    ]);
    expect(report.stale.map((entry) => path.basename(entry.file))).toEqual(['wonen.mdx']);
  });
});
