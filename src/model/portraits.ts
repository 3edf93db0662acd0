// The testimonials' portraits: src/assets/portraits/<name>.svg, drawn for this site (no
// photographs), rasterised by astro:assets to AVIF and WebP where they are shown.
import type { ImageMetadata } from 'astro';

const files = import.meta.glob<{ default: ImageMetadata }>('../assets/portraits/*.svg', { eager: true });

export const portraits: Record<string, ImageMetadata> = Object.fromEntries(
  Object.entries(files).map(([file, module]) => [file.replace(/^.*\/|\.svg$/g, ''), module.default]),
);
