/**
 * Options given to Pagefind in the browser (`pagefind.options`).
 *
 * Ranking: measured with the golden questions in
 * tests/fixtures/search-golden.json (36 reader questions, expected guide in
 * the top 3), over a grid of termFrequency × pageLength × termSaturation ×
 * title weight. Pagefind's defaults put 35 of 36 in the top 3 with our query
 * handling; `termFrequency: 0` put all 36. Our guides are all about the same
 * length and shape, so length normalisation mostly penalised the fuller
 * guide; with 0, a page ranks by how many times, and how prominently (title,
 * headings, summary), it uses the reader's words. pageLength and
 * termSaturation made no difference once termFrequency was 0, so they keep
 * Pagefind's defaults.
 * @see https://pagefind.app/docs/ranking/
 */
export const PAGEFIND_OPTIONS = {
  ranking: { termFrequency: 0 },
  /** Words in each excerpt: enough for a sentence on a phone. */
  excerptLength: 24,
  excerptEllipsis: '…',
  noWorker: true,
} as const;

// In a module of their own: the script every page runs needs only these two,
// and a module it shares with the search code is a file it loads with them.
export { PAGEFIND_BUNDLE, HIGHLIGHT_PARAM } from './paths';

/**
 * Results shown at first, and added by each "Show more". Each one costs a
 * fetch of that page's text (~3.5 KB); five fill a phone screen twice over.
 */
export const PAGE_SIZE = 5;

/** Sections (heading anchors) listed under each result. */
export const MAX_SECTIONS = 3;

/**
 * Anchors never listed as a result's sections: the "In short" box is at the
 * top of every guide, so the guide's own link already goes there.
 */
export const SKIP_SECTION_IDS: ReadonlySet<string> = new Set(['in-short-heading']);
