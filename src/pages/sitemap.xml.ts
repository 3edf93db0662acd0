// sitemap.xml with hreflang alternates. Only real translations are listed: fallback pages
// (see i18n/alternates.ts) are not, so search engines see no duplicates. Which pages, with
// which alternates: model/sitemap.ts (content pages, testimonial stories and filter pages).
import type { APIRoute } from 'astro';
import { getSitePages } from '../model/pages';
import { getTestimonials } from '../model/load';
import { sitemapEntries, type SitemapTestimonials } from '../model/sitemap';
import { alternates } from '../i18n/alternates';
import { absoluteUrl, localizedPath } from '../i18n/paths';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const pages = await getSitePages();
  const lists = pages.filter((page) => page.source.tools.includes('testimonials'));
  const collections = new Map<string, SitemapTestimonials>();
  for (const lang of new Set(lists.map((list) => list.lang))) collections.set(lang, await getTestimonials(lang));
  const urls = sitemapEntries(pages, (lang) => collections.get(lang)!).map((entry) => {
    const links = alternates(entry.slug, entry.translated, site!)
      .map((alternate) => `    <xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${escape(alternate.href)}"/>`)
      .join('\n');
    const lastmod = entry.lastmod ? `    <lastmod>${entry.lastmod}</lastmod>\n` : '';
    return `  <url>\n    <loc>${escape(absoluteUrl(localizedPath(entry.lang, entry.slug), site!))}</loc>\n${lastmod}${links}\n  </url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
