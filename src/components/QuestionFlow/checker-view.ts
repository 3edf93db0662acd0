// A checker's steps for one page, loaded from the content: used by the tool on the checker's
// page (src/tools/registry.ts) and by the pages of its steps ([step].astro), which import this
// and not the registry, so they do not share (and split) the tools' stylesheet.
import { getElections, getFlow } from '../../model/load';
import { getSitePages, type SitePage } from '../../model/pages';
import { flowView, type FlowView } from './flow-view';

/** A checker's steps in the reader's language (its own page and the pages of its steps). */
export async function checkerView(page: SitePage, flowId: string): Promise<FlowView> {
  const flow = await getFlow(flowId);
  const elections = flow.facts.includes('election') ? await getElections() : undefined;
  const pages = await getSitePages();
  const pageTitle = (slug: string) => {
    const target = pages.find((candidate) => candidate.lang === page.lang && candidate.slug === slug);
    if (!target) throw new Error(`content/vragen/${flowId}.json: an answer's field "next" is "${slug}"; expected the slug of a page (content/nl/${slug}.mdx)`);
    return target.navTitle;
  };
  return flowView({ flow, lang: page.lang, slug: page.slug, elections, pageTitle });
}
