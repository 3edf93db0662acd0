// Short links for the consulates of the first countries of the pack: /marokko/, /turkije/,
// /rusland/. Each names the languages of that country's readers; Dutch is always added.
export const COUNTRIES = [
  { slug: 'marokko', region: 'MA', languages: ['ar', 'fr'] },
  { slug: 'turkije', region: 'TR', languages: ['tr'] },
  { slug: 'rusland', region: 'RU', languages: ['ru'] },
] as const;
