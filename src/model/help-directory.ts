// The directory of places to go for help, for one reader, without Astro (the loader is in
// load.ts): places grouped in a fixed order, each description, group and region name in the
// reader's language or along the site's one fallback order (i18n/localized.ts).
import { noticeLanguages, type Localized, type Localizer } from '../i18n/localized.ts';
import { DATA_FILES, translationFile } from './data-files.ts';
import { helpGroups, helpRegions, type HelpPlaceData, type HelpTranslationsData } from './schemas.ts';

export interface HelpPlace extends HelpPlaceData {
  description: Localized<string>;
  regionName: Localized<string>;
  /** The phone number as a tel: link, e.g. "tel:024888000". */
  tel?: string;
}

export interface HelpDirectory {
  groups: { id: string; name: Localized<string>; places: HelpPlace[] }[];
  /** The newest date a source was consulted: the date the directory was last checked. */
  checked: Date;
  /** Languages other than the reader's that parts are shown in. */
  fallbackLanguages: string[];
}

export interface HelpDirectoryInput {
  places: readonly HelpPlaceData[];
  translations: ReadonlyMap<string, HelpTranslationsData>;
  /** Names a file under content/, e.g. "hulpadressen/places.json", as errors show it. */
  fileOf: (file: string) => string;
}

export function buildHelpDirectory({ places, translations, fileOf }: HelpDirectoryInput, readerLang: string, localizer: Localizer): HelpDirectory {
  const placesFile = fileOf(DATA_FILES.helpPlaces);
  if (places.length === 0)
    throw new Error(`${placesFile}: no places found; expected a JSON array of { id, group, region, name, phone, web, address, sources }`);
  const seen = new Set<string>();
  for (const place of places) {
    if (seen.has(place.id)) throw new Error(`${placesFile}: field "id" has "${place.id}" twice; expected one entry per place`);
    seen.add(place.id);
  }
  localizer.checkLanguages([...translations.keys()].map((lang) => ({ lang, file: fileOf(translationFile(DATA_FILES.helpTranslations, lang)) })));
  for (const [lang, data] of translations) {
    for (const id of Object.keys(data.places)) {
      if (!seen.has(id))
        throw new Error(`${fileOf(translationFile(DATA_FILES.helpTranslations, lang))}: field "places" has "${id}", which is not a place of ${placesFile}`);
    }
  }
  const set = <V>(field: 'groups' | 'regions' | 'places', keys: readonly string[]) =>
    localizer.localizeSet<V>({
      dataset: `${DATA_FILES.helpTranslations}/*.json "${field}"`,
      readerLang,
      keys,
      byLang: new Map([...translations].map(([lang, data]) => [lang, data[field] as Readonly<Record<string, V | undefined>>])),
    });
  const groupNames = set<string>('groups', helpGroups);
  const regionNames = set<string>('regions', helpRegions);
  const texts = set<{ description: string }>(
    'places',
    places.map((place) => place.id),
  );
  const description = (id: string): Localized<string> => {
    const text = texts.get(id);
    return { ...text, value: text.value.description };
  };
  const dates = places.flatMap((place) => place.sources.map((source) => source.consulted.getTime()));
  return {
    groups: helpGroups
      .map((id) => ({
        id,
        name: groupNames.get(id),
        places: places
          .filter((place) => place.group === id)
          .map((place) => ({
            ...place,
            description: description(place.id),
            regionName: regionNames.get(place.region),
            ...(place.phone ? { tel: `tel:${place.phone.replace(/\s/g, '')}` } : {}),
          })),
      }))
      .filter((group) => group.places.length > 0),
    checked: new Date(Math.max(...dates)),
    fallbackLanguages: noticeLanguages(readerLang, groupNames.fallbackLanguages, regionNames.fallbackLanguages, texts.fallbackLanguages),
  };
}
