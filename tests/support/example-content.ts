// Small mocked content for the component examples (src/components/<Name>/<Name>.examples.ts),
// put through the site's real models (page model, phrase guide, checklist, elections, question flow) with the mocked
// languages of mock-content.ts: nl (the source), ar (right-to-left), en, tr. Arabic is
// translated in part, so an Arabic reader sees some values in English and some in Dutch.
import { buildChecklist, type Checklist } from '../../src/model/checklist';
import { buildElections } from '../../src/model/elections';
import { buildPhrasebook, type Phrasebook, type PhrasebookInput } from '../../src/model/phrasebook';
import { buildFlow } from '../../src/model/question-flow';
import {
  electionSchema,
  flowSchema,
  type ChecklistItemData,
  type ChecklistTranslationsData,
  type DocumentRuleData,
  type PhraseTranslationsData,
} from '../../src/model/schemas';
import { buildSitePages, type SitePage } from '../../src/model/site-pages';
import { parsePublisher } from '../../src/model/publisher';
import { entry, localizer } from './mock-content';

export const examplePages = buildSitePages(
  [
    entry('nl/index', { title: 'Welkom in Vlaanderen' }),
    entry('nl/gids', { title: 'Het startgids', navTitle: 'Startgids', menu: 'main', order: 1 }),
    entry('ar/gids', { title: 'حزمة البداية' }),
    // Only in English and Dutch: an Arabic reader sees the English.
    entry('nl/film', { title: 'De film', menu: 'main', order: 2 }),
    entry('en/film', { title: 'The film' }),
    // Only in Dutch: an Arabic reader sees the Dutch.
    entry('nl/stemmen', { title: 'Verkiezingen', menu: 'main', order: 3 }),
    entry('nl/colofon', { title: 'Colofon', menu: 'footer' }),
    entry('nl/gids/boekje', { title: 'De brochure', tools: ['chapters', 'downloads'], pdfs: [{ file: 'gids-boekje.pdf', format: 'A4', of: 'whole' }] }),
    entry('en/gids/boekje', { title: 'The brochure' }),
    entry('nl/gids/woorden', { title: 'De taalgids', pdfs: [{ file: 'gids-woorden.pdf', format: 'A5' }] }),
    entry('ar/gids/woorden', { title: 'دليل اللغة' }),
    entry('nl/gids/boekje/aankomst', {
      title: 'Aankomst en inschrijving',
      navTitle: 'Aankomst',
      description: 'Wat u de eerste weken doet.',
      order: 1,
      keyWords: [
        { nl: 'de gemeente', meaning: 'het bestuur van uw stad of dorp' },
        { nl: 'de verblijfskaart', meaning: 'de kaart die toont dat u hier mag wonen' },
      ],
      illustration: { name: 'aankomst-en-inschrijving', alt: 'Een gezin komt aan bij het gemeentehuis.' },
    }),
    entry('en/gids/boekje/aankomst', {
      title: 'Arrival and registration',
      navTitle: 'Arrival',
      description: 'What to do in the first weeks.',
      keyWords: { 'de gemeente': 'the municipality', 'de verblijfskaart': 'the card that shows you may live here' },
      illustration: { alt: 'A family arrives at the town hall.' },
    }),
    // Arabic lacks one key word and the alt text: those two show in English.
    entry('ar/gids/boekje/aankomst', {
      title: 'الوصول والتسجيل',
      navTitle: 'الوصول',
      description: 'ما تفعله في الأسابيع الأولى.',
      keyWords: { 'de gemeente': 'البلدية' },
    }),
    entry('nl/gids/boekje/werk', { title: 'Werk en diploma’s', navTitle: 'Werk', description: 'Uw diploma laten erkennen en werk zoeken.', order: 2 }),
    entry('nl/gids/boekje/hulp', { title: 'Hulp vragen', navTitle: 'Hulp', description: 'Waar u terecht kunt met vragen.', order: 3 }),
    entry('en/gids/boekje/hulp', { title: 'Asking for help', navTitle: 'Help', description: 'Where to go with questions.' }),
  ],
  localizer,
);

/** The mocked page at /<lang>/<slug>/. */
export function examplePage(lang: string, slug: string): SitePage<string> {
  const page = examplePages.find((candidate) => candidate.lang === lang && candidate.slug === slug);
  if (!page) throw new Error(`No example page /${lang}/${slug}/`);
  return page;
}

const dutchThemes = {
  begroeten: 'Begroeten',
  gemeente: 'Bij de gemeente',
  dokter: 'Bij de dokter',
  school: 'Op school',
  winkel: 'In de winkel',
  vervoer: 'Onderweg',
  'getallen-en-tijd': 'Getallen en tijd',
  noodgeval: 'In nood',
};
const englishThemes = {
  begroeten: 'Greetings',
  gemeente: 'At the town hall',
  dokter: 'At the doctor’s',
  school: 'At school',
  winkel: 'In the shop',
  vervoer: 'Getting around',
  'getallen-en-tijd': 'Numbers and time',
  noodgeval: 'Emergencies',
};

const phrasebookInput: PhrasebookInput = {
  sounds: [
    { id: 'g', spelling: 'g, ch', example: 'goedemorgen' },
    { id: 'ui', spelling: 'ui', example: 'uitstappen' },
  ],
  phrases: [
    { id: 'goedemorgen', theme: 'begroeten', nl: 'Goedemorgen!', audio: 'audio/taalgids/goedemorgen.mp3' },
    { id: 'afspraak', theme: 'gemeente', nl: 'Ik heb een afspraak.' },
    { id: 'ziek', theme: 'dokter', nl: 'Mijn kind is ziek.' },
    { id: 'juf', theme: 'school', nl: 'Waar is de juf?' },
    { id: 'prijs', theme: 'winkel', nl: 'Hoeveel kost dit?' },
    { id: 'bus', theme: 'vervoer', nl: 'Welke bus gaat naar het station?' },
    { id: 'uur', theme: 'getallen-en-tijd', nl: 'Hoe laat is het?' },
    // Translated nowhere yet: every reader sees only the Dutch.
    { id: 'help', theme: 'noodgeval', nl: 'Help! Bel 112!' },
  ],
  translations: new Map<string, PhraseTranslationsData>([
    ['nl', { translation: 'source', themes: dutchThemes, phrases: {}, sounds: { g: 'Een zachte keelklank.', ui: 'Een open klank met ronde lippen.' } }],
    [
      'en',
      {
        translation: 'draft',
        themes: englishThemes,
        sounds: { g: 'Written kh: a soft sound at the back of the throat.' },
        phrases: {
          goedemorgen: { text: 'Good morning!', say: 'KHOO-duh-MOR-khun' },
          afspraak: { text: 'I have an appointment.', say: 'ik hep un AF-sprahk' },
          ziek: { text: 'My child is ill.', say: 'mayn kint is zeek' },
          juf: { text: 'Where is the teacher?', say: 'wahr is duh yuf' },
          prijs: { text: 'How much is this?', say: 'HOO-vayl kost dis' },
          bus: { text: 'Which bus goes to the station?', say: 'WEL-kuh bus khaat nahr ut sta-SHON' },
          uur: { text: 'What time is it?', say: 'hoo LAAT is ut' },
        },
      },
    ],
    // Arabic lacks the doctor theme's name and the last phrases: those show in English.
    [
      'ar',
      {
        translation: 'draft',
        // The key: g in Arabic; ui in no language but Dutch.
        sounds: { g: 'تُكتب خ: صوت ناعم في آخر الحلق.' },
        themes: {
          begroeten: 'التحية',
          gemeente: 'في البلدية',
          school: 'في المدرسة',
          winkel: 'في المتجر',
          vervoer: 'في الطريق',
          'getallen-en-tijd': 'الأعداد والوقت',
          noodgeval: 'في حالة الطوارئ',
        },
        phrases: {
          goedemorgen: { text: 'صباح الخير!', say: 'خودِمورخِن!' },
          afspraak: { text: 'لدي موعد.', say: 'إك هيب أن أفسبراك' },
          ziek: { text: 'طفلي مريض.', say: 'ماين كِنت إز زيك' },
        },
      },
    ],
  ]),
  fileOf: (file) => `content/${file}`,
  audioExists: () => true,
};

export const examplePhrasebook = (readerLang: string): Phrasebook => buildPhrasebook(phrasebookInput, readerLang, localizer);

const checklistItems: ChecklistItemData[] = [
  { id: 'paspoort', group: 'identiteit', situations: [], kinds: [] },
  { id: 'geboorteakte', group: 'identiteit', situations: [], kinds: ['akte'] },
  { id: 'huwelijksakte', group: 'huwelijk', situations: ['partner'], kinds: ['akte'] },
  { id: 'diploma', group: 'opleiding', situations: ['diplomas'], kinds: ['diploma'] },
];

const source = [{ title: 'Bron', url: 'https://www.example.be/bron', consulted: '2026-12-02' }];
/** Two countries: one rule each for civil-status acts and other public documents, shared rules for private documents and diplomas. */
const documentRules: DocumentRuleData[] = [
  { id: 'land-a-openbaar', countries: ['land-a'], kinds: ['akte', 'openbaar'], stamp: 'apostille', sources: source, needsCheck: [] },
  { id: 'land-b-openbaar', countries: ['land-b'], kinds: ['akte', 'openbaar'], stamp: 'vrijgesteld', sources: source, needsCheck: [] },
  { id: 'prive', countries: ['land-a', 'land-b'], kinds: ['prive'], stamp: 'vragen', sources: source, needsCheck: [] },
  { id: 'diploma', countries: ['land-a', 'land-b'], kinds: ['diploma'], stamp: 'vrijgesteld', sources: source, needsCheck: [] },
];
const dutchRules = {
  countries: { 'land-a': 'Land A', 'land-b': 'Land B' },
  kinds: { akte: 'Akte', openbaar: 'Ander officieel document', prive: 'Privédocument', diploma: 'Diploma' },
  rules: {
    'land-a-openbaar': 'Apostille van land A.',
    'land-b-openbaar': 'Geen stempel nodig.',
    prive: 'Vraag de ambassade.',
    diploma: 'Een scan volstaat.',
  },
};

const dutchGroups = {
  identiteit: 'Identiteit',
  huwelijk: 'Huwelijk en relatie',
  kinderen: 'Kinderen',
  opleiding: 'Opleiding en diploma’s',
  werk: 'Werk',
  gezondheid: 'Gezondheid',
  rijbewijs: 'Rijbewijs',
};
const dutchSituations = {
  partner: 'Ik kom bij mijn partner wonen',
  kinderen: 'Ik kom met kinderen',
  diplomas: 'Ik heb een diploma',
  werk: 'Ik heb werkervaring',
};

const checklistTranslations = new Map<string, ChecklistTranslationsData>([
  [
    'nl',
    {
      translation: 'source',
      groups: dutchGroups,
      situations: dutchSituations,
      items: {
        paspoort: { title: 'Paspoort', what: 'Uw internationaal identiteitsbewijs.', why: 'U heeft het nodig om u in te schrijven.' },
        geboorteakte: { title: 'Geboorteakte', what: 'Het bewijs van uw geboorte.', why: 'De gemeente vraagt ernaar bij de inschrijving.' },
        huwelijksakte: { title: 'Huwelijksakte', what: 'Het bewijs van uw huwelijk.', why: 'Het toont de band met uw partner.' },
        diploma: { title: 'Diploma', what: 'Het bewijs van uw opleiding.', why: 'Om het te laten erkennen.' },
      },
      ...dutchRules,
    },
  ],
  [
    'en',
    {
      translation: 'draft',
      groups: { identiteit: 'Identity', huwelijk: 'Marriage and relationship', opleiding: 'Education and diplomas' },
      situations: { partner: 'I am joining my partner', kinderen: 'I am coming with children', diplomas: 'I have a diploma', werk: 'I have work experience' },
      items: { huwelijksakte: { title: 'Marriage certificate', what: 'The proof of your marriage.', why: 'It shows your tie to your partner.' } },
      countries: { 'land-a': 'Country A' },
      rules: { 'land-a-openbaar': 'Apostille from country A.' },
    },
  ],
  // Arabic lacks the marriage group's name, a situation and two items: English, else Dutch.
  [
    'ar',
    {
      translation: 'draft',
      groups: { identiteit: 'الهوية', opleiding: 'التعليم والشهادات' },
      situations: { partner: 'سألتحق بشريكي', kinderen: 'سآتي مع أطفالي', werk: 'لدي خبرة عمل' },
      items: { paspoort: { title: 'جواز السفر', what: 'وثيقة هويتك الدولية.', why: 'تحتاجه للتسجيل.' } },
      countries: { 'land-b': 'البلد ب' },
      kinds: { akte: 'وثيقة حالة مدنية' },
    },
  ],
]);

export const exampleChecklist = (readerLang: string): Checklist =>
  buildChecklist(
    { items: checklistItems, rules: documentRules, translations: checklistTranslations, fileOf: (file) => `content/${file}` },
    readerLang,
    localizer,
  );

/** A publisher with a confirmed address and e-mail, and a phone number still to check (content/publisher.json). */
export const examplePublisher = parsePublisher(
  {
    name: { value: 'Agentschap Integratie en Inburgering', source: 'https://www.example.be/over', consulted: '2026-12-02' },
    website: { value: 'https://www.example.be/', source: 'https://www.example.be/over', consulted: '2026-12-02' },
    contactPage: { value: 'https://www.example.be/contact', source: 'https://www.example.be/contact', consulted: '2026-12-01' },
    postalAddress: { value: 'Voorbeeldstraat 1\n1000 Brussel', source: 'https://www.example.be/contact', consulted: '2026-12-01' },
    email: { value: 'info@example.be', source: 'https://www.example.be/contact', consulted: '2026-12-01' },
    phone: { needsCheck: 'Not on the contact page yet.' },
    links: [
      { id: 'agency', url: 'https://www.example.be/', source: 'https://www.example.be/over', consulted: '2026-12-02' },
      { id: 'naric', url: 'https://naric.example.be/', source: 'https://naric.example.be/', consulted: '2026-12-02' },
    ],
  },
  'content/publisher.json',
);

/**
 * Two made-up elections (content/kiesrecht/verkiezingen.json): the next one in 2036 with its
 * day official, the one before it. Dates no real election has, so a test that finds them on
 * the page knows they came from this data.
 */
export const exampleElections = buildElections(
  [
    { id: 'gemeenteraad-2036', day: '2036-10-12', registrationDeadline: '2036-07-31', registeredOn: '2036-08-01', checked: '2035-11-20' },
    { id: 'gemeenteraad-2030', day: '2030-10-13', registrationDeadline: '2030-07-31', registeredOn: '2030-08-01', checked: '2029-11-20' },
  ].map((fields) =>
    electionSchema.parse({
      kind: 'municipal',
      minimumAge: 18,
      nonEuResidenceYears: 5,
      noWithdrawalMonths: 3,
      compulsory: { flanders: false, brussels: true },
      sources: ['Een bron, https://www.example.be/verkiezingen (geraadpleegd 2035-11-20)'],
      ...fields,
    }),
  ),
  'content/kiesrecht/verkiezingen.json',
  new Date('2035-12-01T00:00:00Z'),
);

/**
 * A short "Can I vote?" flow (content/vragen/kiesrecht.json, whose texts are in
 * locales/<lang>/checker.json): age, then region, then an answer that names the next step (the
 * mocked page `stemmen`, only in Dutch) and cites a source.
 */
export const exampleVotingFlow = buildFlow(
  'kiesrecht',
  flowSchema.parse({
    start: 'leeftijd',
    facts: ['election'],
    questions: [
      {
        id: 'leeftijd',
        options: [
          { id: 'ja', next: 'regio' },
          { id: 'nee', next: 'te-jong' },
        ],
      },
      {
        id: 'regio',
        options: [
          { id: 'vlaanderen', next: 'vlaanderen' },
          { id: 'brussel', next: 'brussel' },
        ],
      },
    ],
    answers: [
      { id: 'te-jong', verdict: 'no', sources: [{ title: 'Bron over de leeftijd', url: 'https://www.example.be/leeftijd', consulted: '2035-11-20' }] },
      {
        id: 'vlaanderen',
        verdict: 'yes',
        next: 'stemmen',
        sources: [{ title: 'Bron voor Vlaanderen', url: 'https://www.example.be/vlaanderen', consulted: '2035-11-20' }],
      },
      {
        id: 'brussel',
        verdict: 'yes',
        next: 'stemmen',
        sources: [{ title: 'Bron voor Brussel', url: 'https://www.example.be/brussel', consulted: '2035-11-20' }],
      },
    ],
  }),
  'content/vragen/kiesrecht.json',
);
