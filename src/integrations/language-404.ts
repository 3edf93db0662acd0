// Astro writes src/pages/[lang]/404.astro to <lang>/404/index.html. Static hosts and our
// servers look for <lang>/404.html, so move each there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function language404(): AstroIntegration {
  return {
    name: 'language-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of fs.readdirSync(out)) {
          const built = path.join(out, lang, '404', 'index.html');
          if (!fs.existsSync(built)) continue;
          fs.renameSync(built, path.join(out, lang, '404.html'));
          fs.rmdirSync(path.dirname(built));
        }
      },
    },
  };
}
