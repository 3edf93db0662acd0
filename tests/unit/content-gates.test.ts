// The site's own content passes the content report's checks (src/report/content-checks.ts):
// every Dutch page names a web source with the date it was consulted (and no address without
// its date), every current translation keeps the Dutch page's headings, and every key-word box
// uses the one translation of each term in content/terms/<lang>.json. Key words and tools are
// kept by the build itself: a translation cannot add a key word or set tools (model/site-pages.ts).
// That the checks fail on bad input is shown on fixtures in content-checks.test.ts and
// content-report.test.ts.
import { describe, expect, it } from 'vitest';
import { contentReport } from '../../src/report/content-report';

describe('the content of the site', () => {
  const report = contentReport();
  it('every Dutch page has a dated web source, and no address without its date', () => {
    expect(report.undatedSources).toEqual([]);
  });
  it('every current translation keeps the headings of its Dutch source', () => {
    expect(report.structure).toEqual([]);
  });
  it('every key-word box uses the terms file of its language, and every terms file has every term', () => {
    expect(report.terms).toEqual([]);
  });
});
