// After each build, says how many pages carry facts that an editor still has to check and
// how many translations are drafts, so nobody publishes without seeing it.
import type { AstroIntegration } from 'astro';
import { contentReport } from '../report/content-report.ts';
import { contentDir, localesDir } from '../site-env.ts';

export function contentStatus(): AstroIntegration {
  return {
    name: 'content-status',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const report = contentReport({ contentDir, localesDir });
        const rows = Object.values(report.languages);
        const drafts = rows.reduce((sum, row) => sum + row.draft, 0);
        const fallbacks = rows.reduce((sum, row) => sum + row.fallback, 0);
        const values = rows.reduce((sum, row) => sum + Object.values(row.missing).flat().length, 0);
        const sourceFiles = report.needsCheck.filter((entry) => entry.file.includes('/nl/') || entry.file.endsWith('.json'));
        logger.warn(
          `${sourceFiles.length} Dutch pages or data files carry facts that need an editor's check; ${drafts} translated pages are unchecked drafts; ${fallbacks} pages and ${values} texts fall back to another language. Details: npm run content:report`,
        );
      },
    },
  };
}
