// The consulates' short links forgive other spellings and any capitalisation, from one data
// source (content/countries.json): public/_redirects and the block of deploy/nginx.conf must
// be what scripts/short-links.mjs makes of it, and `npm start` (scripts/serve.mjs) redirects.
// The same cases against the real nginx: tests/dist/short-links-nginx.test.ts.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../scripts/serve.mjs';
import {
  NGINX_FILE,
  REDIRECTS_FILE,
  foldCase,
  movedProblems,
  movedRules,
  parseRedirects,
  readCountries,
  readMoved,
  redirectsFile,
  shortLinkRedirect,
  withNginxBlock,
} from '../../scripts/short-links.mjs';
import { countrySchema } from '../../src/model/schemas';
import { NOT_SHORT_LINKS, SHORT_LINK_CASES } from '../support/short-link-cases';

const countries: { id: string; aliases: string[] }[] = readCountries();
const moved: { from: string; to: string }[] = readMoved();
const HINT = 'run `node scripts/short-links.mjs --write` after changing content/countries.json or content/moved.json';

describe('short links: one data source', () => {
  it('content/countries.json names the spellings consulates use', () => {
    const parsed = countries.map((country) => countrySchema.parse(country));
    const aliases = parsed.flatMap((country) => country.aliases);
    expect(aliases).toEqual(expect.arrayContaining(['maroc', 'morocco', 'turkiye', 'türkiye', 'turkey', 'russia', 'rossiya']));
  });

  it('public/_redirects and deploy/nginx.conf are generated from it', () => {
    expect(fs.readFileSync(REDIRECTS_FILE, 'utf8'), HINT).toBe(redirectsFile(countries, moved));
    const conf = fs.readFileSync(NGINX_FILE, 'utf8');
    expect(withNginxBlock(conf, countries, moved), HINT).toBe(conf);
  });

  it('a page that moved redirects in every language, and the data is checked', () => {
    expect(moved).toContainEqual({ from: '/ar/consulaten/', to: '/ar/partners/' });
    expect(moved.filter((rule) => rule.to.endsWith('/partners/'))).toHaveLength(
      fs.readdirSync('locales').filter((lang) => fs.existsSync(`locales/${lang}/common.json`)).length,
    );
    const isPage = (slug: string) => ['partners', 'pakket'].includes(slug);
    expect(movedProblems([{ from: 'consulaten', to: 'partners' }], isPage)).toEqual([]);
    expect(movedProblems([{ from: 'consulaten', to: 'partnerz' }], isPage)).toEqual([
      'content/moved.json: entry 1: field "to" is "partnerz", which is not a page; expected content/nl/partnerz.mdx',
    ]);
    expect(movedProblems([{ from: 'pakket', to: 'partners' }], isPage)[0]).toMatch(/"pakket", which is still a page/);
    expect(movedProblems([{ from: '/Consulaten/', to: 'partners' }], isPage)[0]).toMatch(/expected \{ "from", "to" \}/);
    // The files change with the data.
    const more = movedRules(
      [
        { from: 'consulaten', to: 'partners' },
        { from: 'oud', to: 'pakket' },
      ],
      ['nl'],
    );
    expect(redirectsFile(countries, more)).not.toBe(fs.readFileSync(REDIRECTS_FILE, 'utf8'));
  });

  it('the check fails when an alias is added to the data but not to the files', () => {
    const more = countries.map((country) => (country.id === 'rusland' ? { ...country, aliases: [...country.aliases, 'rossija'] } : country));
    expect(redirectsFile(more)).not.toBe(fs.readFileSync(REDIRECTS_FILE, 'utf8'));
    const conf = fs.readFileSync(NGINX_FILE, 'utf8');
    expect(withNginxBlock(conf, more)).not.toBe(conf);
  });

  it('refuses an alias in capitals or with a slash, naming what is expected', () => {
    const result = countrySchema.safeParse({ ...countries[0], aliases: ['Maroc/'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/expected lower-case letters/);
  });

  it('folds case the way a Turkish keyboard writes it', () => {
    expect(foldCase('TÜRKİYE')).toBe('türkiye');
    const rules = parseRedirects(redirectsFile(countries));
    expect(shortLinkRedirect(rules, '/TÜRKİYE/')?.target).toBe('/turkije/');
    expect(shortLinkRedirect(rules, '/turkije/')).toBeUndefined();
  });
});

describe('short links: npm start', () => {
  let work: string;
  let server: http.Server;
  let port: number;

  const get = (requestPath: string) =>
    new Promise<{ status: number; location: string | undefined; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: requestPath, agent: false }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, headers: response.headers }));
        })
        .on('error', reject);
    });

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'short-links-'));
    fs.copyFileSync(REDIRECTS_FILE, path.join(work, '_redirects'));
    fs.writeFileSync(path.join(work, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    fs.writeFileSync(path.join(work, '404.html'), '<p>404</p>');
    for (const page of [...countries.map((country) => country.id), 'nl/partners']) {
      fs.mkdirSync(path.join(work, page), { recursive: true });
      fs.writeFileSync(path.join(work, page, 'index.html'), `<p>${page}</p>`);
    }
    server = createSiteServer(work);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(work, { recursive: true, force: true });
  });

  it.each(SHORT_LINK_CASES)('%s redirects (301) to %s, with the site headers', async (requestPath, target) => {
    const reply = await get(requestPath);
    expect(reply).toMatchObject({ status: 301, location: target });
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(NOT_SHORT_LINKS)('%s does not redirect', async (requestPath) => {
    expect((await get(requestPath)).status).not.toBe(301);
  });

  it('never serves _redirects itself', async () => {
    expect((await get('/_redirects')).status).toBe(404);
  });
});
