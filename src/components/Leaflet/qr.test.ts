// The partner kit's PNG QR codes are drawn by qr.ts and encoded by sharp: they must be, pixel
// for pixel, the image qrcode's own PNG renderer makes (tests/dist/qr-codes.test.ts then
// decodes every built one).
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrPng } from './qr';

const pixels = async (png: Buffer) => {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: [...data].map((value) => (value < 128 ? 0 : 1)).join('') };
};

describe('qrPng', () => {
  it.each(['https://example.org/ar/pakket/', 'http://localhost:4321/bg/verkiezingen/niet-eu/', 'https://example.org/marokko/'])(
    'draws %s as qrcode does, in a PNG of about 1 KB',
    async (url) => {
      const png = await qrPng(url);
      const reference = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, type: 'png', width: 600 });
      expect(await pixels(png)).toEqual(await pixels(reference));
      expect(png.length).toBeLessThan(2000);
    },
  );
});
