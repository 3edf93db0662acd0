// The document checklist for one reader: items grouped, each text in the reader's language or
// along the site's one fallback order, per key (i18n/localized.ts).
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../i18n/config';
import { noticeLanguages, type Localized } from '../i18n/localized';
import { localizer } from '../i18n/locales';
import { checklistGroups, checklistSituations } from '../content.config';

export interface ChecklistItem {
  id: string;
  situations: string[];
  legalisation: boolean;
  swornTranslation: boolean;
  needsCheck: boolean;
  text: Localized<{ title: string; what: string; why: string }>;
}

export interface Checklist {
  situations: { id: string; label: Localized<string> }[];
  groups: { id: string; name: Localized<string>; items: ChecklistItem[] }[];
  /** Languages other than the reader's that parts are shown in. */
  fallbackLanguages: string[];
}

const rel = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));

export async function getChecklist(readerLang: string): Promise<Checklist> {
  const items = (await getCollection('checklistItems')).map((entry) => entry.data);
  if (items.length === 0) throw new Error(`${rel('rugzak/items.json')}: no items found; expected a JSON array of { id, group, situations, legalisation, swornTranslation }`);
  const translations = new Map((await getCollection('checklistTranslations')).map((entry) => [entry.id, entry.data]));
  localizer.checkLanguages([...translations.keys()].map((lang) => ({ lang, file: rel(`rugzak/translations/${lang}.json`) })));
  for (const [lang, data] of translations) {
    for (const id of Object.keys(data.items)) {
      if (!items.some((item) => item.id === id)) throw new Error(`${rel(`rugzak/translations/${lang}.json`)}: field "items" has "${id}", which is not an item of ${rel('rugzak/items.json')}`);
    }
  }
  const set = <V>(field: 'groups' | 'situations' | 'items', keys: readonly string[]) =>
    localizer.localizeSet<V>({
      dataset: `content/rugzak/translations/*.json "${field}"`,
      readerLang,
      keys,
      byLang: new Map([...translations].map(([lang, data]) => [lang, data[field] as Record<string, V>])),
    });
  const groupNames = set<string>('groups', checklistGroups);
  const situationLabels = set<string>('situations', checklistSituations);
  const texts = set<{ title: string; what: string; why: string }>('items', items.map((item) => item.id));

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
