// The document checklist for one reader, without Astro (the loader is in load.ts): items
// grouped, each text in the reader's language or along the site's one fallback order, per key
// (i18n/localized.ts).
import { noticeLanguages, type Localized, type Localizer } from '../i18n/localized.ts';
import { DATA_FILES, translationFile } from './data-files.ts';
import { checklistGroups, checklistSituations, type ChecklistItemData, type ChecklistTranslationsData } from './schemas.ts';

type ItemText = { title: string; what: string; why: string };

export interface ChecklistItem extends ChecklistItemData {
  text: Localized<ItemText>;
}

export interface Checklist {
  situations: { id: string; label: Localized<string> }[];
  groups: { id: string; name: Localized<string>; items: ChecklistItem[] }[];
  /** Languages other than the reader's that parts are shown in. */
  fallbackLanguages: string[];
}

export interface ChecklistInput {
  items: readonly ChecklistItemData[];
  translations: ReadonlyMap<string, ChecklistTranslationsData>;
  /** Names a file under content/, e.g. "rugzak/items.json", as errors show it. */
  fileOf: (file: string) => string;
}

export function buildChecklist({ items, translations, fileOf }: ChecklistInput, readerLang: string, localizer: Localizer): Checklist {
  if (items.length === 0)
    throw new Error(`${fileOf(DATA_FILES.checklistItems)}: no items found; expected a JSON array of { id, group, situations, legalisation, swornTranslation }`);
  localizer.checkLanguages([...translations.keys()].map((lang) => ({ lang, file: fileOf(translationFile(DATA_FILES.checklistTranslations, lang)) })));
  for (const [lang, data] of translations) {
    for (const id of Object.keys(data.items)) {
      if (!items.some((item) => item.id === id))
        throw new Error(
          `${fileOf(translationFile(DATA_FILES.checklistTranslations, lang))}: field "items" has "${id}", which is not an item of ${fileOf(DATA_FILES.checklistItems)}`,
        );
    }
  }
  const set = <V>(field: 'groups' | 'situations' | 'items', keys: readonly string[]) =>
    localizer.localizeSet<V>({
      dataset: `${DATA_FILES.checklistTranslations}/*.json "${field}"`,
      readerLang,
      keys,
      byLang: new Map([...translations].map(([lang, data]) => [lang, data[field] as Readonly<Record<string, V | undefined>>])),
    });
  const groupNames = set<string>('groups', checklistGroups);
  const situationLabels = set<string>('situations', checklistSituations);
  const texts = set<ItemText>(
    'items',
    items.map((item) => item.id),
  );
  return {
    situations: checklistSituations.map((id) => ({ id, label: situationLabels.get(id) })),
    groups: checklistGroups
      .map((id) => ({
        id,
        name: groupNames.get(id),
        items: items.filter((item) => item.group === id).map((item) => ({ ...item, text: texts.get(item.id) })),
      }))
      .filter((group) => group.items.length > 0),
    fallbackLanguages: noticeLanguages(readerLang, groupNames.fallbackLanguages, situationLabels.fallbackLanguages, texts.fallbackLanguages),
  };
}
