// The locale dates and numbers are written in, when it is not the language itself. Plain (no
// Astro, no i18next), so the pure models (model/elections.ts) and the site write dates alike.

/**
 * Arabic: as in Morocco, where most of the site's Arabic readers come from (the first
 * consulates): the month names used there (يوليوز, نونبر, not يوليو, نوفمبر) and Western digits,
 * as on Moroccan documents.
 */
export const DATE_LOCALES: Readonly<Record<string, string>> = { ar: 'ar-MA' };

/** The locale to give Intl for dates and numbers in `lang`. */
export const dateLocale = (lang: string): string => DATE_LOCALES[lang] ?? lang;
