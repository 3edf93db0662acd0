// PublisherDetails: only confirmed details are shown, each source with its date; addresses and
// the agency's name run left to right in Arabic; the official links are plain links.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import PublisherDetails from './PublisherDetails.astro';
import { examples } from './PublisherDetails.examples';

describe('PublisherDetails', () => {
  it('an Arabic reader: the Dutch name and the addresses run left to right; the date is written as in Morocco', async () => {
    const root = parseHtml(await renderExample(PublisherDetails, examples.arabicReader));
    expect(languageAt(root, 'Agentschap Integratie en Inburgering', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'info@example.be', 'ar').dir).toBe('ltr');
    expect(root.querySelector('a[href="mailto:info@example.be"]')).not.toBeNull();
    expect(root.querySelector('.publisher__address')?.attributes).toMatchObject({ lang: 'nl', dir: 'ltr' });
    // Consulted on 1 December: "دجنبر" (not "ديسمبر") is the month as Moroccan readers write it.
    expect(root.querySelector('.publisher__sources')?.text).toContain('1 دجنبر 2026');
    expect(root.querySelectorAll('.publisher__sources a').every((link) => link.getAttribute('dir') === 'ltr')).toBe(true);
  });

  it('a detail still to check is not shown; links lead out as plain links, with the host named', async () => {
    const root = parseHtml(await renderExample(PublisherDetails, examples.dutchReader));
    expect(root.querySelectorAll('dt').map((term) => term.text.trim())).toEqual(['Website', 'Postadres', 'E-mail', 'Contactpagina']);
    expect(root.querySelector('a[href^="tel:"]')).toBeNull();
    const links = root.querySelectorAll('.publisher__links li');
    expect(links.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual(['https://www.example.be/', 'https://naric.example.be/']);
    expect(links[1]?.text).toContain('(naric.example.be)');
    // Its own stylesheet is the one link (a file of the site: tests/dist/stylesheets.test.ts).
    const own = (element: { tagName: string; getAttribute: (name: string) => string | undefined }) =>
      element.tagName === 'LINK' && element.getAttribute('rel') === 'stylesheet';
    expect(root.querySelectorAll('[target], [rel~="prefetch"], link, img, script').filter((element) => !own(element))).toHaveLength(0);
    expect(root.querySelector('.publisher__sources')?.text).toContain('Overgenomen van example.be op 2 december 2026.');
  });

  itPassesAxe(PublisherDetails, examples);
});
