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

/** Where `npm run build` writes Pagefind's files; the service worker precaches this folder. */
export const PAGEFIND_BUNDLE = '/pagefind/';

/** The query parameter that carries the reader's words to the page they open, for Pagefind's highlight script. */
export const HIGHLIGHT_PARAM = 'highlight';

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

/**
 * What the index leaves out, inside each page's <main data-pagefind-body>:
 * anything that is not the page's own words (navigation, sources, citation
 * marks, buttons, print-only parts, the quiz's controls). Listed here once,
 * rather than as data-pagefind-ignore on each element: a guide has dozens of
 * citation marks. Pagefind ignores these elements and all they contain.
 */
export const INDEX_EXCLUDE_SELECTORS: readonly string[] = [
  '.crisis-bar',
  'footer',
  '.update-notice',
  '.breadcrumb',
  '.toc',
  'page-actions',
  'copy-link',
  '.print-qr',
  '.cite',
  '.sources',
  '.related',
  '.pager',
  '.glossary .see-guide',
  '.quiz noscript',
  '.quiz [data-requires-js]',
];
