// The link kit's QR codes (model/link-kit.ts), made at build time with `qrcode` from the
// configured site URL: /downloads/qr/<lang>/<page>.svg and .png, /downloads/qr/<country>.svg and .png.
// tests/dist/qr-codes.test.ts decodes every one.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { qrPng, qrSvg } from '../../../components/Leaflet/qr';
import { allKitLinks, QR_FOLDER } from '../../../model/link-kit';
import { getSitePages } from '../../../model/pages';
import { siteUrl } from '../../../site-env.ts';

export async function getStaticPaths() {
  const countries = (await getCollection('countries')).map((country) => country.data);
  return allKitLinks(await getSitePages(), countries, siteUrl).flatMap(({ url, svg, png }) => [
    { params: { file: svg.slice(QR_FOLDER.length + 1) }, props: { url, type: 'svg' as const } },
    { params: { file: png.slice(QR_FOLDER.length + 1) }, props: { url, type: 'png' as const } },
  ]);
}

export const GET: APIRoute<{ url: string; type: 'svg' | 'png' }> = async ({ props }) =>
  props.type === 'svg'
    ? new Response(await qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(new Uint8Array(await qrPng(props.url)), { headers: { 'Content-Type': 'image/png' } });
