// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { noPreloadHelper } from './src/integrations/vite/no-preload-helper.ts';
import { siteOriginCss } from './src/integrations/vite/site-origin-css.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { citeNoBreak } from './src/integrations/cite-no-break.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readReviewDates, lastmodByPath } from './src/integrations/review-dates.ts';
import { publish } from './src/integrations/publish.ts';
import { MDX_ELEMENT_OVERRIDES } from './src/lib/markdown/element-overrides.ts';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const content = contentDir(process.env.CONTENT_DIR);
// <lastmod> in the sitemap: when a person last reviewed each page's words.
const reviews = readReviewDates(content);
const lastmod = lastmodByPath(reviews);
// Where the finished site goes (OUT_DIR lets a second checkout, a test or the
// bench build without touching dist/). Astro writes beside it first; publish()
// moves the result there only when every check has passed.
const published = resolve(process.env.OUT_DIR || 'dist');
// The content cache belongs to one content folder: another (CONTENT_DIR, as
// tests and the bench use) gets its own, so a stale cache never mixes them.
const cacheDir =
  process.env.ASTRO_CACHE_DIR ||
  (process.env.CONTENT_DIR ? `./node_modules/.astro/content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}` : './node_modules/.astro');

// Set SITE_URL when deploying; see src/lib/site-url.ts for the default.
const site = siteUrl(process.env.SITE_URL);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.STAGING_DIR || `${published}.staging`,
  // Separate caches (ASTRO_CACHE_DIR) let two checkouts that share node_modules build at once.
  cacheDir,
  // Astro 7's default ('jsx') drops the space between inline elements on
  // separate lines ("call<a>988</a>"), which screen readers and Pagefind then
  // read as one word. `true` compresses without losing meaningful spaces.
  compressHTML: true,
  build: {
    // One external stylesheet: fetched once, cached for every other page and
    // precached for offline use.
    inlineStylesheets: 'never',
  },
  // The Content Security Policy is our own <meta> (src/lib/csp.ts), not
  // Astro's security.csp, which adds hashes of scripts no page runs.
  // No code blocks in the guides; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // serviceWorker() after the others: it precaches what they write, the
  // search index included; publish() last: it checks and publishes it all.
  integrations: [
    // optimize: static parts of each guide are compiled to HTML strings, not
    // JSX calls. The pages come out the same, byte for byte; at 1,000 guides
    // the bundle and the render are about 3 s faster and Rolldown holds less.
    mdx({ optimize: { ignoreElementNames: [...MDX_ELEMENT_OVERRIDES] } }),
    sitemap({
      // The offline page is a fallback, not a page to find: kept out of the sitemap.
      filter: (page) => !page.endsWith('/offline/'),
      serialize: (item) => {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    // Before pagefind(): it indexes the pages as this leaves them.
    citeNoBreak(),
    pagefind(),
    ogImages(),
    serviceWorker(),
    publish({ to: published, nextReviews: reviews.nextReviews }),
  ],
  vite: {
    plugins: [siteOriginCss(site), tailwindcss(), noPreloadHelper()],
    // One stylesheet for the whole site: a reader downloads it once and every
    // later page (and the offline cache) reuses it.
    // Scripts, too, stay in their own cached files rather than being inlined
    // into every page (Astro inlines small ones by default): a reader, and the
    // offline cache, pay for each once.
    // modulePreload: false, see src/integrations/vite/no-preload-helper.ts.
    build: { cssCodeSplit: false, modulePreload: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
