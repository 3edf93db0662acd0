// The document checklist for one reader, without Astro (the loader is in load.ts): items
// grouped, each text in the reader's language or along the site's one fallback order, per key
// (i18n/localized.ts); and the rules per country and kind of document (rules.json), checked to
// give every country one rule for every kind.
import { noticeLanguages, type Localized, type Localizer } from '../i18n/localized.ts';
import { DATA_FILES, translationFile } from './data-files.ts';
import {
  checklistGroups,
  checklistSituations,
  documentKinds,
  type ChecklistItemData,
  type ChecklistTranslationsData,
  type DocumentKind,
  type DocumentRuleData,
} from './schemas.ts';

type ItemText = { title: string; what: string; why: string };

export interface ChecklistItem extends ChecklistItemData {
  text: Localized<ItemText>;
}

/** One rule as shown: its text, and the kinds of document it is for. */
export interface ShownRule {
  id: string;
  kinds: DocumentKind[];
  text: Localized<string>;
}

export interface DocumentRules {
  /** The countries a reader can choose, in the order of rules.json. */
  countries: { id: string; name: Localized<string>; rules: ShownRule[] }[];
  /** Rules that are the same for every country, shown once. */
  everyCountry: ShownRule[];
  kinds: { id: DocumentKind; name: Localized<string> }[];
}

export interface Checklist {
  situations: { id: string; label: Localized<string> }[];
  groups: { id: string; name: Localized<string>; items: ChecklistItem[] }[];
  rules: DocumentRules;
  /** Languages other than the reader's that parts are shown in. */
  fallbackLanguages: string[];
}

export interface ChecklistInput {
  items: readonly ChecklistItemData[];
  rules: readonly DocumentRuleData[];
  translations: ReadonlyMap<string, ChecklistTranslationsData>;
  /** Names a file under content/, e.g. "rugzak/items.json", as errors show it. */
  fileOf: (file: string) => string;
}

/** Every country of the rules, in order of first appearance; an error naming the file unless each has exactly one rule per kind. */
export function ruleCountries(rules: readonly DocumentRuleData[], file: string): string[] {
  if (rules.length === 0) throw new Error(`${file}: no rules found; expected a JSON array of { id, countries, kinds, stamp, sources }`);
  const countries = [...new Set(rules.flatMap((rule) => rule.countries))];
  for (const country of countries) {
    for (const kind of documentKinds) {
      const found = rules.filter((rule) => rule.countries.includes(country) && rule.kinds.includes(kind)).map((rule) => `"${rule.id}"`);
      if (found.length !== 1)
        throw new Error(
          `${file}: country "${country}" has ${found.length ? `${found.length} rules (${found.join(', ')})` : 'no rule'} for documents of kind "${kind}"; expected exactly one`,
        );
    }
  }
  return countries;
}

export function buildChecklist({ items, rules, translations, fileOf }: ChecklistInput, readerLang: string, localizer: Localizer): Checklist {
  if (items.length === 0) throw new Error(`${fileOf(DATA_FILES.checklistItems)}: no items found; expected a JSON array of { id, group, situations, kinds }`);
  const countryIds = ruleCountries(rules, fileOf(DATA_FILES.documentRules));
  localizer.checkLanguages([...translations.keys()].map((lang) => ({ lang, file: fileOf(translationFile(DATA_FILES.checklistTranslations, lang)) })));
  const known = { items: items.map((item) => item.id), rules: rules.map((rule) => rule.id), countries: countryIds };
  const sourceOf = { items: DATA_FILES.checklistItems, rules: DATA_FILES.documentRules, countries: DATA_FILES.documentRules };
  for (const [lang, data] of translations) {
    for (const field of ['items', 'rules', 'countries'] as const) {
      for (const id of Object.keys(data[field] ?? {})) {
        if (!known[field].includes(id))
          throw new Error(
            `${fileOf(translationFile(DATA_FILES.checklistTranslations, lang))}: field "${field}" has "${id}", which is not ${field === 'items' ? 'an item' : field === 'rules' ? 'a rule' : 'a country of a rule'} of ${fileOf(sourceOf[field])}`,
          );
      }
    }
  }
  const set = <V>(field: 'groups' | 'situations' | 'items' | 'countries' | 'kinds' | 'rules', keys: readonly string[]) =>
    localizer.localizeSet<V>({
      dataset: `${DATA_FILES.checklistTranslations}/*.json "${field}"`,
      readerLang,
      keys,
      byLang: new Map([...translations].map(([lang, data]) => [lang, (data[field] ?? {}) as Readonly<Record<string, V | undefined>>])),
    });
  const groupNames = set<string>('groups', checklistGroups);
  const situationLabels = set<string>('situations', checklistSituations);
  const texts = set<ItemText>(
    'items',
    items.map((item) => item.id),
  );
  const countryNames = set<string>('countries', countryIds);
  const kindNames = set<string>('kinds', documentKinds);
  const ruleTexts = set<string>(
    'rules',
    rules.map((rule) => rule.id),
  );
  const shown = (rule: DocumentRuleData): ShownRule => ({ id: rule.id, kinds: rule.kinds, text: ruleTexts.get(rule.id) });
  const forEveryCountry = (rule: DocumentRuleData) => countryIds.every((country) => rule.countries.includes(country));
  return {
    situations: checklistSituations.map((id) => ({ id, label: situationLabels.get(id) })),
    rules: {
      countries: countryIds.map((id) => ({
        id,
        name: countryNames.get(id),
        rules: rules.filter((rule) => rule.countries.includes(id) && !forEveryCountry(rule)).map(shown),
      })),
      everyCountry: rules.filter(forEveryCountry).map(shown),
      kinds: documentKinds.map((id) => ({ id, name: kindNames.get(id) })),
    },
    groups: checklistGroups
      .map((id) => ({
        id,
        name: groupNames.get(id),
        items: items.filter((item) => item.group === id).map((item) => ({ ...item, text: texts.get(item.id) })),
      }))
      .filter((group) => group.items.length > 0),
    fallbackLanguages: noticeLanguages(
      readerLang,
      groupNames.fallbackLanguages,
      situationLabels.fallbackLanguages,
      texts.fallbackLanguages,
      countryNames.fallbackLanguages,
      kindNames.fallbackLanguages,
      ruleTexts.fallbackLanguages,
    ),
  };
}
