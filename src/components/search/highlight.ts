import { HIGHLIGHT_PARAM, PAGEFIND_BUNDLE } from '../../lib/search/paths';

/**
 * Marks the reader's words on the page they opened from a search result,
 * with Pagefind's highlight script. Whole words only: the search sends the
 * page's own forms of the reader's words ("meetings"), so "son" never marks
 * the "son" in "person" (mark.js's default marks any part of a word).
 */
export const highlighted = import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind-highlight.js`).then((module: { default: new (options: object) => unknown }) => new module.default({
  highlightParam: HIGHLIGHT_PARAM,
  // Its injected <style> would break the CSP; SearchButton.astro styles the marks.
  addStyles: false,
  markOptions: {
    className: 'pagefind-highlight',
    exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", '’', '“', '”', '(', ')', '[', ']', '/', '-', '–', '—'] },
  },
}));
