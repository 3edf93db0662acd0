// SiteFooter: each example rendered over the mocked content's footer menu, the links'
// languages and the printed address checked, and axe over every example.
import { describe, expect, it, vi } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import SiteFooter from './SiteFooter.astro';
import { examples } from './SiteFooter.examples';
import * as exampleContent from '../../../tests/support/example-content';

vi.mock('../../model/pages', async () => {
  const { examplePages } = await import('../../../tests/support/example-content');
  const { menuPages } = await import('../../model/site-pages');
  return { getMenuPages: async (lang: string, menu: 'main' | 'footer') => menuPages(examplePages, lang, menu), getSitePages: async () => examplePages };
});
// The rest of the module stays real: the example content parses its publisher with it. The
// example publisher is read when the footer renders, once both modules are loaded.
vi.mock('../../model/publisher', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../model/publisher')>()),
  loadPublisher: () => exampleContent.examplePublisher,
}));

describe('SiteFooter', () => {
  it('an Arabic reader: the Dutch page in the footer carries lang="nl" dir="ltr"; the printed address runs left to right', async () => {
    const root = parseHtml(await renderExample(SiteFooter, examples.arabicReaderWithDutchFallback));
    expect(root.querySelector('.site-footer__screen a')?.attributes).toMatchObject({ href: '/ar/colofon/', lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'Colofon', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    // Without a public address (SITE_URL unset, as in tests) paper shows the path, never localhost.
    expect(languageAt(root, '/ar/gids/boekje/', 'ar')).toEqual({ lang: 'ar', dir: 'ltr' });
    // The publisher, by its own Dutch name, left to right inside the Arabic sentence.
    expect(languageAt(root, 'Agentschap Integratie en Inburgering', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
  });

  it('a Dutch reader: the link carries no lang', async () => {
    const root = parseHtml(await renderExample(SiteFooter, examples.dutchReader));
    const link = root.querySelector('.site-footer__screen a')!;
    expect(link.getAttribute('href')).toBe('/nl/colofon/');
    expect(link.attributes).not.toHaveProperty('lang');
    expect(root.querySelector('.site-footer__print span[dir=ltr]')?.text).toBe('/nl/');
  });

  itPassesAxe(SiteFooter, examples);
});
