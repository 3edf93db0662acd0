// After `astro build`: removes files from _astro/ that nothing in the site names. Astro copies
// the original of an SVG it rasterises (the portraits, the film's poster) next to the AVIF and
// WebP it makes, and never deletes it (withastro/astro#13910, #15505): bytes on the server and
// in every deploy that no reader can reach. The dist gate (tests/dist/gates.test.ts) checks
// that none is left.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files that can name a build file: pages, styles, scripts and the data files scripts read. */
const TEXT_FILE = /\.(html|css|js|mjs|json|webmanifest|xml|txt|vtt)$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The files of <dir>/_astro/ (relative to dir) whose name appears in no text file of the site. */
export function findUnusedAssets(dir: string): string[] {
  const assetsDir = path.join(dir, '_astro');
  if (!fs.existsSync(assetsDir)) return [];
  const unused = new Set(fs.readdirSync(assetsDir).filter((name) => fs.statSync(path.join(assetsDir, name)).isFile()));
  if (unused.size === 0) return [];
  // One pass over each text file with every name at once; a name found is a name in use.
  const names = new RegExp([...unused].map(escapeRegExp).join('|'), 'g');
  const textFiles = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of textFiles) {
    for (const [name] of fs.readFileSync(file, 'utf8').matchAll(names)) unused.delete(name);
    if (unused.size === 0) break;
  }
  return [...unused].sort().map((name) => `_astro/${name}`);
}

export function unusedAssets(): AstroIntegration {
  return {
    name: 'unused-assets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const unused = findUnusedAssets(root);
        for (const file of unused) fs.rmSync(path.join(root, file));
        if (unused.length) logger.info(`removed ${unused.length} files no page uses: ${unused.join(', ')}`);
      },
    },
  };
}
