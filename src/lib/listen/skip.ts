import { INDEX_EXCLUDE_SELECTORS } from '../search/exclude';

/**
 * What "Listen to this page" never reads: what search leaves out for not
 * being the page's own words (navigation, breadcrumbs, the table of
 * contents, page actions, citation marks, the sources list, the QR code
 * aside...: src/lib/search/exclude.ts), plus what is not on screen or not
 * prose: print-only parts, anything search is told to ignore, text for
 * screen readers only or hidden from them, controls, pictures and the
 * Listen control itself. Hidden elements are skipped too (the page side
 * checks each element's visibility).
 */
export const LISTEN_SKIP_SELECTORS: readonly string[] = [
  ...INDEX_EXCLUDE_SELECTORS,
  'nav',
  '.print-only',
  '[data-pagefind-ignore]',
  '.sr-only',
  '[aria-hidden="true"]',
  'listen-page',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'img',
  'script',
  'style',
  'template',
  'noscript',
];
