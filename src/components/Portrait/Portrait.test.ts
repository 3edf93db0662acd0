// Portrait: each example rendered. A <picture> with AVIF and WebP at 1x and 2x, an <img> with
// width and height (no layout shift), lazy unless on top; the alt text in the reader's language
// or marked with the language it falls back to; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, parseHtml, renderExample } from '../../../tests/support/component-tests';
import Portrait from './Portrait.astro';
import { examples } from './Portrait.examples';

describe('Portrait', () => {
  it('an Arabic reader: the Dutch alt text marked nl and ltr; on top of the page it loads eagerly, 160 px, AVIF then WebP', async () => {
    const root = parseHtml(await renderExample(Portrait, examples.arabicReaderWithDutchAlt));
    const img = root.querySelector('picture img');
    expect(img?.attributes).toMatchObject({
      alt: 'Tekening van een vrouw met kort haar en een bril.',
      lang: 'nl',
      dir: 'ltr',
      width: '160',
      height: '160',
      loading: 'eager',
      class: 'portrait',
    });
    expect(img?.getAttribute('src')).toMatch(/elif\.svg.*f=webp/);
    const sources = root.querySelectorAll('picture source');
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) expect(source.getAttribute('srcset')).toMatch(/ 2x$/);
  });

  it('a Dutch reader in the list: the Dutch alt text carries no lang; 96 px, lazy', async () => {
    const img = parseHtml(await renderExample(Portrait, examples.dutchReaderInList)).querySelector('picture img');
    expect(img?.attributes).toMatchObject({ alt: 'Tekening van een vrouw met kort haar en een bril.', width: '96', height: '96', loading: 'lazy' });
    expect(img?.attributes).not.toHaveProperty('lang');
    expect(img?.attributes).not.toHaveProperty('dir');
  });

  itPassesAxe(Portrait, examples);
});
