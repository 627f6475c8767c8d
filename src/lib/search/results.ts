import { HIGHLIGHT_PARAM, MAX_SECTIONS, SKIP_SECTION_IDS } from './config';

/** A run of excerpt text; `mark` is true for the reader's words. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts (named and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("…the <mark>hours</mark> a week…") into text
 * runs. The UI renders them with textContent and <mark> elements, never
 * innerHTML: whatever a page or a query contains is shown as text.
 * Any other tag is dropped.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * Adds the reader's words to a result link as `?highlight=…` (one parameter
 * per word, as Pagefind's own UI does), before any #anchor.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const params = terms.map((t) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(t)}`).join('&');
  return `${base}${base.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** The part of Pagefind's result data the UI uses. */
export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text; Pagefind's word locations count its words. */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[]; anchor?: { id: string; element?: string; location?: number } }[];
}

export interface SectionView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** The sections (headings with an id) where most of the reader's words are, in page order. */
  sections: SectionView[];
  /** A glossary entry: the title is the term, the excerpt its definition, the link its own anchor. */
  definition?: boolean;
}

/** Words of a definition shown under its term: about one line on a phone. */
const DEFINITION_WORDS = 24;

/**
 * A glossary hit as its entry: the term, the start of its definition (to
 * the end of the first sentence), and a link to `/glossary/#term`, never to
 * the top of a long page. Undefined when no entry holds the reader's words.
 */
export function toDefinitionView(data: PagefindData, terms: readonly string[]): ResultView | undefined {
  const entries = (data.sub_results ?? []).filter((s) => s.anchor?.id && s.url.includes('#') && (s.locations?.length ?? 0) > 0);
  const best = entries.map((s, order) => ({ s, order, hits: s.locations!.length })).sort((a, b) => b.hits - a.hits || a.order - b.order)[0]?.s;
  if (!best) return undefined;
  const title = best.title.trim();
  const words = (data.content ?? '').split(/\s+/);
  const at = best.anchor?.location;
  let text = '';
  if (at !== undefined && words.length > at) {
    const start = at + title.split(/\s+/).length;
    const picked: string[] = [];
    for (const word of words.slice(start, start + DEFINITION_WORDS)) {
      picked.push(word);
      if (/[.!?]$/.test(word)) break;
    }
    text = picked.join(' ');
    if (picked.length === DEFINITION_WORDS && !/[.!?]$/.test(text)) text += '…';
  }
  return {
    title,
    url: withHighlight(best.url, terms),
    excerpt: text ? markWords(text, terms) : parseExcerpt(best.excerpt),
    sections: [],
    definition: true,
  };
}

/** Marks the reader's words in plain text, as whole words (case and accents ignored). */
export function markWords(text: string, terms: readonly string[]): ExcerptPart[] {
  const wanted = new Set(terms.map((t) => fold(t)));
  const parts: ExcerptPart[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const mark = wanted.has(fold(piece));
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else parts.push({ text: piece, mark });
  }
  return parts;
}
const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * What one result shows: the page title linking to the page, an excerpt,
 * and up to MAX_SECTIONS links to the matching sections.
 */
export function toResultView(data: PagefindData, terms: readonly string[], maxSections = MAX_SECTIONS): ResultView {
  const subs = (data.sub_results ?? []).filter((s) => s.anchor?.id && !SKIP_SECTION_IDS.has(s.anchor.id) && s.url.includes('#'));
  const ranked = subs
    .map((s, order) => ({ s, order, hits: s.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, maxSections)
    .sort((a, b) => a.order - b.order);
  return {
    title: data.meta['title']?.trim() || data.url,
    url: withHighlight(data.url, terms),
    excerpt: parseExcerpt(data.excerpt),
    sections: ranked.map(({ s }) => ({ title: s.title.trim(), url: withHighlight(s.url, terms), excerpt: parseExcerpt(s.excerpt) })),
  };
}
