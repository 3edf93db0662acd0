// The directory of places to go for help (src/model/help-directory.ts, schemas in
// src/model/schemas.ts) on mocked data: each description falls back per key, visibly; bad input
// names the file and the field; and the real content/hulpadressen/ data parses.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { buildHelpDirectory, type HelpDirectoryInput } from '../../src/model/help-directory';
import { helpGroups, helpPlaceSchema, helpRegions, helpTranslationsSchema, type HelpPlaceData, type HelpTranslationsData } from '../../src/model/schemas';
import { localizer } from '../support/mock-content';

function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const source = { title: 'Over 1712 (hulplijn 1712)', url: 'https://www.1712.be/nl/over-1712', consulted: '2026-12-02' };
const place = (fields: Record<string, unknown>): HelpPlaceData => helpPlaceSchema.parse({ group: 'nood', region: 'belgie', sources: [source], ...fields });
const places: HelpPlaceData[] = [
  place({ id: 'noodnummer-112', name: '112', phone: '112' }),
  place({ id: 'hulplijn-1712', group: 'hulplijn', region: 'vlaanderen-en-brussel', name: '1712', phone: '1712', web: 'https://www.1712.be' }),
  place({ id: 'amal', group: 'inburgering', region: 'gent', name: 'Amal', needsCheck: ['Het adres van Amal.'] }),
];
const names = (prefix: string, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, `${prefix} ${key}`]));
const translations = new Map<string, HelpTranslationsData>([
  [
    'nl',
    {
      translation: 'source',
      groups: names('nl', helpGroups),
      regions: names('nl', helpRegions),
      places: { 'noodnummer-112': { description: 'Ambulance.' }, 'hulplijn-1712': { description: 'Geweld.' }, amal: { description: 'Gent.' } },
    },
  ],
  [
    'en',
    { translation: 'draft', groups: names('en', helpGroups), regions: names('en', helpRegions), places: { 'hulplijn-1712': { description: 'Violence.' } } },
  ],
  // Arabic lacks the helpline's description and the name of the helpline group.
  [
    'ar',
    {
      translation: 'draft',
      groups: (({ hulplijn, ...rest }) => rest)(names('ar', helpGroups)),
      regions: names('ar', helpRegions),
      places: { 'noodnummer-112': { description: 'إسعاف.' } },
    },
  ],
]);
const input = (overrides: Partial<HelpDirectoryInput> = {}): HelpDirectoryInput => ({
  places,
  translations,
  fileOf: (file) => `content/${file}`,
  ...overrides,
});

describe('the help directory', () => {
  const arabic = buildHelpDirectory(input(), 'ar', localizer);
  const helpline = arabic.groups.find((group) => group.id === 'hulplijn')!;

  it('groups the places in the fixed order and leaves out empty groups', () => {
    expect(arabic.groups.map((group) => group.id)).toEqual(['nood', 'hulplijn', 'inburgering']);
  });
  it('shows a description missing in Arabic in English, marked left-to-right, and in Dutch where English lacks it too', () => {
    expect(helpline.places[0]!.description).toMatchObject({ value: 'Violence.', attrs: { lang: 'en', dir: 'ltr' } });
    expect(arabic.groups[2]!.places[0]!.description).toMatchObject({ value: 'Gent.', attrs: { lang: 'nl', dir: 'ltr' } });
    expect(arabic.fallbackLanguages).toEqual(['en', 'nl']);
  });
  it('names a group missing in Arabic in English, and keeps the Arabic where it exists', () => {
    expect(helpline.name).toMatchObject({ value: 'en hulplijn', attrs: { lang: 'en', dir: 'ltr' } });
    expect(arabic.groups[0]!.places[0]!.description).toMatchObject({ value: 'إسعاف.', attrs: {} });
  });
  it('makes a tel: link without spaces and dates the list by its newest source', () => {
    const dvz = place({ id: 'dvz', group: 'verblijf', name: 'DVZ', phone: '02 488 80 00', sources: [{ ...source, consulted: '2026-12-03' }] });
    const dutch = buildHelpDirectory(
      input({
        places: [...places, dvz],
        translations: new Map([['nl', { ...translations.get('nl')!, places: { ...translations.get('nl')!.places, dvz: { description: 'Verblijf.' } } }]]),
      }),
      'nl',
      localizer,
    );
    expect(dutch.groups.find((group) => group.id === 'verblijf')!.places[0]!.tel).toBe('tel:024888000');
    expect(dutch.checked.toISOString().slice(0, 10)).toBe('2026-12-03');
    expect(dutch.fallbackLanguages).toEqual([]);
  });
  it('names the file and the field of a translated place that does not exist', () => {
    const stray = new Map(translations).set('en', { ...translations.get('en')!, places: { caw: { description: 'Welfare.' } } });
    expect(() => buildHelpDirectory(input({ translations: stray }), 'en', localizer)).toThrow(
      'content/hulpadressen/translations/en.json: field "places" has "caw", which is not a place of content/hulpadressen/places.json',
    );
  });
  it('refuses the same place twice, and a file for a language the site does not have', () => {
    expect(() => buildHelpDirectory(input({ places: [...places, places[0]!] }), 'nl', localizer)).toThrow(
      'content/hulpadressen/places.json: field "id" has "noodnummer-112" twice; expected one entry per place',
    );
    expect(() => buildHelpDirectory(input({ translations: new Map(translations).set('xx', translations.get('en')!) }), 'nl', localizer)).toThrow(
      'content/hulpadressen/translations/xx.json: "xx" is not a language of the site',
    );
  });
  it('names a place with no description in any language', () => {
    const extra = place({ id: 'caw', group: 'welzijn', name: 'CAW', web: 'https://www.caw.be' });
    expect(() => buildHelpDirectory(input({ places: [...places, extra] }), 'nl', localizer)).toThrow(
      'hulpadressen/translations/*.json "places": "caw" has no text in any language; expected it at least in the Dutch source',
    );
  });
});

describe('a place of the directory', () => {
  const valid = { id: 'caw', group: 'welzijn', region: 'vlaanderen', name: 'CAW', web: 'https://www.caw.be', sources: [source] };
  it('accepts a valid place', () => {
    expect(problems(helpPlaceSchema, valid)).toEqual([]);
  });
  it('names a phone number with letters or dashes', () => {
    expect(problems(helpPlaceSchema, { ...valid, phone: '02-488-80-00' })).toEqual(['phone: expected digits and spaces only, e.g. "112" or "02 488 80 00"']);
  });
  it('names a source without a date, or with a date in another form', () => {
    expect(problems(helpPlaceSchema, { ...valid, sources: [{ title: 'CAW', url: 'https://www.caw.be' }] })).toEqual([
      'sources.0.consulted: expected the date consulted written as "YYYY-MM-DD", e.g. "2026-12-02"',
    ]);
    expect(problems(helpPlaceSchema, { ...valid, sources: [{ ...source, consulted: '2 december 2026' }] })).toEqual([
      'sources.0.consulted: expected the date consulted written as "YYYY-MM-DD", e.g. "2026-12-02"',
    ]);
  });
  it('names a place without sources, and a web address that is not https', () => {
    expect(problems(helpPlaceSchema, { ...valid, sources: [] })).toEqual(['sources: expected at least one dated source']);
    expect(problems(helpPlaceSchema, { ...valid, web: 'www.caw.be' })).toEqual(['web: expected a web address starting with https://']);
  });
  it('names a place with no way to reach it and nothing for an editor to check', () => {
    expect(problems(helpPlaceSchema, { ...valid, web: undefined })).toEqual([
      'phone: expected a phone, web or address; or, while none is confirmed, a needsCheck entry saying what is missing',
    ]);
  });
  it('names a mistyped field and lists the known ones', () => {
    expect(problems(helpPlaceSchema, { ...valid, telefoon: '112' })[0]).toMatch(
      /^: unknown field "telefoon"; expected only these fields: id, group, region, name, phone/,
    );
  });
  it('names a translation with a group the directory does not have', () => {
    expect(problems(helpTranslationsSchema, { translation: 'draft', groups: { politie: 'Police' }, regions: {}, places: {} })[0]).toMatch(/^groups/);
  });
});

describe('the directory as published (content/hulpadressen/)', () => {
  const data = JSON.parse(fs.readFileSync('content/hulpadressen/places.json', 'utf8')) as unknown[];
  it('parses, one entry per place, each with a dated source', () => {
    const parsed = data.map((entry) => helpPlaceSchema.parse(entry));
    expect(new Set(parsed.map((entry) => entry.id)).size).toBe(parsed.length);
    expect(parsed.every((entry) => entry.sources.length > 0)).toBe(true);
  });
  it('has every description in every language file', () => {
    const ids = data.map((entry) => (entry as { id: string }).id).sort();
    for (const file of fs.readdirSync('content/hulpadressen/translations')) {
      const translation = helpTranslationsSchema.parse(JSON.parse(fs.readFileSync(`content/hulpadressen/translations/${file}`, 'utf8')));
      expect(Object.keys(translation.places).sort(), file).toEqual(ids);
    }
  });
});
