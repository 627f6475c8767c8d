/**
 * The HTML elements a guide page renders with its own components
 * (`<Content components={{ table: ScrollTable, … }} />` in
 * src/pages/guides/[slug].astro). MDX's `optimize` turns static parts of a
 * page into plain HTML strings at build time, which would skip these
 * components, so astro.config.mjs tells it to leave them alone. A unit test
 * holds this list to the page's.
 */
export const MDX_ELEMENT_OVERRIDES: readonly string[] = ['table', 'h2', 'h3', 'a'];
