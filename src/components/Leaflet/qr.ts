// QR codes for the site's own addresses, made at build time with `qrcode` (no request at run
// time): SVG for pages and print, PNG for the partner kit. Medium error correction survives a
// photocopy of a photocopy.
import QRCode from 'qrcode';

const options = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** An SVG QR code, black on white, without width/height attributes of its own. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
}

export async function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: 'png', width: 600 });
}
