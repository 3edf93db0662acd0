// From a tool's name (names.ts) to what renders it. The route renders what the content
// declares and nothing else; a tool that shows translated data loads it here, so the page can
// put one notice at the top naming every language its parts fall back to.
import DocumentChecklist from '../components/DocumentChecklist/DocumentChecklist.astro';
import Downloads from '../components/Downloads/Downloads.astro';
import HelpDirectory from '../components/HelpDirectory/HelpDirectory.astro';
import OfflinePack from '../components/OfflinePack/OfflinePack.astro';
import PackPath from '../components/PackPath/PackPath.astro';
import { OFFLINE_KEYS } from '../components/OfflinePack/keys';
import { PACK_PATH_STEPS } from '../components/PackPath/steps';
import PhraseGuide from '../components/PhraseGuide/PhraseGuide.astro';
import Leaflet from '../components/Leaflet/Leaflet.astro';
import LinkKit from '../components/LinkKit/LinkKit.astro';
import PrintList from '../components/PrintList/PrintList.astro';
import SiteSearch from '../components/SiteSearch/SiteSearch.astro';
import PublisherDetails from '../components/PublisherDetails/PublisherDetails.astro';
import QuestionFlow from '../components/QuestionFlow/QuestionFlow.astro';
import { checkerView } from '../components/QuestionFlow/checker-view';
import TestimonialList from '../components/TestimonialList/TestimonialList.astro';
import VideoPlayer from '../components/VideoPlayer/VideoPlayer.astro';
import { getChecklist, getElections, getHelpDirectory, getPhrasebook, getTestimonials, getVideo } from '../model/load';
import { testimonialFallbackLanguages } from '../model/testimonials';
import { getSitePages, type SitePage } from '../model/pages';
import { pdfCatalogue, pdfsOf } from '../model/pdfs';
import { linkKitView } from '../model/link-kit';
import { siteUrl } from '../site-env.ts';
import { getCollection } from 'astro:content';
import { loadPublisher } from '../model/publisher';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { noticeLanguages } from '../i18n/localized';
import { formatDate, useTranslations } from '../i18n/translate';
import { FLOW_TOOLS, type ToolName } from './names';

export interface LoadedTool {
  name: ToolName;
  /** Rendered with exactly the props its loader made. */
  Component: AstroComponentFactory;
  props: Record<string, unknown>;
  fallbackLanguages: string[];
}

type Loader = (page: SitePage) => Promise<Omit<LoadedTool, 'name'> | undefined>;

const checker =
  (flowId: string): Loader =>
  async (page) => {
    const view = await checkerView(page, flowId);
    return { Component: QuestionFlow, props: { view, current: view.steps[0]!.id, all: true }, fallbackLanguages: view.fallbackLanguages };
  };

const TOOL_LOADERS: Record<ToolName, Loader> = {
  packPath: async (page) => {
    const t = useTranslations(page.lang);
    return {
      Component: PackPath,
      props: { lang: page.lang },
      fallbackLanguages: noticeLanguages(
        page.lang,
        PACK_PATH_STEPS.map((step) => t.langOf(`path.${step}`)),
      ),
    };
  },
  phraseGuide: async (page) => {
    const book = await getPhrasebook(page.lang);
    return { Component: PhraseGuide, props: { lang: page.lang, book }, fallbackLanguages: book.fallbackLanguages };
  },
  documentChecklist: async (page) => {
    const list = await getChecklist(page.lang);
    return { Component: DocumentChecklist, props: { lang: page.lang, list }, fallbackLanguages: list.fallbackLanguages };
  },
  helpDirectory: async (page) => {
    const directory = await getHelpDirectory(page.lang);
    return { Component: HelpDirectory, props: { lang: page.lang, directory }, fallbackLanguages: directory.fallbackLanguages };
  },
  downloads: async (page) => {
    const below = (await getSitePages()).filter(
      (other) => other.lang === page.lang && (other.slug === page.slug || other.slug.startsWith(page.slug ? `${page.slug}/` : '')),
    );
    // In reading order: the page's own first, then the pages below in their set order.
    const pdfs = below.sort((a, b) => a.slug.split('/').length - b.slug.split('/').length || (a.source.order ?? 0) - (b.source.order ?? 0)).flatMap(pdfsOf);
    return pdfs.length ? { Component: Downloads, props: { lang: page.lang, pdfs }, fallbackLanguages: [] } : undefined;
  },
  offlinePack: async (page) => {
    const t = useTranslations(page.lang);
    return {
      Component: OfflinePack,
      props: { lang: page.lang },
      fallbackLanguages: noticeLanguages(
        page.lang,
        OFFLINE_KEYS.map((key) => t.langOf(`offline.${key}`)),
      ),
    };
  },
  search: async (page) => {
    // Every other page of the language, A to Z in the language's own order: the search page without JavaScript.
    const collator = new Intl.Collator(page.lang);
    const pages = (await getSitePages())
      .filter((other) => other.lang === page.lang && other.slug !== page.slug)
      .sort((a, b) => collator.compare(a.data.title, b.data.title));
    // The testimonial stories, under their list page: they are pages of their own, found by the search too.
    const subPages: Record<string, { title: string; slug: string }[]> = {};
    const lists = pages.filter((other) => other.source.tools.includes('testimonials'));
    const { items } = lists.length > 0 ? await getTestimonials(page.lang) : { items: [] };
    for (const list of lists) {
      subPages[list.slug] = items.map((item) => ({ title: item.name, slug: `${list.slug}/${item.slug}` })).sort((a, b) => collator.compare(a.title, b.title));
    }
    return { Component: SiteSearch, props: { lang: page.lang, pages, subPages }, fallbackLanguages: [] };
  },
  publisher: async (page) => {
    const t = useTranslations(page.lang);
    const keys = ['about.contactTitle', 'about.linksTitle', ...loadPublisher().links.map((link) => `about.links.${link.id}`)];
    return {
      Component: PublisherDetails,
      props: { lang: page.lang, publisher: loadPublisher() },
      fallbackLanguages: noticeLanguages(
        page.lang,
        keys.map((key) => t.langOf(key)),
      ),
    };
  },
  testimonials: async (page) => {
    const collection = await getTestimonials(page.lang);
    return {
      Component: TestimonialList,
      props: { lang: page.lang, collection, listSlug: page.slug, items: collection.items, script: true },
      fallbackLanguages: testimonialFallbackLanguages(page.lang, collection.items),
    };
  },
  video: async (page) => {
    const video = await getVideo(page);
    if (!video) throw new Error(`content/nl/${page.slug}.mdx: tool "video" needs a "video:" field in the front matter`);
    return { Component: VideoPlayer, props: { lang: page.lang, video }, fallbackLanguages: video.fallbackLanguages };
  },
  // Rendered around the children (ChapterNav) and by the whole-document route, not on the page itself.
  chapters: async () => undefined,
  leaflet: async (page) => {
    const { next } = await getElections();
    const checked = { text: formatDate(page.lang, new Date(`${next.checked}T00:00:00Z`)), datetime: next.checked };
    const t = useTranslations(page.lang);
    return {
      Component: Leaflet,
      props: { lang: page.lang, slug: page.slug, checked },
      fallbackLanguages: noticeLanguages(page.lang, [t.langOf('elections.dataChecked'), t.langOf('elections.qr')]),
    };
  },
  linkKit: async (page) => {
    const countries = (await getCollection('countries')).map((country) => country.data);
    const view = linkKitView(await getSitePages(), countries, page.lang, siteUrl, page.slug);
    const t = useTranslations(page.lang);
    const keys = [
      'partners.kitTitle',
      'partners.kitIntro',
      'partners.page',
      'partners.address',
      'partners.qr',
      'partners.shortLink',
      'partners.otherLanguages',
    ];
    return {
      Component: LinkKit,
      props: { lang: page.lang, view },
      fallbackLanguages: noticeLanguages(
        page.lang,
        keys.map((key) => t.langOf(key)),
        view.pages.filter(({ title }) => title.isFallback).map(({ title }) => title.lang),
      ),
    };
  },
  printList: async (page) => {
    const groups = pdfCatalogue(await getSitePages(), page.lang);
    const t = useTranslations(page.lang);
    return {
      Component: PrintList,
      props: { lang: page.lang, groups },
      fallbackLanguages: noticeLanguages(
        page.lang,
        ['partners.printTitle', 'partners.printIntro', 'pack.pdf'].map((key) => t.langOf(key)),
        groups.flatMap((group) => group.pdfs.filter((pdf) => pdf.title.isFallback).map((pdf) => pdf.title.lang)),
      ),
    };
  },
  votingCheck: checker(FLOW_TOOLS.votingCheck!),
  integrationCheck: checker(FLOW_TOOLS.integrationCheck!),
};

/** The tools a page declares, loaded in the declared order. */
export async function loadTools(page: SitePage): Promise<LoadedTool[]> {
  const loaded = await Promise.all(page.source.tools.map(async (name) => ({ name, tool: await TOOL_LOADERS[name](page) })));
  return loaded.flatMap(({ name, tool }) => (tool ? [{ name, ...tool }] : []));
}
