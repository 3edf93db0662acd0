// The site's default language. (Where content and strings live: src/site-env.ts.)
export const DEFAULT_LOCALE = 'nl';
