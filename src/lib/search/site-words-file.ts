import { gunzipSync } from 'node:zlib';
import { pageKind, wordsOf, type SiteWordsFile } from './words.ts';

/** Pagefind's fragment files: gzip, then this marker, then the page's JSON. */
const FRAGMENT_MARKER = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta?: { title?: string };
}

/**
 * Builds SITE_WORDS_FILE from Pagefind's fragments (one per indexed page,
 * named by the id search results carry): every word of every page's indexed
 * text and title, and each page's kind, address and title. Read from what
 * Pagefind indexed, so the two can never disagree. For the build only (Node).
 */
export function siteWordsFile(fragments: readonly { id: string; content: Uint8Array }[]): SiteWordsFile {
  const words = new Set<string>();
  const pages: SiteWordsFile['pages'] = {};
  for (const { id, content } of fragments) {
    const text = Buffer.from(gunzipSync(content)).toString('utf8');
    if (!text.startsWith(FRAGMENT_MARKER)) throw new Error(`Pagefind fragment ${id}: not the format this build reads (no "${FRAGMENT_MARKER}" marker)`);
    const page = JSON.parse(text.slice(FRAGMENT_MARKER.length)) as Fragment;
    const title = page.meta?.title ?? '';
    for (const w of [...wordsOf(page.content), ...wordsOf(title)]) words.add(w);
    pages[id] = { kind: pageKind(page.url), url: page.url, title };
  }
  // Guides in a stable order (by address), so the file and the "no match" list do not churn.
  const ordered = Object.fromEntries(Object.entries(pages).sort(([, a], [, b]) => a.url.localeCompare(b.url)));
  return { words: [...words].sort().join(' '), pages: ordered };
}
