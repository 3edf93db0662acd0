// Where the site's interface strings and content live. Tests point these at fixture sets.
import path from 'node:path';

export const DEFAULT_LOCALE = 'nl';

export const localesDir = path.resolve(process.env.SITE_LOCALES_DIR ?? 'locales');
export const contentDir = path.resolve(process.env.SITE_CONTENT_DIR ?? 'content');
