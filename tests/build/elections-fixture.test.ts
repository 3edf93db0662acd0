// One fixture election file changes the dates everywhere: in the leaflet's page, in its PDF and
// in the "Can I vote?" checker, pages of the steps included. A real build of the real leaflet
// and checker content over a fixture content/kiesrecht/verkiezingen.json (2036), then the PDF
// step, with SITE_URL set, so the QR code must lead there too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, page } from '../support/fixture-site';
import { decodePdfQr } from '../support/qr';

const real = (file: string) => fs.readFileSync(path.join('content', file), 'utf8');
const [, next] = JSON.parse(real('kiesrecht/verkiezingen.json')) as Record<string, unknown>[];
const fixtureElection = {
  ...next,
  id: 'fixture-2036',
  day: '2036-10-12',
  registrationDeadline: '2036-07-15',
  registeredOn: '2036-08-01',
  checked: '2035-01-20',
};
const fixturePrevious = { ...next, id: 'fixture-2024', day: '2024-10-13', registrationDeadline: '2024-07-31', registeredOn: '2024-08-01' };
/** Every date a page shows as <time>. */
const times = (html: string) => [...new Set([...html.matchAll(/<time datetime="([^"]+)">/g)].map((match) => match[1]))].sort();

describe('a fixture election', { timeout: 240_000 }, () => {
  it('changes the dates in the leaflet, its PDF and the checker', async () => {
    const build = buildFixture({
      content: {
        'nl/index.mdx': page('nl', 'Start'),
        'nl/verkiezingen/index.mdx': real('nl/verkiezingen/index.mdx'),
        'nl/verkiezingen/eu.mdx': real('nl/verkiezingen/eu.mdx'),
        'nl/verkiezingen/niet-eu.mdx': real('nl/verkiezingen/niet-eu.mdx'),
        'nl/verkiezingen/kan-ik-stemmen.mdx': real('nl/verkiezingen/kan-ik-stemmen.mdx'),
        'vragen/kiesrecht.json': real('vragen/kiesrecht.json'),
        'kiesrecht/verkiezingen.json': JSON.stringify([fixturePrevious, fixtureElection]),
      },
    });
    expect(build.ok, build.output).toBe(true);
    const leaflet = build.read('nl/verkiezingen/eu/index.html');
    expect(leaflet).toContain('<time datetime="2036-10-12">12 oktober 2036</time>');
    expect(leaflet).toContain('<time datetime="2036-07-15">15 juli 2036</time>');
    expect(leaflet).toContain('20 januari 2035');
    expect(times(leaflet)).toEqual(['2024-10-13', '2035-01-20', '2036-07-15', '2036-08-01', '2036-10-12']);
    // A Bulgarian reader sees the Dutch text (no translation in the fixture), dates written the Dutch way.
    expect(build.read('bg/verkiezingen/eu/index.html')).toContain('15 juli 2036');
    expect(build.read('nl/verkiezingen/kan-ik-stemmen/index.html')).toContain('15 juli 2036');
    const step = build.read('nl/verkiezingen/kan-ik-stemmen/vlaanderen/index.html');
    expect(step).toContain('15 juli 2036');
    expect(step).not.toContain('2030');
    expect(build.read('nl/verkiezingen/kan-ik-stemmen/leeftijd/index.html')).toContain('12 oktober 2036');

    const pdfs = spawnSync(process.execPath, ['scripts/make-pdfs.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_OUT_DIR: build.outDir, SITE_URL: 'https://example.org' },
      timeout: 180_000,
    });
    expect(pdfs.status, `${pdfs.stdout}\n${pdfs.stderr}`).toBe(0);
    const pdf = path.join(build.outDir, 'downloads/nl/kiesrecht-eu.pdf');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('15 juli 2036');
    expect(text).toContain('20 januari 2035');
    expect(await decodePdfQr(pdf)).toBe('https://example.org/nl/verkiezingen/eu/');
  });

  it('that is wrong fails the build, naming the file, the election and the field', () => {
    const build = buildFixture({
      content: {
        'nl/index.mdx': page('nl', 'Start'),
        'nl/verkiezingen/eu.mdx': real('nl/verkiezingen/eu.mdx'),
        'kiesrecht/verkiezingen.json': JSON.stringify([{ ...fixtureElection, registrationDeadline: '2036-11-01' }]),
      },
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /content\/kiesrecht\/verkiezingen\.json: election "fixture-2036": field "registrationDeadline" is 2036-11-01; expected a day before the election/,
    );
  });
});
