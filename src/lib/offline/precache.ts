/**
 * What the service worker keeps on the reader's device, decided here as plain
 * data so it can be unit-tested and shared by the build (src/integrations/
 * service-worker.ts) and the benchmark (scripts/bench.mjs).
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
 * Pagefind's optional bundles. Its build always writes all of them, but a
 * site uses at most one UI (~30-40 KB gzip each) and maybe the highlighter;
 * precaching the unused ones would spend the reader's data on nothing.
 */
const PAGEFIND_OPTIONAL = /^pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The part of pagefind/pagefind-entry.json that names the WebAssembly per language. */
export interface PagefindEntry {
  languages: Record<string, { wasm?: string }>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Pagefind files the site never loads, to leave out of the precache:
 * - `wasm.<x>.pagefind` for a language the index does not use (Pagefind loads
 *   the WebAssembly named in pagefind-entry.json for the page's language);
 * - optional UI and highlight bundles that no page, script or stylesheet
 *   names. A bundle that is named counts as used, and what it names in turn
 *   (the Component UI loads its own stylesheet) is followed too.
 *
 * @param files every file in the built site, relative paths
 * @param entry the parsed pagefind/pagefind-entry.json
 * @param texts the text of the site's HTML, JS and CSS files (relative path -> content),
 *   including the optional Pagefind bundles themselves
 */
export function unusedPagefindFiles(files: readonly string[], entry: PagefindEntry, texts: ReadonlyMap<string, string>): string[] {
  const usedWasm = new Set(Object.values(entry.languages).map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`));
  const unused = files.filter((f) => /^pagefind\/wasm\.[^/]+\.pagefind$/.test(f) && !usedWasm.has(f));

  const optional = files.filter((f) => PAGEFIND_OPTIONAL.test(f));
  // Matched by file name, not as a substring: "pagefind-ui.js" is inside
  // "pagefind-component-ui.js".
  const named = new Map(optional.map((f) => [f, new RegExp(`(?<![\\w-])${escapeRegExp(f.slice('pagefind/'.length))}`)]));
  const used = new Set<string>();
  let toScan = [...texts.keys()].filter((f) => !PAGEFIND_OPTIONAL.test(f));
  while (toScan.length) {
    const found: string[] = [];
    for (const [file, pattern] of named) {
      if (used.has(file)) continue;
      if (toScan.some((src) => pattern.test(texts.get(src) ?? ''))) {
        used.add(file);
        found.push(file);
      }
    }
    toScan = found;
  }
  unused.push(...optional.filter((f) => !used.has(f)));
  return unused.sort();
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
