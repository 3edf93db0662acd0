// Leaflet: each example rendered. The date of the election data as a <time>, the QR code an
// image named by its caption that decodes (from pixels, as a phone reads it) to the same page
// in the reader's language on the site's address, the address left-to-right; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import { decodeQr } from '../../../tests/support/qr';
import { siteUrl } from '../../site-env';
import Leaflet from './Leaflet.astro';
import { examples } from './Leaflet.examples';

describe('Leaflet', () => {
  it('an Arabic reader: the data’s date in Arabic, the caption in Arabic, the address left-to-right, the QR code to the Arabic page', async () => {
    const root = parseHtml(await renderExample(Leaflet, examples.arabicReader));
    const time = root.querySelector('aside.leaflet > p time');
    expect(time?.getAttribute('datetime')).toBe('2035-11-20');
    expect(time?.text).toBe('20 نونبر 2035');
    expect(root.querySelector('aside.leaflet > p')?.text).toBe('تستخدم هذه النشرة بيانات الانتخابات بتاريخ 20 نونبر 2035.');
    expect(languageAt(root, 'هذه النشرة على الإنترنت، بلغتك:', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    const url = `${siteUrl}/ar/stemmen/`;
    // Tests build without SITE_URL: the caption prints the path, as a proof does.
    expect(languageAt(root, '/ar/stemmen/', 'ar').dir).toBe('ltr');
    expect(root.querySelector('#leaflet-qr-caption')?.text).not.toContain('localhost');
    const svg = root.querySelector('figure.leaflet__qr svg');
    expect(svg?.attributes).toMatchObject({ role: 'img', 'aria-labelledby': 'leaflet-qr-caption', width: '120', height: '120' });
    expect(root.querySelector('#leaflet-qr-caption')?.tagName).toBe('FIGCAPTION');
    expect(await decodeQr(Buffer.from(svg!.toString()))).toBe(url);
  });

  it('a Dutch reader: the Dutch sentence and caption carry no lang; the QR code leads to the Dutch page', async () => {
    const root = parseHtml(await renderExample(Leaflet, examples.dutchReader));
    expect(root.querySelector('aside.leaflet > p')?.text.replace(/\s+/g, ' ').trim()).toMatch(/20 november 2035/);
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
    expect(await decodeQr(Buffer.from(root.querySelector('figure.leaflet__qr svg')!.toString()))).toBe(`${siteUrl}/nl/stemmen/`);
  });

  itPassesAxe(Leaflet, examples);
});
