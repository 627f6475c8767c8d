import { isStopWord } from './stop-words.ts';
import { ONE_WAY, READER_WORDS, SYNONYM_GROUPS } from './synonyms.ts';

/** Longest phrase (in words) the synonym map can hold. */
const MAX_PHRASE_WORDS = 3;
/** More words than this and a question is a paragraph; the rest are dropped. */
const MAX_TERMS = 6;

/**
 * Lower case, no accents, no apostrophes ("don't" → "dont"), and every run
 * of other punctuation (hyphens too) as a space.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokenize(text: string): string[] {
  const normal = normalize(text);
  return normal ? normal.split(' ') : [];
}

/** Phrases the synonym map knows ("step down", "loved one"), so they stay whole. */
function knownPhrases(): Set<string> {
  const maps = [ONE_WAY, READER_WORDS];
  const all = [...SYNONYM_GROUPS.flat(), ...maps.flatMap((m) => [...Object.keys(m), ...Object.values(m).flat()])];
  return new Set(all.map(normalize).filter((w) => w.includes(' ')));
}
const PHRASES = knownPhrases();

/**
 * The words of a query that say what the reader wants: known phrases kept
 * whole, stop words dropped, duplicates removed, at most MAX_TERMS.
 * "How do I step down after rehab?" → ["step down", "after", "rehab"].
 */
export function contentTerms(query: string): string[] {
  const tokens = tokenize(query);
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let phrase = '';
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n > 1; n--) {
      const candidate = tokens.slice(i, i + n).join(' ');
      if (PHRASES.has(candidate)) {
        phrase = candidate;
        i += n;
        break;
      }
    }
    if (phrase) terms.push(phrase);
    else {
      const word = tokens[i]!;
      i += 1;
      if (!isStopWord(word)) terms.push(word);
    }
  }
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** A crude singular, only to look words up in the synonym map ("meetings" → "meeting"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Other words for one term, from the synonym map, in map order, without the
 * term itself. Looks the term up as typed, then in its singular form.
 */
export function synonymsOf(term: string): string[] {
  const out: string[] = [];
  for (const key of new Set([term, singular(term)])) {
    for (const group of SYNONYM_GROUPS) if (group.includes(key)) out.push(...group);
    out.push(...(ONE_WAY[key] ?? []), ...(READER_WORDS[key] ?? []));
  }
  const self = new Set([term, singular(term)]);
  return [...new Set(out)].filter((w) => !self.has(w));
}

/** True for a word the guides never use ("suboxone", "son": READER_WORDS in the synonym map). */
export function isAlias(term: string): boolean {
  return Object.hasOwn(READER_WORDS, term) || Object.hasOwn(READER_WORDS, singular(term));
}

/** The guides' word for a term: an alias's first known synonym ("son" → "family"); used for aliases and for words no page has. */
export function resolveAlias(term: string, known: (word: string) => boolean = () => true): string {
  return isAlias(term) || !known(term) ? (synonymsOf(term).find(known) ?? term) : term;
}
