import { contentTerms, isAlias, normalize, resolveAlias, synonymsOf } from './query';

/** One search to run against Pagefind, and how much its results count. */
export interface Attempt {
  /** The text given to Pagefind. */
  query: string;
  /** 1 for the reader's own words; less for each step away from them. */
  weight: number;
  /** Why this attempt exists (for tests and the bench; readers see only the merged results). */
  kind: 'exact' | 'terms' | 'synonym' | 'fewer';
}

/** How much a search counts when it uses a word the guides never use (it can only match by accident). */
export const ALIAS_LITERAL_WEIGHT = 0.3;
/** How much a search with one word swapped for a synonym counts. */
const SYNONYM_WEIGHT = 0.8;

export interface PlanOptions {
  maxPerStage?: number;
  /** Is this word (or phrase) on some page? See SiteWords.has; without it every word counts. */
  known?: ((term: string) => boolean) | undefined;
}
const everyWord = () => true;

/**
 * The reader's content words, split into those some page uses (itself or a
 * synonym) and those none does. Only the first are searched.
 */
export function sortTerms(raw: string, known: (term: string) => boolean = everyWord): { terms: string[]; unknown: string[] } {
  const terms: string[] = [];
  const unknown: string[] = [];
  for (const term of contentTerms(raw)) (known(term) || synonymsOf(term).some(known) ? terms : unknown).push(term);
  return { terms, unknown };
}

/**
 * The searches for one query, in stages. A later stage runs only when the
 * stages before it found too little (see runSearch).
 *
 * Stage 1, always:
 * - its content words, stop words dropped ("how many hours a week" → "hours week");
 * - the query as typed (quoted phrases and other Pagefind syntax work here;
 *   with a quoted phrase, this one comes first);
 * - the same with words the guides never use swapped for the ones they do
 *   ("make daughter rehab" → "make family treatment");
 * - one word at a time swapped for each of its synonyms ("cost" → "pay", "insurance").
 *
 * Then, one stage each: fewer words (each way to leave one out), then each word alone.
 * Duplicate searches are removed, keeping the first.
 */
/** Shorter words than this are searched as whole words: Pagefind would also match every word they begin ("na" → "naloxone"). */
export const WHOLE_WORD_BELOW = 4;

/** A query for Pagefind: short single words quoted, which Pagefind matches as whole words only. */
export function toPagefindQuery(words: readonly string[]): string {
  return words.map((w) => (!w.includes(' ') && w.length < WHOLE_WORD_BELOW ? `"${w}"` : w)).join(' ');
}

export function planSearch(raw: string, { maxPerStage = 12, known = everyWord }: PlanOptions = {}): Attempt[][] {
  const typed = raw.replace(/\s+/g, ' ').trim();
  const { terms } = sortTerms(typed, known);
  // A reader's word no page uses is searched in the guides' word only: Pagefind would shorten it until it matched something.
  const resolved = terms.map((t) => resolveAlias(t, known));
  const literal = terms.map((t) => (known(t) ? t : resolved[terms.indexOf(t)]!));
  const literalWeight = terms.some((t) => isAlias(t) && known(t)) ? ALIAS_LITERAL_WEIGHT : 1;
  const seen = new Set<string>();
  const push = (stage: Attempt[], a: Attempt) => {
    const words = normalize(a.query);
    if (!words) return;
    // A quoted phrase is a different search from the same words unquoted.
    const key = a.query.includes('"') ? a.query.toLowerCase() : words;
    if (seen.has(key) || stage.length >= maxPerStage) return;
    seen.add(key);
    stage.push(a);
  };

  const first: Attempt[] = [];
  // A page's excerpt and section links come from the first search that finds
  // it (runSearch). So the content words come first, as "a" or "how" would
  // pull them towards any paragraph at all; but a quoted phrase, as typed,
  // comes before its loose words.
  // The query as typed only for a quoted phrase: otherwise its stop words
  // ("how", "a") match every page, and every page would count as a result.
  if (typed.includes('"') && terms.length) push(first, { query: typed, weight: literalWeight, kind: 'exact' });
  push(first, { query: toPagefindQuery(literal), weight: literalWeight, kind: 'terms' });
  push(first, { query: toPagefindQuery(resolved), weight: 1, kind: 'synonym' });
  terms.forEach((term, i) => {
    // A synonym that is already another word of the query adds nothing ("insurance pay" → "pay pay").
    for (const alt of synonymsOf(term).filter((w) => !resolved.includes(w) && known(w))) {
      push(first, { query: toPagefindQuery(resolved.map((t, j) => (j === i ? alt : t))), weight: SYNONYM_WEIGHT, kind: 'synonym' });
    }
  });
  // Every word that has synonyms swapped at once, for its first (most
  // common) synonym: "make daughter rehab" → "make family treatment".
  // Not when two words would become the same one ("insurance pay" → "cost cost").
  const allSwapped = terms.map((t) => synonymsOf(t).find(known) ?? t);
  if (allSwapped.filter((t, i) => t !== resolved[i]).length > 1 && new Set(allSwapped).size === allSwapped.length) {
    push(first, { query: toPagefindQuery(allSwapped), weight: SYNONYM_WEIGHT, kind: 'synonym' });
  }
  const stages = [first];

  // Fewer words: each way to leave one word out, then each word alone (in
  // the guides' words). Not every combination: a long question would mean
  // dozens of searches, and these two steps find what the others would.
  if (resolved.length > 1) {
    const fewer: Attempt[] = [];
    resolved.forEach((_, skip) => {
      push(fewer, { query: toPagefindQuery(resolved.filter((__, i) => i !== skip)), weight: 0.6, kind: 'fewer' });
    });
    stages.push(fewer);
  }
  if (resolved.length > 2) {
    const single: Attempt[] = [];
    for (const word of resolved) push(single, { query: toPagefindQuery([word]), weight: 0.4, kind: 'fewer' });
    stages.push(single);
  }
  return stages.filter((s) => s.length > 0);
}

/**
 * The words to highlight on the page a reader opens: the content words of
 * the query, and the guides' words for any alias ("suboxone" also marks
 * "buprenorphine"). Given the site's words (`formsOf`, see SiteWords), the
 * page's own forms of them, as whole words: "meeting" marks "meetings", and
 * "son" never marks "so" or "person".
 */
export function highlightTerms(raw: string, formsOf?: (term: string) => string[]): string[] {
  const known = formsOf ? (t: string) => formsOf(t).length > 0 : everyWord;
  const { terms } = sortTerms(raw, known);
  const words = [...terms, ...terms.map((t) => resolveAlias(t, known))].filter(known);
  return [...new Set(words.flatMap((t) => (formsOf ? formsOf(t) : t.split(' '))))];
}
