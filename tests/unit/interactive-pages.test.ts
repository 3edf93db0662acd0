// The budget gate's JavaScript allow-list comes from the content's `tools:`.
import { describe, expect, it } from 'vitest';
import { interactivePages } from '../support/interactive-pages';

describe('pages allowed to ship JavaScript', () => {
  it('are those whose Dutch source declares an interactive tool, in every language, and the chooser', () => {
    expect(interactivePages('tests/e2e/fixtures/pack/content', ['nl', 'ar']).sort()).toEqual([
      '/',
      '/ar/pakket/',
      '/ar/pakket/rugzak/',
      '/ar/pakket/taalgids/',
      '/nl/pakket/',
      '/nl/pakket/rugzak/',
      '/nl/pakket/taalgids/',
    ]);
  });
  it('do not include a page whose tools need none', () => {
    expect(interactivePages('tests/e2e/fixtures/pack/content', ['nl'])).not.toContain('/nl/pakket/brochure/');
  });
});
