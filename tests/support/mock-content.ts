// Mocked content for in-process tests of the model: a few languages (Arabic right-to-left)
// and helpers that make valid entries, so each test states only what it is about.
import { createLocalizer } from '../../src/i18n/localized';
import type { LocaleInfo } from '../../src/i18n/messages';
import type { PageInput } from '../../src/model/site-pages';
import { pageSchema } from '../../src/model/schemas';

export const mockLanguages: LocaleInfo[] = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
];

export const localizer = createLocalizer(mockLanguages);

/** A content entry at content/<id>.mdx with valid front matter plus `fields`. */
export function entry(id: string, fields: Record<string, unknown> = {}): PageInput<string> {
  const lang = id.split('/')[0];
  const data = pageSchema.parse({
    title: `${id} title`,
    description: `${id}.`,
    lastReviewed: new Date('2026-12-01'),
    translation: lang === 'nl' ? 'source' : 'draft',
    ...fields,
  });
  return { id, file: `content/${id}.mdx`, data, entry: id };
}
