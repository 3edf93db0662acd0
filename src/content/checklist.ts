// The document checklist for one reader: items grouped, with texts in the reader's language
// or the fallback language (see i18n/fallback.ts).
import { getCollection } from 'astro:content';
import { chooseContentLanguage } from '../i18n/fallback';
import { localeCodes } from '../i18n/locales';
import { checklistGroups, checklistSituations } from '../content.config';

export interface ChecklistItem {
  id: string;
  situations: string[];
  legalisation: boolean;
  swornTranslation: boolean;
  needsCheck: boolean;
  title: string;
  what: string;
  why: string;
}

export interface Checklist {
  lang: string;
  situations: { id: string; label: string }[];
  groups: { id: string; name: string; items: ChecklistItem[] }[];
}

export async function getChecklist(readerLang: string): Promise<Checklist> {
  const items = (await getCollection('checklistItems')).map((entry) => entry.data);
  if (items.length === 0) throw new Error('content/rugzak/items.json: no items found; expected a JSON array of { id, group, situations, legalisation, swornTranslation }');
  const translations = new Map((await getCollection('checklistTranslations')).map((entry) => [entry.id, entry.data]));
  for (const code of translations.keys()) {
    if (!localeCodes.includes(code)) throw new Error(`content/rugzak/translations/${code}.json: "${code}" is not a language of the site; expected one of ${localeCodes.join(', ')}`);
  }
  const lang = chooseContentLanguage(readerLang, new Set(translations.keys()));
  const strings = lang ? translations.get(lang) : undefined;
  if (!lang || !strings) throw new Error('content/rugzak/translations/nl.json: missing; expected the Dutch texts of the checklist');
  const missing = items.filter((item) => !strings.items[item.id]).map((item) => item.id);
  if (missing.length) throw new Error(`content/rugzak/translations/${lang}.json: field "items" has no text for ${missing.join(', ')}; expected { title, what, why } for every item in content/rugzak/items.json`);
  return {
    lang,
    situations: checklistSituations.map((id) => ({ id, label: strings.situations[id] ?? id })),
    groups: checklistGroups
      .map((id) => ({
        id,
        name: strings.groups[id] ?? id,
        items: items.filter((item) => item.group === id).map((item) => ({ ...item, ...strings.items[item.id]! })),
      }))
      .filter((group) => group.items.length > 0),
  };
}
