// Reads QR codes the way a phone would: from pixels. PDFs are rendered to PNG with pdftoppm
// (poppler-utils), images are decoded with sharp, and jsQR finds and decodes the code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text of the QR code in an image (PNG, SVG…), or undefined if there is none. */
export async function decodeQr(image: Buffer | string): Promise<string | undefined> {
  // A white margin, as on paper, and enough pixels per module for a small SVG.
  const { data, info } = await sharp(image, { density: 300 })
    .flatten({ background: '#ffffff' })
    .extend({ top: 20, bottom: 20, left: 20, right: 20, background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Codes are printed dark on light: not trying the inverted image halves the time.
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height, { inversionAttempts: 'dontInvert' })?.data;
}

/** The text of the first QR code found on the pages of a PDF, from its last page back (where leaflets print it). */
export async function decodePdfQr(pdf: string): Promise<string | undefined> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-qr-'));
  try {
    // 150 dpi: about five pixels per module for a 3 cm code, less than a phone camera sees at
    // arm's length (at 100 dpi, three pixels, jsQR missed one of twenty leaflets).
    const result = spawnSync('pdftoppm', ['-r', '150', '-gray', '-png', pdf, path.join(dir, 'page')], { encoding: 'utf8' });
    if (result.error) throw new Error('pdftoppm is missing (Debian: poppler-utils)');
    for (const page of fs.readdirSync(dir).sort().reverse()) {
      const text = await decodeQr(path.join(dir, page));
      if (text !== undefined) return text;
    }
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
