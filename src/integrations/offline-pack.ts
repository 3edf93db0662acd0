// After `astro build`: the offline pack's service worker and the size shown on the page that
// offers it (src/offline/offline-pack.ts). Every build makes it (npm run build, the fixture
// builds), so a site that shows the tool never lacks its worker; scripts/make-pdfs.mjs runs
// the step again once the PDFs exist, to count and store them too.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatSize } from '../../scripts/pdf-meta.mjs';
import { writeOfflinePack } from '../offline/offline-pack.ts';

export function offlinePack(): AstroIntegration {
  return {
    name: 'offline-pack',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const packs = writeOfflinePack(fileURLToPath(dir));
        if (packs.length)
          logger.info(`${packs.length} packs, ${packs[0]!.files.length} files and ${formatSize('en', packs[0]!.bytes)} in ${packs[0]!.lang} (sw.js)`);
      },
    },
  };
}
