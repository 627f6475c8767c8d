import { mergeResults, type EngineResult, type MergedResult } from './merge';
import { planSearch, sortTerms, type Attempt } from './plan';
import { kindWeight, type SiteWords } from './words';

/** Pagefind's filter syntax, e.g. `{ topic: { any: ['paying'] } }`. */
export type Filters = Record<string, { any: string[] }>;

/** The part of Pagefind's JS API the search needs (a fake in unit tests). */
export interface SearchEngine<R extends EngineResult = EngineResult> {
  /** A null query with filters lists every page that has them. */
  search(query: string | null, options: { filters?: Filters }): Promise<{ results: R[] } | null>;
  /** Starts loading what a search will need (Pagefind's index chunks for its words), without searching. */
  preload?(query: string, options: { filters?: Filters }): Promise<unknown>;
}

export interface SearchOutcome<R extends EngineResult> {
  results: (MergedResult & { result: R })[];
  /** True when nothing matched all of the reader's own words, and every result comes from synonyms or fewer words. */
  broadened: boolean;
  /** The reader's words that no page uses (never searched: see SiteWords). */
  unknown: string[];
  /** Every search that ran, in order. */
  attempts: Attempt[];
}

/** Ask again with broader searches while fewer than this many pages are found. */
export const ENOUGH_RESULTS = 3;

/**
 * Runs the plan for a query stage by stage (see planSearch), stopping at the
 * first stage after which at least `enough` pages are found, and merges
 * everything found so far. With no words but some filters, it lists every
 * page that has them; with neither, it finds nothing.
 */
export async function runSearch<R extends EngineResult>(
  engine: SearchEngine<R>,
  query: string,
  { filters, enough = ENOUGH_RESULTS, words }: { filters?: Filters; enough?: number; words?: SiteWords | undefined } = {},
): Promise<SearchOutcome<R>> {
  const options = filters && Object.keys(filters).length ? { filters } : {};
  const runs: { attempt: Attempt; results: R[] }[] = [];
  const known = words ? (term: string) => words.has(term) : undefined;
  const { unknown } = sortTerms(query, known);

  if (!query.trim()) {
    if (!options.filters) return { results: [], broadened: false, unknown, attempts: [] };
    const found = await engine.search(null, options);
    runs.push({ attempt: { query: '', weight: 1, kind: 'exact' }, results: found?.results ?? [] });
  }

  // Guides first: a definition, the self-check or the referral page counts
  // less unless the reader asked for it (kindWeight).
  const rank = (list: MergedResult[]) =>
    words ? list.map((m) => ({ ...m, score: m.score * kindWeight(words.kindOf(m.id), query) })).sort((a, b) => b.score - a.score || a.firstAttempt - b.firstAttempt) : list;
  let merged: MergedResult[] = rank(mergeResults(runs));
  for (const stage of query.trim() ? planSearch(query, { known }) : []) {
    // The index chunks for every search of the stage load at once (a synonym
    // can live in a chunk of its own); the searches then run one at a time,
    // each a few milliseconds on an index this size.
    if (engine.preload) for (const attempt of stage) engine.preload(attempt.query, options).catch(() => {});
    for (const attempt of stage) {
      const found = await engine.search(attempt.query, options);
      runs.push({ attempt, results: found?.results ?? [] });
    }
    merged = rank(mergeResults(runs));
    if (merged.length >= enough) break;
  }

  // A page found by several searches keeps the result of the first (the
  // reader's own words): its excerpt marks what they typed, and it is the
  // one whose text the caller may have started to fetch.
  const byId = new Map<string, R>();
  for (const run of runs) for (const x of run.results) if (!byId.has(x.id)) byId.set(x.id, x);
  return {
    results: merged.map((m) => ({ ...m, result: byId.get(m.id)! })),
    broadened: merged.length > 0 && (unknown.length > 0 || !runs.some((r) => (r.attempt.kind === 'exact' || r.attempt.kind === 'terms') && r.results.length > 0)),
    unknown,
    attempts: runs.map((r) => r.attempt),
  };
}
