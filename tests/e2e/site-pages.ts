import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// OUT_DIR lets a second checkout or helper build and test without touching dist/.
const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR || 'dist');

/**
 * Every page path listed in the built sitemap(s), read at collection time so
 * each page gets its own named test. The sitemap is what search engines and
 * readers reach, so it is the list we hold to the standard.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` first');
  const paths = files.flatMap((f) =>
    [...readFileSync(resolve(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Pages that are not in the sitemap but readers still see (/offline/: what the service worker shows offline). */
export const EXTRA_PAGES = ['/404.html', '/offline/'];
