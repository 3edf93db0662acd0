// The chapter illustrations: src/assets/illustrations/<name>.svg, drawn for this site.
import type { ImageMetadata } from 'astro';

const files = import.meta.glob<{ default: ImageMetadata }>('../assets/illustrations/*.svg', { eager: true });

export const illustrations: Record<string, ImageMetadata> = Object.fromEntries(
  Object.entries(files).map(([file, module]) => [file.replace(/^.*\/|\.svg$/g, ''), module.default]),
);

/** The illustration called `name`, or an error naming the page, the field and the files there are. */
export function illustration(name: string, pageFile: string): ImageMetadata {
  const found = illustrations[name];
  if (!found) {
    throw new Error(
      `${pageFile}: field "illustration.name" is "${name}", but src/assets/illustrations/${name}.svg does not exist; expected one of: ${Object.keys(illustrations).sort().join(', ') || '(none yet)'}`,
    );
  }
  return found;
}
