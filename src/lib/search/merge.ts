import type { Attempt } from './plan';

/** What Pagefind returns for one result before its data is loaded. */
export interface EngineResult {
  id: string;
  score: number;
}

export interface MergedResult {
  id: string;
  /** Combined score: for each attempt that found the page, weight × (score ÷ best score of that attempt). */
  score: number;
  /** The first attempt (in plan order) that found the page. */
  firstAttempt: number;
}

/**
 * Merges the results of several searches into one ranked list. Each attempt's
 * scores are scaled to its own best result (Pagefind's scores grow with the
 * number of words, so raw scores from different queries do not compare), then
 * weighted, then summed: a page that several phrasings find rises.
 */
export function mergeResults(runs: readonly { attempt: Attempt; results: readonly EngineResult[] }[]): MergedResult[] {
  const merged = new Map<string, MergedResult>();
  runs.forEach(({ attempt, results }, index) => {
    const best = Math.max(0, ...results.map((r) => r.score));
    for (const r of results) {
      const part = attempt.weight * (best > 0 ? r.score / best : 1);
      const prev = merged.get(r.id);
      if (prev) prev.score += part;
      else merged.set(r.id, { id: r.id, score: part, firstAttempt: index });
    }
  });
  return [...merged.values()].sort((a, b) => b.score - a.score || a.firstAttempt - b.firstAttempt);
}
