/** Where `npm run build` writes Pagefind's files; the service worker precaches this folder. */
export const PAGEFIND_BUNDLE = '/pagefind/';

/** The query parameter that carries the reader's words to the page they open, for Pagefind's highlight script. */
export const HIGHLIGHT_PARAM = 'highlight';
