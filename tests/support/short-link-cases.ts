// The spellings every server must forgive, with where they lead: shared by the test of
// `npm start` (tests/unit/short-links.test.ts) and of the real nginx (tests/dist/short-links-nginx.test.ts).
// Paths are sent as a browser sends them: non-ASCII letters percent-encoded.
export const SHORT_LINK_CASES: [path: string, target: string][] = [
  ['/maroc/', '/marokko/'],
  ['/maroc', '/marokko/'],
  ['/MAROC/', '/marokko/'],
  ['/morocco/', '/marokko/'],
  ['/Morocco', '/marokko/'],
  ['/Marokko/', '/marokko/'],
  ['/MAROKKO', '/marokko/'],
  ['/turkiye/', '/turkije/'],
  ['/t%C3%BCrkiye/', '/turkije/'],
  ['/T%C3%9CRK%C4%B0YE/', '/turkije/'],
  ['/turkey/', '/turkije/'],
  ['/Turkije/', '/turkije/'],
  ['/russia/', '/rusland/'],
  ['/rossiya/', '/rusland/'],
  ['/Rossiya', '/rusland/'],
  ['/RUSLAND/', '/rusland/'],
  // A page that moved (content/moved.json), in every language.
  ['/nl/consulaten/', '/nl/partners/'],
  ['/ar/consulaten', '/ar/partners/'],
  ['/RU/Consulaten/', '/ru/partners/'],
];

/** Paths that must not redirect: the country pages themselves and what only looks alike. */
export const NOT_SHORT_LINKS = ['/marokko/', '/turkije/', '/rusland/', '/marocco/', '/maroc/extra/', '/nl/partners/', '/nl/consulaten/extra/'];
