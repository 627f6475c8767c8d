import { mergeResults, type EngineResult, type MergedResult } from './merge';
import { planSearch, type Attempt } from './plan';

/** Pagefind's filter syntax, e.g. `{ topic: { any: ['paying'] } }`. */
export type Filters = Record<string, { any: string[] }>;

/** The part of Pagefind's JS API the search needs (a fake in unit tests). */
export interface SearchEngine<R extends EngineResult = EngineResult> {
  /** A null query with filters lists every page that has them. */
  search(query: string | null, options: { filters?: Filters }): Promise<{ results: R[] } | null>;
}

export interface SearchOutcome<R extends EngineResult> {
  results: (MergedResult & { result: R })[];
  /** True when nothing matched all of the reader's own words, and every result comes from synonyms or fewer words. */
  broadened: boolean;
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
  { filters, enough = ENOUGH_RESULTS }: { filters?: Filters; enough?: number } = {},
): Promise<SearchOutcome<R>> {
  const options = filters && Object.keys(filters).length ? { filters } : {};
  const runs: { attempt: Attempt; results: R[] }[] = [];

  if (!query.trim()) {
    if (!options.filters) return { results: [], broadened: false, attempts: [] };
    const found = await engine.search(null, options);
    runs.push({ attempt: { query: '', weight: 1, kind: 'exact' }, results: found?.results ?? [] });
  }

  let merged: MergedResult[] = mergeResults(runs);
  for (const stage of query.trim() ? planSearch(query) : []) {
    // One search at a time: Pagefind's worker answers them in turn anyway,
    // and each takes a few milliseconds on an index this size.
    for (const attempt of stage) {
      const found = await engine.search(attempt.query, options);
      runs.push({ attempt, results: found?.results ?? [] });
    }
    merged = mergeResults(runs);
    if (merged.length >= enough) break;
  }

  const byId = new Map(runs.flatMap((r) => r.results.map((x) => [x.id, x] as const)));
  return {
    results: merged.map((m) => ({ ...m, result: byId.get(m.id)! })),
    broadened: merged.length > 0 && !runs.some((r) => (r.attempt.kind === 'exact' || r.attempt.kind === 'terms') && r.results.length > 0),
    attempts: runs.map((r) => r.attempt),
  };
}
