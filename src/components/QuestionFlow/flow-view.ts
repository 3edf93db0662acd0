// What the question flow shows, in the reader's language: every question and answer with its
// address, its texts (each with the language it is really in, for lang/dir) and the sources
// of each answer. Dates and numbers come from the election data, so a new election changes
// the checker with the leaflets.
import { localizedPath } from '../../i18n/paths';
import { noticeLanguages, type Localized, type TextAttributes } from '../../i18n/localized';
import { useTranslations } from '../../i18n/translate';
import { electionValues } from '../Election/election-values';
import type { Elections } from '../../model/elections';
import { stepPath, type Flow } from '../../model/question-flow';

export interface Text {
  text: string;
  attrs: TextAttributes;
}

export interface StepView {
  id: string;
  kind: 'question' | 'answer';
  path: string;
  heading: Text;
  text?: Text | undefined;
  verdict?: 'yes' | 'no' | 'depends' | undefined;
  options: { id: string; label: Text; href: string }[];
  next?: { href: string; title: Localized<string> } | undefined;
  sources: { title: string; url: string; consulted: string }[];
}

export interface FlowView {
  id: string;
  lang: string;
  /** The checker's own page: the first question. */
  path: string;
  steps: StepView[];
  fallbackLanguages: string[];
}

export interface FlowViewInput {
  flow: Flow;
  lang: string;
  /** The Dutch slug of the checker's page. */
  slug: string;
  elections?: Elections | undefined;
  /** The title of a page of the site in the reader's language, for "next step" links. */
  pageTitle(slug: string): Localized<string>;
}

export function flowView({ flow, lang, slug, elections, pageTitle }: FlowViewInput): FlowView {
  const t = useTranslations(lang);
  const used: string[] = [];
  /** A string of the flow in the reader's language (or its fallback), with the election facts in that language. */
  const tl = (key: string): Text => {
    const textLang = t.langOf(key);
    used.push(textLang);
    const values = flow.facts.includes('election') && elections ? electionValues(elections, textLang) : {};
    return { text: t(key, values), attrs: t.attrs(key) };
  };
  const path = localizedPath(lang, slug);
  const steps = flow.nodes.map((node): StepView => {
    const key = (part: string) => `${flow.id}.${node.id}.${part}`;
    if (node.kind === 'question') {
      return {
        id: node.id,
        kind: 'question',
        path: stepPath(path, flow, node.id),
        heading: tl(`checker.${key('question')}`),
        options: node.options.map((option) => ({
          id: option.id,
          label: tl(`checker.${key(`options.${option.id}`)}`),
          href: stepPath(path, flow, option.next),
        })),
        sources: [],
      };
    }
    const next = node.next ? { href: localizedPath(lang, node.next), title: pageTitle(node.next) } : undefined;
    if (next) used.push(next.title.lang);
    return {
      id: node.id,
      kind: 'answer',
      path: stepPath(path, flow, node.id),
      heading: tl(`checker.${key('title')}`),
      text: tl(`checker.${key('text')}`),
      verdict: node.verdict,
      options: [],
      next,
      sources: node.sources,
    };
  });
  return { id: flow.id, lang, path, steps, fallbackLanguages: noticeLanguages(lang, used) };
}
