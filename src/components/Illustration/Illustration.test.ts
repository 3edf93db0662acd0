// Illustration: each example rendered, the image's alt text and its language checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, parseHtml, renderExample } from '../../../tests/support/component-tests';
import Illustration from './Illustration.astro';
import { examples } from './Illustration.examples';

describe('Illustration', () => {
  it('an Arabic reader: the English alt text carries lang="en" dir="ltr"', async () => {
    const img = parseHtml(await renderExample(Illustration, examples.arabicReaderWithEnglishAlt)).querySelector('figure img');
    expect(img?.attributes).toMatchObject({ alt: 'A family arrives at the town hall.', lang: 'en', dir: 'ltr', width: '320', height: '200' });
  });

  it('a Dutch reader: the Dutch alt text carries no lang', async () => {
    const img = parseHtml(await renderExample(Illustration, examples.dutchReader)).querySelector('figure img');
    expect(img?.getAttribute('alt')).toBe('Een gezin komt aan bij het gemeentehuis.');
    expect(img?.attributes).not.toHaveProperty('lang');
    expect(img?.attributes).not.toHaveProperty('dir');
  });

  it('the SVG itself, no processed copy; lazy by default, eager with high priority above the fold', async () => {
    const lazy = parseHtml(await renderExample(Illustration, examples.dutchReader)).querySelector('figure img');
    expect(lazy?.getAttribute('src')).toMatch(/\.svg(\?|$)/);
    expect(lazy?.getAttribute('src')).not.toContain('/_image');
    expect(lazy?.attributes).toMatchObject({ loading: 'lazy' });
    expect(lazy?.attributes).not.toHaveProperty('fetchpriority');
    const eager = parseHtml(await renderExample(Illustration, examples.aboveTheFold)).querySelector('figure img');
    expect(eager?.attributes).toMatchObject({ fetchpriority: 'high' });
    expect(eager?.attributes).not.toHaveProperty('loading');
  });

  it('a drawing that does not exist fails, naming the file and the field', async () => {
    const example = { ...examples.dutchReader, props: { ...examples.dutchReader.props, name: 'weg' } };
    await expect(renderExample(Illustration, example)).rejects.toThrow(/content\/nl\/gids\/boekje\/aankomst\.mdx: field "illustration\.name" is "weg"/);
  });

  itPassesAxe(Illustration, examples);
});
