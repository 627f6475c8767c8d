import { normalize } from './query.ts';

/**
 * The site's own words, so search can be honest: a reader's word counts only
 * if some page uses it. Pagefind alone never says "nothing": a word it does
 * not know is shortened until something matches ("asdf" → "as", "narcan" →
 * "na"), so nonsense found 17 pages and "son" marked "so". The build writes
 * every word Pagefind indexed, and what kind of page each result is, to
 * SITE_WORDS_FILE (src/integrations/pagefind.ts); the search panel loads it
 * with Pagefind. Pure: no DOM.
 */

/** Written by the build next to Pagefind's files; precached with them. */
export const SITE_WORDS_FILE = '/pagefind/site-words.json';

/**
 * What a page is, for ranking: a guide section answers a question; the
 * glossary defines a word; the self-check and the referral page are tools.
 */
export type PageKind = 'guide' | 'glossary' | 'self-check' | 'referral' | 'page';

export interface SitePage {
  kind: PageKind;
  url: string;
  title: string;
}

/** The file's shape: every indexed word (normalized, sorted, space-separated) and each result id's page. */
export interface SiteWordsFile {
  words: string;
  pages: Record<string, SitePage>;
}

/** The kind of page at a site path. One table for every language's paths. */
export function pageKind(url: string): PageKind {
  const path = url.replace(/[?#].*$/, '');
  if (/^(\/[a-z]{2})?\/(guides|guias)\/[^/]+\/$/.test(path)) return 'guide';
  if (/^(\/[a-z]{2})?\/(glossary|glosario)\/$/.test(path)) return 'glossary';
  if (/^(\/[a-z]{2})?\/(quiz|autoevaluacion)\/$/.test(path)) return 'self-check';
  if (/^(\/[a-z]{2})?\/(referral-staff|para-profesionales)\/$/.test(path)) return 'referral';
  return 'page';
}

/** The words of a text as search sees them (see normalize): for the build, from each page Pagefind indexed. */
export function wordsOf(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/** Endings English adds to a word: "meeting" is found as "meetings", "use" as "used". */
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'al', 'ly'];
/** Below this length a word must match whole (or with an ending): "na" is not "narcan". */
export const MIN_PREFIX = 4;

/** The stems a reader's word may come from: "meetings" → "meeting", "using" → "use", "studies" → "study". */
function bases(word: string): string[] {
  const out = [word];
  // A stem of three letters at least: "using" is not "us".
  for (const end of ENDINGS) if (word.length - end.length >= 3 && word.endsWith(end)) out.push(word.slice(0, -end.length));
  if (word.endsWith('ies') && word.length >= 5) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ing') && word.length >= 5) out.push(`${word.slice(0, -3)}e`);
  return out;
}

export class SiteWords {
  readonly #words: readonly string[];
  readonly #set: ReadonlySet<string>;
  readonly pages: Readonly<Record<string, SitePage>>;

  constructor(file: SiteWordsFile) {
    this.#words = file.words.split(' ').filter(Boolean).sort();
    this.#set = new Set(this.#words);
    this.pages = file.pages;
  }

  /**
   * The site's words that a reader's word stands for: itself, its forms with
   * common endings, and, for a word of MIN_PREFIX letters or more, the words
   * it begins (a word still being typed: "insur" → "insurance"). Never a
   * shorter word: "narcan" is not "na". Empty when no page uses it.
   * A phrase ("step down") gives the forms of each word, or nothing if one is unknown.
   */
  formsOf(term: string): string[] {
    const parts = normalize(term).split(' ').filter(Boolean);
    if (parts.length === 0) return [];
    const all: string[] = [];
    for (const part of parts) {
      const forms = this.#wordForms(part);
      if (forms.length === 0) return [];
      all.push(...forms);
    }
    return [...new Set(all)];
  }

  has(term: string): boolean {
    return this.formsOf(term).length > 0;
  }

  /** The kind of page a search result is, by its Pagefind id ("page" if unknown). */
  kindOf(id: string): PageKind {
    return this.pages[id]?.kind ?? 'page';
  }

  /** The guides, in the order the file lists them: the way on when nothing matches. */
  guides(): SitePage[] {
    return Object.values(this.pages).filter((p) => p.kind === 'guide');
  }

  #wordForms(word: string): string[] {
    const out = new Set<string>();
    for (const base of bases(word)) {
      if (this.#set.has(base)) out.add(base);
      for (const end of ENDINGS) if (this.#set.has(base + end)) out.add(base + end);
      if (base.endsWith('y')) for (const end of ['ies', 'ied']) if (this.#set.has(base.slice(0, -1) + end)) out.add(base.slice(0, -1) + end);
    }
    if (word.length >= MIN_PREFIX) {
      // The sorted list puts every word that begins with `word` together.
      let lo = 0;
      let hi = this.#words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.#words[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.#words.length && this.#words[i]!.startsWith(word); i++) out.add(this.#words[i]!);
    }
    return [...out];
  }
}

/**
 * Did the reader ask what a word means, rather than what to do? Then a
 * glossary definition may lead ("what is detox", "define ASAM", "PHP meaning").
 */
export function asksForDefinition(query: string): boolean {
  const q = normalize(query);
  return /^(what is|what are|whats|what does \S+( \S+)? mean|define|definition|meaning)\b/.test(q) || /\b(mean|meaning|definition|stand for|stands for)$/.test(q);
}

/** Words that name a page itself: asking for it by name ranks it as a guide would. */
export const PAGE_NAMES: Readonly<Record<Exclude<PageKind, 'guide' | 'page'>, readonly string[]>> = {
  glossary: ['glossary', 'definitions', 'terms', 'define', 'definition', 'meaning'],
  'self-check': ['quiz', 'self check', 'selfcheck', 'test', 'checklist', 'questionnaire'],
  referral: ['referral', 'refer', 'referring', 'counselor', 'clinician', 'social worker', 'staff', 'handout'],
};

/**
 * How much a result of this kind counts for this query. Guides answer; other
 * pages (the glossary, the self-check, the referral page, about) count half,
 * unless the reader asked for a definition (the glossary) or named the page.
 */
export function kindWeight(kind: PageKind, query: string): number {
  if (kind === 'guide') return 1;
  const q = ` ${normalize(query)} `;
  if (kind === 'glossary' && asksForDefinition(query)) return 1;
  if (kind !== 'page' && PAGE_NAMES[kind].some((name) => q.includes(` ${name} `))) return 1;
  return NON_GUIDE_WEIGHT;
}
/** See kindWeight. Measured with the golden questions: 0.5 puts the answering guide first without hiding the glossary. */
export const NON_GUIDE_WEIGHT = 0.5;
