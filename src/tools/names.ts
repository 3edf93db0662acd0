// What a page can do besides showing its text, declared in the Dutch source's front matter
// (`tools: [phraseGuide, downloads]`). The names live here, apart from the components
// (registry.ts), so the content schema and the tests can read them without Astro.
export const TOOLS = {
  /** "Your path" from visa to attest, drawn as a path. */
  packPath: { interactive: false },
  /** The phrase guide (content/taalgids/), with a "Listen" button. Under the title: the page's text explains it after. */
  phraseGuide: { interactive: true, top: true },
  /** The document checklist (content/rugzak/), with filter, ticks and "print my list". Under the title, as the phrase guide. */
  documentChecklist: { interactive: true, top: true },
  /** The directory of places to go for help (content/hulpadressen/), printable as it is. */
  helpDirectory: { interactive: false },
  /** The page's child pages are chapters: previous/next links, and all on one page at <slug>/alles/. */
  chapters: { interactive: false },
  /** The site's search (Pagefind): the page that declares it is where the header's search form leads; without JavaScript it lists every page A–Z. */
  search: { interactive: true },
  /** Who publishes the site and the official pages a reader needs (content/publisher.json): the about page. */
  publisher: { interactive: false },
  /** The testimonials (content/getuigenissen/), with filters; each story at <slug>/<story>/. */
  testimonials: { interactive: true },
  /** The video of the page's `video:` front matter, with subtitles, chapters and transcript. */
  video: { interactive: true, top: true },
  /** Links to the PDFs declared by this page and the pages below it. */
  downloads: { interactive: false, last: true },
  /** "Read without internet": saves this page, the pages below it and their PDFs in the reader's language on the device, on the reader's click (a service worker: src/offline/). */
  offlinePack: { interactive: true, last: true },
  /** For partners: the main pages of the reader's language and the consulates' short links, each with its absolute address and a QR code (SVG, PNG). */
  linkKit: { interactive: false },
  /** For partners who print: every leaflet and pack PDF in every language, with file size and page count. */
  printList: { interactive: false },
  /** The end of an election leaflet: the date of the election data and, on paper, a QR code to the page. */
  leaflet: { interactive: false },
  /** "Can I vote?": the question flow content/vragen/kiesrecht.json, one page per step, answered in place with JavaScript. */
  votingCheck: { interactive: true, flow: 'kiesrecht' },
  /** "Must I follow civic integration, and what does it cost?": content/vragen/inburgering.json, as votingCheck. */
  integrationCheck: { interactive: true, flow: 'inburgering' },
} as const satisfies Record<string, { interactive: boolean; last?: boolean; top?: boolean; flow?: string }>;

export type ToolName = keyof typeof TOOLS;

export const TOOL_NAMES = Object.keys(TOOLS) as ToolName[];

/** Tools shown after the list of child pages, at the end of the page; the others come first. */
export const LAST_TOOLS: readonly ToolName[] = TOOL_NAMES.filter((name) => 'last' in TOOLS[name]);

/** Tools that are a question flow, with the flow each shows (content/vragen/<flow>.json). */
export const FLOW_TOOLS = Object.fromEntries(TOOL_NAMES.flatMap((name) => ('flow' in TOOLS[name] ? [[name, TOOLS[name].flow]] : []))) as Partial<
  Record<ToolName, string>
>;

/** Tools shown right under the page's title, before its text (a video, the phrase guide, the
 * checklist): what the reader came for comes first on a phone; the explanations follow it. */
export const TOP_TOOLS: readonly ToolName[] = TOOL_NAMES.filter((name) => 'top' in TOOLS[name]);

/** Tools that ship JavaScript: the only pages allowed to load a script (see the budget gate). */
export const INTERACTIVE_TOOLS = TOOL_NAMES.filter((name) => TOOLS[name].interactive);

/** The path under a page with chapters where they are all on one page, to read offline and print. */
export const WHOLE_DOCUMENT = 'alles';

/** Menus a page can be listed in: the main menu (header and home page cards) or the footer. */
export const MENUS = ['main', 'footer'] as const;

/** Icons drawn for this site, for a page in the main menu (components/SectionCards). */
export const ICONS = ['pack', 'speech', 'film', 'ballot'] as const;
