// The phrase guide and the checklist (src/model/phrasebook.ts, checklist.ts) on mocked data:
// a missing translation falls back per key, visibly, and bad input names file and field.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/model/checklist';
import { buildPhrasebook, type PhrasebookInput } from '../../src/model/phrasebook';
import type { ChecklistTranslationsData, DocumentKind, DocumentRuleData, PhraseTranslationsData } from '../../src/model/schemas';
import { localizer } from '../support/mock-content';

const fileOf = (file: string) => `content/${file}`;
const themes = (prefix: string) => ({
  begroeten: `${prefix} greet`,
  gemeente: `${prefix} town`,
  dokter: `${prefix} doctor`,
  school: `${prefix} school`,
  winkel: `${prefix} shop`,
  vervoer: `${prefix} travel`,
  'getallen-en-tijd': `${prefix} numbers`,
  noodgeval: `${prefix} help`,
});

const phrases: PhrasebookInput['phrases'] = [
  { id: 'hallo', theme: 'begroeten', nl: 'Hallo!' },
  { id: 'dokter', theme: 'dokter', nl: 'Ik ben ziek.' },
];
const phraseTranslations = new Map<string, PhraseTranslationsData>([
  ['nl', { translation: 'source', themes: themes('nl'), phrases: {} }],
  [
    'en',
    { translation: 'draft', themes: themes('en'), phrases: { hallo: { text: 'Hello!', say: 'ha-lo' }, dokter: { text: 'I am ill.', say: 'ik ben zeek' } } },
  ],
  // Arabic lacks the doctor phrase and the name of the doctor theme.
  ['ar', { translation: 'draft', themes: (({ dokter, ...rest }) => rest)(themes('ar')), phrases: { hallo: { text: 'مرحبا!', say: 'هالو' } } }],
]);
const phraseInput = (overrides: Partial<PhrasebookInput> = {}): PhrasebookInput => ({
  phrases,
  translations: phraseTranslations,
  fileOf,
  audioExists: () => true,
  ...overrides,
});

describe('the phrase guide', () => {
  const arabic = buildPhrasebook(phraseInput(), 'ar', localizer);
  const doctor = arabic.themes.find((theme) => theme.id === 'dokter')!;

  it('shows a phrase missing in Arabic in English, marked left-to-right, and the notice names English', () => {
    expect(doctor.phrases[0]!.translation).toEqual({ text: 'I am ill.', say: 'ik ben zeek', attrs: { lang: 'en', dir: 'ltr' } });
    expect(arabic.fallbackLanguages).toEqual(['en']);
  });
  it('names a theme missing in Arabic in English, marked', () => {
    expect(doctor.name).toMatchObject({ value: 'en doctor', attrs: { lang: 'en', dir: 'ltr' } });
  });
  it('keeps the Arabic where it exists', () => {
    expect(arabic.themes[0]!.phrases[0]!.translation).toEqual({ text: 'مرحبا!', say: 'هالو', attrs: {} });
  });
  it('gives the pronunciation key in the reader’s language, or in English, marked', () => {
    const sounds = [
      { id: 'g', spelling: 'g, ch', example: 'goedemorgen' },
      { id: 'ui', spelling: 'ui', example: 'uit' },
    ];
    const translations = new Map(phraseTranslations);
    translations.set('en', { ...phraseTranslations.get('en')!, sounds: { g: 'Written kh.', ui: 'Written ow.' } });
    translations.set('ar', { ...phraseTranslations.get('ar')!, sounds: { g: 'تُكتب خ.' } });
    const book = buildPhrasebook(phraseInput({ sounds, translations }), 'ar', localizer);
    expect(book.sounds.map((sound) => [sound.spelling, sound.text.value, sound.text.attrs])).toEqual([
      ['g, ch', 'تُكتب خ.', {}],
      ['ui', 'Written ow.', { lang: 'en', dir: 'ltr' }],
    ]);
    expect(buildPhrasebook(phraseInput(), 'ar', localizer).sounds).toEqual([]);
  });
  it('refuses a pronunciation text for a sound that does not exist', () => {
    const translations = new Map(phraseTranslations);
    translations.set('en', { ...phraseTranslations.get('en')!, sounds: { zz: 'x' } });
    expect(() => buildPhrasebook(phraseInput({ translations }), 'en', localizer)).toThrow(
      /content\/taalgids\/translations\/en\.json: field "sounds" has "zz", which is not a sound of content\/taalgids\/sounds\.json/,
    );
  });
  it('shows a phrase translated nowhere with its Dutch only, and the notice names Dutch', () => {
    const book = buildPhrasebook(phraseInput({ phrases: [...phrases, { id: 'nieuw', theme: 'school', nl: 'Nieuw.' }] }), 'tr', localizer);
    expect(book.themes.find((theme) => theme.id === 'school')!.phrases[0]!.translation).toBeUndefined();
    expect(book.fallbackLanguages).toEqual(['en', 'nl']);
  });
  it('gives Dutch readers the phrases without translation and without a notice', () => {
    const dutch = buildPhrasebook(phraseInput(), 'nl', localizer);
    expect(dutch.themes[0]!.phrases[0]!.translation).toBeUndefined();
    expect(dutch.fallbackLanguages).toEqual([]);
  });
  it('refuses a translation file for an unknown language', () => {
    const translations = new Map([...phraseTranslations, ['xx', phraseTranslations.get('en')!]]);
    expect(() => buildPhrasebook(phraseInput({ translations }), 'ar', localizer)).toThrow(
      /content\/taalgids\/translations\/xx\.json: "xx" is not a language of the site/,
    );
  });
  it('refuses a translation of a phrase that does not exist', () => {
    const translations = new Map([...phraseTranslations, ['tr', { translation: 'draft' as const, themes: {}, phrases: { weg: { text: 'x', say: 'y' } } }]]);
    expect(() => buildPhrasebook(phraseInput({ translations }), 'tr', localizer)).toThrow(
      /translations\/tr\.json: field "phrases" has "weg", which is not a phrase/,
    );
  });
  it('refuses a recording that does not exist, naming phrase and field', () => {
    const withAudio = [{ ...phrases[0]!, audio: 'audio/weg.mp3' }, phrases[1]!];
    expect(() => buildPhrasebook(phraseInput({ phrases: withAudio, audioExists: () => false }), 'ar', localizer)).toThrow(
      'content/taalgids/phrases.json: phrase "hallo" field "audio" is "audio/weg.mp3"; expected a file at public/audio/weg.mp3',
    );
  });
});

const groups = {
  identiteit: 'Identiteit',
  huwelijk: 'Huwelijk',
  kinderen: 'Kinderen',
  opleiding: 'Opleiding',
  werk: 'Werk',
  gezondheid: 'Gezondheid',
  rijbewijs: 'Rijbewijs',
};
const situations = { partner: 'Partner', kinderen: 'Kinderen', diplomas: 'Diploma', werk: 'Werk' };
const items = [
  { id: 'paspoort', group: 'identiteit' as const, situations: [], kinds: [] },
  { id: 'diploma', group: 'opleiding' as const, situations: ['diplomas' as const], kinds: ['diploma' as const] },
];
const source = [{ title: 'Bron', url: 'https://www.example.be/', consulted: '2026-12-02' }];
const rule = (id: string, countries: string[], kinds: DocumentKind[]): DocumentRuleData => ({
  id,
  countries,
  kinds,
  stamp: 'apostille',
  sources: source,
  needsCheck: [],
});
const rules = [
  rule('a-openbaar', ['a'], ['akte', 'openbaar']),
  rule('b-openbaar', ['b'], ['akte', 'openbaar']),
  rule('rest', ['a', 'b'], ['prive', 'diploma']),
];
const ruleTexts = {
  countries: { a: 'Land A', b: 'Land B' },
  kinds: { akte: 'Akte', openbaar: 'Openbaar', prive: 'Privé', diploma: 'Diploma' },
  rules: { 'a-openbaar': 'Apostille.', 'b-openbaar': 'Geen.', rest: 'Vraag.' },
};
const text = (title: string) => ({ title, what: `${title} what`, why: `${title} why` });
const checklistTranslations = new Map<string, ChecklistTranslationsData>([
  ['nl', { translation: 'source', groups, situations, items: { paspoort: text('Paspoort'), diploma: text('Diploma') }, ...ruleTexts }],
  [
    'en',
    { translation: 'draft', groups: { ...groups, opleiding: 'Education' }, situations, items: { paspoort: text('Passport'), diploma: text('Diploma EN') } },
  ],
  // Arabic lacks the name of the education group and the diploma's texts.
  [
    'ar',
    {
      translation: 'draft',
      groups: { identiteit: 'الهوية' },
      situations: { partner: 'الشريك' },
      items: { paspoort: text('جواز السفر') },
      countries: { a: 'البلد أ', b: 'البلد ب' },
      kinds: { akte: 'وثيقة', openbaar: 'رسمية', prive: 'خاصة', diploma: 'شهادة' },
      rules: { 'a-openbaar': 'أبوستيل.', 'b-openbaar': 'لا شيء.', rest: 'اسألوا.' },
    },
  ],
]);

describe('the checklist', () => {
  const arabic = buildChecklist({ items, rules, translations: checklistTranslations, fileOf }, 'ar', localizer);
  const education = arabic.groups.find((group) => group.id === 'opleiding')!;

  it('names a group missing in Arabic in English, marked, instead of showing its Dutch id', () => {
    expect(education.name).toMatchObject({ value: 'Education', lang: 'en', attrs: { lang: 'en', dir: 'ltr' } });
  });
  it('shows an item missing in Arabic in English, marked, and the notice names English', () => {
    expect(education.items[0]!.text).toMatchObject({ value: text('Diploma EN'), attrs: { lang: 'en', dir: 'ltr' } });
    expect(arabic.fallbackLanguages).toEqual(['en']);
  });
  it('keeps language-independent facts from items.json', () => {
    expect(education.items[0]).toMatchObject({ id: 'diploma', kinds: ['diploma'], situations: ['diplomas'] });
  });
  it('gives each country its own rules and shows a rule shared by every country once', () => {
    expect(arabic.rules.countries.map((country) => [country.id, country.name.value, country.rules.map((shown) => shown.id)])).toEqual([
      ['a', 'البلد أ', ['a-openbaar']],
      ['b', 'البلد ب', ['b-openbaar']],
    ]);
    expect(arabic.rules.everyCountry.map((shown) => [shown.id, shown.text.value])).toEqual([['rest', 'اسألوا.']]);
    expect(arabic.rules.kinds.map((kind) => kind.name.value)).toEqual(['وثيقة', 'رسمية', 'خاصة', 'شهادة']);
  });
  it('refuses rules that leave a country without a rule for a kind of document, or give it two', () => {
    const missing = rules.filter((each) => each.id !== 'b-openbaar');
    expect(() =>
      buildChecklist({ items, rules: [...missing, rule('b-akte', ['b'], ['akte'])], translations: checklistTranslations, fileOf }, 'nl', localizer),
    ).toThrow('content/rugzak/rules.json: country "b" has no rule for documents of kind "openbaar"; expected exactly one');
    expect(() =>
      buildChecklist({ items, rules: [...rules, rule('a-twee', ['a'], ['akte'])], translations: checklistTranslations, fileOf }, 'nl', localizer),
    ).toThrow('content/rugzak/rules.json: country "a" has 2 rules ("a-openbaar", "a-twee") for documents of kind "akte"; expected exactly one');
  });
  it('refuses a text for a rule that does not exist', () => {
    const translations = new Map([
      ...checklistTranslations,
      ['tr', { translation: 'draft' as const, groups: {}, situations: {}, items: {}, rules: { weg: 'x' } }],
    ]);
    expect(() => buildChecklist({ items, rules, translations, fileOf }, 'tr', localizer)).toThrow(
      /content\/rugzak\/translations\/tr\.json: field "rules" has "weg", which is not a rule of content\/rugzak\/rules\.json/,
    );
  });
  it('refuses a text for an item that does not exist', () => {
    const translations = new Map([...checklistTranslations, ['tr', { translation: 'draft' as const, groups: {}, situations: {}, items: { weg: text('x') } }]]);
    expect(() => buildChecklist({ items, rules, translations, fileOf }, 'tr', localizer)).toThrow(
      /content\/rugzak\/translations\/tr\.json: field "items" has "weg", which is not an item/,
    );
  });
  it('refuses a translation file for an unknown language', () => {
    const translations = new Map([...checklistTranslations, ['xx', checklistTranslations.get('en')!]]);
    expect(() => buildChecklist({ items, rules, translations, fileOf }, 'nl', localizer)).toThrow(
      /rugzak\/translations\/xx\.json: "xx" is not a language of the site/,
    );
  });
});
