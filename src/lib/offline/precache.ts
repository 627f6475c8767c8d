import type { GetManifestOptions } from 'workbox-build';

/**
 * What the service worker keeps on the reader's device, decided here as plain
 * data so it can be unit-tested and shared by the build (src/integrations/
 * service-worker.ts), the benchmark (bench/precache.mjs) and the tests.
 *
 * Paths are relative to the built site folder, with forward slashes, as
 * Workbox's globbing reports them ("guides/what-is-iop/index.html").
 */

/**
 * Every page, the stylesheet and scripts, fonts, images, the web app manifest
 * and the whole Pagefind index (entry, meta, index chunks, filters, fragments,
 * WebAssembly).
 */
export const PRECACHE_GLOBS: readonly string[] = [
  '**/*.html',
  '**/*.{css,js,mjs}',
  '**/*.{woff2,svg,png,webp,avif,jpg,jpeg,ico}',
  'manifest.webmanifest',
  'pagefind/pagefind-entry.json',
  // The site's words, for honest search (src/lib/search/words.ts).
  'pagefind/site-words.json',
  'pagefind/*.pf_meta',
  'pagefind/*.pagefind',
  'pagefind/{index,fragment,filter}/*',
];

/**
 * Never precached, whatever the globs above match:
 * - og/: Open Graph images are for link previews on other sites, never shown
 *   to the reader, and would be most of the download;
 * - icons/: the app icons are fetched once, online, when the reader installs
 *   the app, and the system keeps them; saving them again costs ~25 KB;
 * - 404.html: offline, an unknown address gets the offline page instead;
 * - the service worker itself and its Workbox runtime (the browser keeps those).
 */
export const PRECACHE_IGNORES: readonly string[] = ['og/**', 'icons/**', '404.html', 'sw.js', 'workbox-*.js', '**/*.map'];

/** The page served, offline, for any address that is not precached. */
export const OFFLINE_PAGE = 'offline/index.html';

/**
 * Workbox's options for the precache list of the built site in `dir`. The
 * Pagefind folder needs no filter here: the search integration publishes
 * only the files the site loads (src/lib/search/bundle-files.ts).
 */
export function precacheOptions(dir: string): GetManifestOptions {
  return {
    globDirectory: dir,
    globPatterns: [...PRECACHE_GLOBS],
    globIgnores: [...PRECACHE_IGNORES],
    // Workbox lists paths relative to the folder; the site is served from "/".
    modifyURLPrefix: { '': '/' },
    // Astro's bundles carry a content hash in their names: the URL is the revision.
    dontCacheBustURLsMatching: /^\/_astro\//,
  };
}

/**
 * Checks a precache list (URLs as the service worker requests them, starting
 * with "/") keeps the offline promises. Returns readable problems; none is good.
 */
export function precacheProblems(urls: readonly string[]): string[] {
  const has = (test: (u: string) => boolean) => urls.some(test);
  const problems: string[] = [];
  const required: [string, (u: string) => boolean][] = [
    ['the offline page', (u) => u === `/${OFFLINE_PAGE}`],
    ['the home page', (u) => u === '/index.html'],
    ['a stylesheet', (u) => u.endsWith('.css')],
    ['the Pagefind script', (u) => u === '/pagefind/pagefind.js'],
    ['the Pagefind worker', (u) => u === '/pagefind/pagefind-worker.js'],
    ['the Pagefind entry', (u) => u === '/pagefind/pagefind-entry.json'],
    ['the Pagefind WebAssembly', (u) => /^\/pagefind\/wasm\.[^/]+\.pagefind$/.test(u)],
    ['the Pagefind index', (u) => u.startsWith('/pagefind/index/')],
    ['the Pagefind fragments', (u) => u.startsWith('/pagefind/fragment/')],
    ['the web app manifest', (u) => u === '/manifest.webmanifest'],
  ];
  for (const [what, test] of required) if (!has(test)) problems.push(`the precache lacks ${what}`);
  for (const u of urls) if (u.startsWith('/og/')) problems.push(`the precache holds an Open Graph image: ${u}`);
  return problems;
}
