/**
 * "Listen to this page": how a page's words become the pieces the browser's
 * speech engine reads one after another. Pure: no DOM, no Astro. The page
 * side (src/components/listen/listen-reader.ts) collects the blocks from the
 * page and speaks the pieces.
 *
 * Pieces are one or two sentences, never longer than `max` characters
 * (300): Chrome stops an utterance that runs longer than about 15 seconds,
 * and a short piece is what the page highlights as it is read. A sentence
 * longer than that is split at commas, semicolons or colons, else at spaces.
 */

/** One block of the page's own words, in reading order. */
export interface ListenBlock {
  kind: 'heading' | 'text' | 'item' | 'cell';
  text: string;
  /** A heading's level (1 for <h1>); headings without one count as 2. */
  level?: number;
}

/** What the engine reads at once: its words, and where they are on the page. */
export interface ListenPiece {
  text: string;
  /** Index of the block the words come from. */
  block: number;
  /** 1-based section: the status line says "section 2 of 7". */
  section: number;
  /** Where the words are in the block's normalized text (`normalizeText`): [start, end). */
  start: number;
  end: number;
}

export const MAX_PIECE = 300;
/** Two sentences share a piece when together they are no longer than this. */
const PAIR_MAX = 200;

/**
 * Words that end in a full stop without ending a sentence. Not every one
 * ("e.g." and "U.S." are handled by their inner full stop, other cases by
 * the next word starting in lower case): enough that "Dr. Lee" is read as
 * one sentence.
 */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'approx', 'dept', 'inc', 'ltd', 'co', 'mt', 'fig', 'no', 'vol', 'ca', 'cf']);

/** Runs of white space become one space; no space at either end. The page side builds its text the same way. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

type Span = [start: number, end: number];

/** Where sentences end in `text` (normalized): each sentence as [start, end). */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // A full stop, question or exclamation mark (or an ellipsis), then any
  // closing quotes or brackets, then a space.
  for (const m of text.matchAll(/[.!?…]+["'”’)\]]*(?= )/g)) {
    const end = m.index + m[0].length;
    const next = text.slice(end + 1, end + 2);
    // "e.g. the", "vs. a": the next word starts in lower case.
    if (/\p{Ll}/u.test(next)) continue;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(start, end))?.[1] ?? '';
      // "Dr. Lee", "J. Smith", "e.g. Medicaid", "U.S. law".
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || word.includes('.')) continue;
    }
    spans.push([start, end]);
    start = end + 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** A span longer than `max`, cut at the last comma, semicolon or colon that fits, else the last space, else anywhere. */
function splitLong(text: string, [start, end]: Span, max: number): Span[] {
  const out: Span[] = [];
  while (end - start > max) {
    const window = text.slice(start, start + max + 1);
    let cut = -1;
    // After the punctuation, before the space that follows it.
    for (const m of window.matchAll(/[,;:](?= )/g)) if (m.index + 1 <= max) cut = m.index + 1;
    let skip = 1;
    if (cut <= 0) {
      cut = window.lastIndexOf(' ');
      if (cut <= 0) {
        cut = max;
        skip = 0;
      }
    }
    out.push([start, start + cut]);
    start += cut + skip;
    while (text[start] === ' ') start++;
  }
  if (start < end) out.push([start, end]);
  return out;
}

/** Spans of `text` (normalized) in pieces of one or two sentences, none longer than `max`. */
function pieceSpans(text: string, max: number): Span[] {
  const out: Span[] = [];
  // Whether the last piece is one whole sentence, which the next may join.
  let single = false;
  for (const sentence of sentenceSpans(text)) {
    const parts = splitLong(text, sentence, max);
    const last = out.at(-1);
    if (single && last && parts.length === 1 && sentence[1] - last[0] <= Math.min(PAIR_MAX, max)) {
      last[1] = sentence[1];
      single = false;
      continue;
    }
    out.push(...parts);
    single = parts.length === 1;
  }
  return out;
}

/**
 * `text` in pieces to read aloud: one or two sentences each, none longer
 * than `max` characters. Decimals ("Level 2.1") and "Dr." never end a
 * sentence. Joined with spaces, the pieces give back the normalized text.
 */
export function splitSentences(text: string, max = MAX_PIECE): string[] {
  const clean = normalizeText(text);
  return pieceSpans(clean, max).map(([s, e]) => clean.slice(s, e));
}

/**
 * Every block's pieces in reading order, with the section each belongs to.
 * A section starts at each heading of the top level found after the first
 * block: on a guide the title and "In short" are sections 1 and 2 and each
 * <h2> starts the next; in the glossary each term; in the self-check's result
 * each <h3>. Blocks without words give no pieces.
 */
export function listenPieces(blocks: readonly ListenBlock[], max = MAX_PIECE): { pieces: ListenPiece[]; sections: number } {
  const texts = blocks.map((b) => normalizeText(b.text));
  const levels = blocks.map((b, i) => (b.kind === 'heading' && texts[i] ? (b.level ?? 2) : Infinity));
  const first = texts.findIndex(Boolean);
  const top = Math.min(...levels.filter((_, i) => i > first));
  const pieces: ListenPiece[] = [];
  let section = 0;
  blocks.forEach((_, i) => {
    const text = texts[i]!;
    if (!text) return;
    if (section === 0 || (levels[i]! <= top && top < Infinity)) section++;
    for (const [start, end] of pieceSpans(text, max)) pieces.push({ text: text.slice(start, end), block: i, section, start, end });
  });
  return { pieces, sections: section };
}
