// The pages allowed to ship JavaScript, derived from the content: every page whose Dutch
// source declares a tool that needs it (src/tools/names.ts, INTERACTIVE_TOOLS), in every
// language, plus the language chooser at / (it points out the browser's language).
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE } from '../../src/i18n/config';
import { localizedPath, splitEntryId } from '../../src/i18n/paths';
import { pageSchema } from '../../src/model/schemas';
import { readMdx } from '../../src/report/mdx-file';
import { INTERACTIVE_TOOLS } from '../../src/tools/names';

export function interactivePages(contentDir: string, languages: readonly string[]): string[] {
  const sourceDir = path.join(contentDir, DEFAULT_LOCALE);
  const slugs = fs
    .readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => {
      const { tools } = pageSchema.parse(readMdx(path.join(sourceDir, file)).frontMatter);
      return tools.some((tool) => INTERACTIVE_TOOLS.includes(tool));
    })
    .map(
      (file) =>
        splitEntryId(
          `${DEFAULT_LOCALE}/${file
            .split(path.sep)
            .join('/')
            .replace(/\.mdx$/, '')}`,
        ).slug,
    );
  return ['/', ...languages.flatMap((lang) => slugs.map((slug) => localizedPath(lang, slug)))];
}
