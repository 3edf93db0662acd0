// SiteHeader: each example rendered over the mocked content's menu, the menu's languages and
// current section checked, and axe over every example.
import { describe, expect, it, vi } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import SiteHeader from './SiteHeader.astro';
import { examples } from './SiteHeader.examples';

vi.mock('../../model/pages', async () => {
  const { examplePages } = await import('../../../tests/support/example-content');
  const { menuPages, toolPage } = await import('../../model/site-pages');
  return {
    getMenuPages: async (lang: string, menu: 'main' | 'footer') => menuPages(examplePages, lang, menu),
    getToolPage: async (lang: string, tool: 'search') => toolPage(examplePages, lang, tool),
  };
});

describe('SiteHeader', () => {
  it('an Arabic reader: sections shown in English or Dutch carry lang and dir="ltr"; the section of the page is current', async () => {
    const root = parseHtml(await renderExample(SiteHeader, examples.arabicReaderInASection));
    const menu = root.querySelectorAll('.site-header__nav a');
    expect(menu.map((link) => [link.text, link.getAttribute('href'), link.getAttribute('aria-current')])).toEqual([
      ['حزمة البداية', '/ar/gids/', 'true'],
      ['The film', '/ar/film/', undefined],
      ['Verkiezingen', '/ar/stemmen/', undefined],
    ]);
    expect(languageAt(root, 'حزمة البداية', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'The film', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'Verkiezingen', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(root.querySelector('.site-header__name')?.getAttribute('href')).toBe('/ar/');
  });

  it('a Dutch reader on a section page: that section is the current page, and no link carries lang', async () => {
    const root = parseHtml(await renderExample(SiteHeader, examples.dutchReaderOnASectionPage));
    const menu = root.querySelectorAll('.site-header__nav a');
    expect(menu.map((link) => [link.text, link.getAttribute('aria-current'), link.getAttribute('lang')])).toEqual([
      ['Startgids', 'page', undefined],
      ['De film', undefined, undefined],
      ['Verkiezingen', undefined, undefined],
    ]);
  });

  itPassesAxe(SiteHeader, examples);
});
