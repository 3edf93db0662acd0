// sitemap.xml with hreflang alternates. Only real translations are listed: fallback pages
// (see i18n/alternates.ts) are not, so search engines see no duplicates.
import type { APIRoute } from 'astro';
import { getSitePages } from '../model/pages';
import { alternates } from '../i18n/alternates';
import { absoluteUrl, localizedPath } from '../i18n/paths';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const pages = (await getSitePages()).filter((page) => !page.isFallback);
  const urls = pages.map((page) => {
    const links = alternates(page.slug, page.translated, site!)
      .map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escape(alternate.href)}"/>`)
      .join('\n');
    const lastmod = page.data.lastReviewed.toISOString().slice(0, 10);
    return `  <url>\n    <loc>${escape(absoluteUrl(localizedPath(page.lang, page.slug), site!))}</loc>\n    <lastmod>${lastmod}</lastmod>\n${links}\n  </url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
