import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

// One place for "which built site, which pages": every tier that reads or
// serves the build (tests/build, tests/e2e, playwright.config.ts) uses these.

/** The built site under test. OUT_DIR lets a second checkout or helper build and test without touching dist/. */
export const DIST = resolve(import.meta.dirname, '../..', process.env.OUT_DIR || 'dist');

/** Every HTML file in the build, sitemap or not (404, offline fallback, …), with its URL path. */
export function builtHtmlFiles(): { file: string; path: string }[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const rel = `/${relative(DIST, resolve(DIST, name)).split(sep).join('/')}`;
      return { file: resolve(DIST, name), path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Every page path listed in the built sitemap(s), read at collection time so
 * each page gets its own named test. The sitemap is what search engines and
 * readers reach, so it is the list we hold to the standard.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap in ${DIST}: run \`npm run build\` first`);
  const paths = files.flatMap((f) =>
    [...readFileSync(resolve(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Pages that are not in the sitemap but readers still see (/offline/: what the service worker shows offline). */
export const EXTRA_PAGES = ['/404.html', '/offline/'];

/** Every page a reader can land on. */
export const allPages = () => [...sitemapPaths(), ...EXTRA_PAGES];

/** The guides, one path each. */
export const guidePaths = () => sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p));

/**
 * One page of each kind (each built from its own template), for checks too slow
 * to repeat on every page: phone-width axe, forced colours.
 */
export const PAGE_TYPES = [
  '/',
  '/guides/',
  '/guides/iop-vs-other-levels-of-care/',
  '/glossary/',
  '/quiz/',
  '/search/',
  '/about/',
  '/questions-to-ask/',
  '/referral-staff/',
  '/404.html',
  '/offline/',
];
