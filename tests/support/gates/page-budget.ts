// HTML plus the CSS it needs, gzip-compressed, fits in one TCP initial congestion window
// (14 KB). A module of its own so that the broken fixture and the bench, run by plain Node, can
// import it.
export const PAGE_BUDGET = 14 * 1024;

/** The whole brochure on one page (/<lang>/pakket/brochure/alles/) is sixteen chapters in one
 * document, made to be saved or printed, so it has four times the budget: twice with ten
 * chapters, three times with fifteen, four since every chapter lists the dated source of each of
 * its facts (about 9 KB gzip of the Russian page's 44.5 KB are its sources). The browser shows
 * its first chapter while the rest arrives. */
export const budgetOf = (page: string) => (page.endsWith('/alles/') ? 4 * PAGE_BUDGET : PAGE_BUDGET);
