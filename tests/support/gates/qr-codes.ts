// The partners' link kit in a built site: every QR code under /downloads/qr/ decodes (from
// pixels, as a phone reads it: the PNG as it is, the SVG rasterised with sharp) to the absolute
// address its row on the kit's page shows, on the configured site, of a page that exists; and
// every QR file is in some page's kit, so none goes untested.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { decodeQr } from '../qr';
import { listFiles, resolvePath } from '../dist';

export interface QrResult {
  /** QR files checked. */
  checked: number;
  problems: string[];
}

export async function qrCodeProblems(dir: string, site: string): Promise<QrResult> {
  const problems: string[] = [];
  const files = listFiles(dir);
  const qrFiles = new Set(files.filter((file) => file.startsWith('downloads/qr/')).map((file) => `/${file}`));
  const kits = files.filter((file) => file.endsWith('.html') && fs.readFileSync(path.join(dir, file), 'utf8').includes('id="link-kit"'));
  if (!kits.length) problems.push('no page with a link kit (section#link-kit)');
  const linked = new Set<string>();
  let checked = 0;
  for (const file of kits) {
    const root = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const row of root.querySelectorAll('#link-kit tbody tr')) {
      const [page, ...codes] = row.querySelectorAll('a').map((link) => link.getAttribute('href') ?? '');
      const url = row.querySelector('td a')?.text.trim() ?? '';
      const where = `/${file}: ${url}`;
      if (new URL(page!, site).href !== url) problems.push(`${where}: the row links ${page}, not the address it shows`);
      if (!url.startsWith(new URL('/', site).href)) problems.push(`${where}: not on the configured site ${site}`);
      if (!resolvePath(new URL(url).pathname, dir)) problems.push(`${where}: no such page in the site`);
      if (codes.length !== 2) problems.push(`${where}: expected an SVG and a PNG, found ${codes.length} links`);
      for (const code of codes) {
        linked.add(code);
        if (linked.has(`${code}#checked`)) continue;
        linked.add(`${code}#checked`);
        const image = resolvePath(code, dir);
        if (!image) {
          problems.push(`${where}: ${code} does not exist`);
          continue;
        }
        checked += 1;
        // The 600-pixel PNG at 256 pixels (about seven per module, more than a phone camera needs): eight times faster to decode.
        const bytes = fs.readFileSync(image);
        const decoded = await decodeQr(
          code.endsWith('.png') ? await sharp(bytes).resize(256, 256, { fit: 'inside', kernel: 'nearest' }).png().toBuffer() : bytes,
        );
        if (decoded !== url) problems.push(`${where}: ${code} holds ${decoded === undefined ? 'no readable QR code' : decoded}`);
      }
    }
  }
  for (const file of qrFiles) if (!linked.has(file)) problems.push(`${file}: in no page's link kit`);
  return { checked, problems };
}
