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
  // Review dates: "June 1, 2027" is not what a reader searches for.
  '.last-reviewed',
  '.cite',
  '.sources',
  '.related',
  '.pager',
  '.glossary .see-guide',
  '.quiz noscript',
  '.quiz [data-requires-js]',
];
