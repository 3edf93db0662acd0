// Named props for HelpDirectory, from the directory model (src/model/help-directory.ts) over
// small mocked data: an Arabic reader for whom one description and one group name fall back to
// English and one description to Dutch, and a Dutch reader.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { localizer } from '../../../tests/support/mock-content';
import { buildHelpDirectory, type HelpDirectoryInput } from '../../model/help-directory';
import { helpGroups, helpPlaceSchema, helpRegions } from '../../model/schemas';
import type HelpDirectory from './HelpDirectory.astro';

const source = { title: 'Over 1712 (hulplijn 1712)', url: 'https://www.1712.be/nl/over-1712', consulted: '2026-12-02' };
const names = (words: Record<string, string>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((key) => key in words).map((key) => [key, words[key]!]));
const dutchGroups = { nood: 'In nood', hulplijn: 'Hulplijnen', inburgering: 'Inburgering', verblijf: 'Verblijf', werk: 'Werk', welzijn: 'Welzijn' };
const dutchRegions = {
  belgie: 'heel België',
  vlaanderen: 'Vlaanderen',
  brussel: 'Brussel',
  'vlaanderen-en-brussel': 'Vlaanderen en Brussel',
  antwerpen: 'stad Antwerpen',
  gent: 'stad Gent',
};

const input: HelpDirectoryInput = {
  places: [
    { id: 'noodnummer-112', group: 'nood', region: 'belgie', name: '112', phone: '112' },
    { id: 'hulplijn-1712', group: 'hulplijn', region: 'vlaanderen-en-brussel', name: '1712', phone: '1712', web: 'https://www.1712.be' },
    {
      id: 'dienst-vreemdelingenzaken',
      group: 'verblijf',
      region: 'belgie',
      name: 'Dienst Vreemdelingenzaken',
      phone: '02 488 80 00',
      address: 'Pachecolaan 44, 1000 Brussel',
    },
    { id: 'amal', group: 'inburgering', region: 'gent', name: 'Amal', needsCheck: ['Het adres van Amal.'] },
  ].map((place) => helpPlaceSchema.parse({ ...place, sources: [source] })),
  translations: new Map([
    [
      'nl',
      {
        translation: 'source' as const,
        groups: dutchGroups,
        regions: dutchRegions,
        places: {
          'noodnummer-112': { description: 'Ambulance of brandweer.' },
          'hulplijn-1712': { description: 'Vragen over geweld.' },
          'dienst-vreemdelingenzaken': { description: 'Beslist over uw verblijf.' },
          amal: { description: 'Inburgering in Gent.' },
        },
      },
    ],
    [
      'en',
      {
        translation: 'draft' as const,
        groups: { hulplijn: 'Helplines' },
        regions: {},
        places: { 'hulplijn-1712': { description: 'Questions about violence.' } },
      },
    ],
    [
      'ar',
      {
        translation: 'draft' as const,
        groups: names({ nood: 'الطوارئ', inburgering: 'الاندماج المدني', verblijf: 'الإقامة', werk: 'العمل', welzijn: 'الرعاية الاجتماعية' }, helpGroups),
        regions: names({ belgie: 'كل بلجيكا', 'vlaanderen-en-brussel': 'فلاندرن وبروكسل', gent: 'مدينة غنت' }, helpRegions),
        places: { 'noodnummer-112': { description: 'سيارة إسعاف أو رجال الإطفاء.' }, 'dienst-vreemdelingenzaken': { description: 'تقرّر بشأن إقامتكم.' } },
      },
    ],
  ]),
  fileOf: (file) => `content/${file}`,
};

export const examples = {
  arabicReaderWithFallbacks: { reader: 'ar', props: { lang: 'ar', directory: buildHelpDirectory(input, 'ar', localizer) } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', directory: buildHelpDirectory(input, 'nl', localizer) } },
} satisfies ComponentExamples<typeof HelpDirectory>;
