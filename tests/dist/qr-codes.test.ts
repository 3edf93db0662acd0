// Every QR code of the partners' link kit, decoded from pixels (PNG as is, SVG rasterised),
// points to the absolute address shown beside it, on the configured site (SITE_URL). The same
// gate over a small broken kit must fail, so it cannot pass by checking nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site-env';
import { distDir } from '../support/dist';
import { qrCodeProblems } from '../support/gates/qr-codes';

describe('QR codes of the link kit', () => {
  it('each decodes to the address on its row, a page of this site', async () => {
    const started = Date.now();
    const { checked, problems } = await qrCodeProblems(distDir, siteUrl);
    expect(problems).toEqual([]);
    // Ten languages × (home + main menu) + the short links, each as SVG and PNG.
    expect(checked).toBeGreaterThanOrEqual(2 * (10 * 5 + 3));
    console.log(`QR codes: ${checked} decoded in ${Date.now() - started} ms`);
  });

  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-broken-'));
  afterAll(() => fs.rmSync(broken, { recursive: true, force: true }));

  it('fails on a code that leads elsewhere, a missing file, a dead page and a file in no kit', async () => {
    const site = 'https://example.be';
    const write = (file: string, data: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(broken, file)), { recursive: true });
      fs.writeFileSync(path.join(broken, file), data);
    };
    const row = (page: string, name: string) =>
      `<tr><th>x</th><td><a href="${page}">${site}${page}</a></td><td><a href="/downloads/qr/${name}.svg">SVG</a> <a href="/downloads/qr/${name}.png">PNG</a></td></tr>`;
    write('nl/index.html', '<p>home</p>');
    write(
      'nl/partners/index.html',
      `<section id="link-kit"><table><tbody>${row('/nl/', 'nl/index')}${row('/nl/weg/', 'nl/weg')}</tbody></table></section>`,
    );
    write('downloads/qr/nl/index.svg', await QRCode.toString(`${site}/nl/`, { type: 'svg' }));
    write('downloads/qr/nl/index.png', await QRCode.toBuffer('https://elders.example/nl/', { type: 'png' }));
    write('downloads/qr/nl/weg.svg', await QRCode.toString(`${site}/nl/weg/`, { type: 'svg' }));
    write('downloads/qr/nl/extra.png', await QRCode.toBuffer(`${site}/nl/`, { type: 'png' }));
    const { problems } = await qrCodeProblems(broken, site);
    expect(problems).toEqual([
      '/nl/partners/index.html: https://example.be/nl/: /downloads/qr/nl/index.png holds https://elders.example/nl/',
      '/nl/partners/index.html: https://example.be/nl/weg/: no such page in the site',
      '/nl/partners/index.html: https://example.be/nl/weg/: /downloads/qr/nl/weg.png does not exist',
      '/downloads/qr/nl/extra.png: in no page\'s link kit',
    ]);
  });
});
