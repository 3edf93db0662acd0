// HTML plus the CSS it needs, gzip-compressed, fits in one TCP initial congestion window
// (14 KB). A module of its own so that the broken fixture, run by plain Node, can import it.
export const PAGE_BUDGET = 14 * 1024;
