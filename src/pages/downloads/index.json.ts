// /downloads/index.json: every PDF the content declares, per language, with the page it is
// printed from. scripts/make-pdfs.mjs prints from this list after the build.
import type { APIRoute } from 'astro';
import { getSitePages } from '../../model/pages';
import { pdfsOf } from '../../model/pdfs';

export const GET: APIRoute = async () => {
  const pdfs = (await getSitePages()).flatMap(pdfsOf).map(({ lang, file, format, source, href }) => ({ lang, file, format, source, href }));
  return new Response(`${JSON.stringify(pdfs, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
