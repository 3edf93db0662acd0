// QR codes for the site's own addresses, made at build time with `qrcode` (no request at run
// time): SVG for pages and print, PNG for the partner kit. Medium error correction survives a
// photocopy of a photocopy.
import QRCode from 'qrcode';
import sharp from 'sharp';

const options = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** An SVG QR code, black on white, without width/height attributes of its own. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
}

/** Width of the PNG in pixels: sharp when printed at 5 cm. */
const PNG_WIDTH = 600;

/**
 * A black-and-white PNG QR code, PNG_WIDTH pixels wide, the quiet zone included. The modules
 * are drawn as qrcode's own PNG renderer draws them; sharp (libvips) encodes them as a
 * one-bit PNG of about 1 KB, in a tenth of the time qrcode's own encoder (pngjs) takes.
 */
export async function qrPng(url: string): Promise<Buffer> {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: options.errorCorrectionLevel });
  const scale = PNG_WIDTH / (modules.size + options.margin * 2);
  const margin = options.margin * scale;
  const pixels = Buffer.alloc(PNG_WIDTH * PNG_WIDTH, 255);
  for (let y = Math.ceil(margin); y < PNG_WIDTH - margin; y++) {
    const row = Math.floor((y - margin) / scale) * modules.size;
    for (let x = Math.ceil(margin); x < PNG_WIDTH - margin; x++) {
      if (modules.data[row + Math.floor((x - margin) / scale)]) pixels[y * PNG_WIDTH + x] = 0;
    }
  }
  return sharp(pixels, { raw: { width: PNG_WIDTH, height: PNG_WIDTH, channels: 1 } })
    .png({ palette: true, colours: 2, dither: 0, effort: 1 })
    .toBuffer();
}
