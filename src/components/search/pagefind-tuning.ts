/**
 * Every way search leans on Pagefind's internals (or the browser's) to make a
 * first search faster, in one place. Each says what it assumes and what it
 * gained when measured. tests/build/pagefind-assumptions.test.ts fails if a
 * Pagefind upgrade breaks an assumption; `npm run bench -- --search-tuning`
 * measures each gain again by turning it off, one at a time, through
 * `window.iopSearchTuningOff` (never set by the site itself). Remove one
 * whose gain the bench can no longer show.
 *
 * The one other lives in search-boot.ts, since it must start before this
 * file loads: the preload of Pagefind's WebAssembly. Its assumption and gain
 * are stated there; the bench turns it off by dropping that <link>.
 *
 * Measured December 2026 (decision 016): a cold first search on a phone
 * profile (4x slower CPU, 150 ms round trips) took 1,661 ms with all on;
 * with the WebAssembly preload off 220 ms more, the result cache off 54 ms
 * more, the segmenter warm-up off 40 ms more. Unthrottled, only the cache
 * showed (12 to 22 ms). Staggered "ready" probes gained nothing on either
 * and were removed.
 */

/** The tunings, by the names the bench uses to turn them off. */
export type Tuning = 'warm-segmenter' | 'result-cache';

/** True unless the bench has turned `tuning` off for this page. */
export function tuned(tuning: Tuning): boolean {
  const off = (globalThis as { iopSearchTuningOff?: readonly string[] }).iopSearchTuningOff;
  return !off?.includes(tuning);
}

/**
 * A throwaway worker makes one Intl.Segmenter, as search opens. Assumes:
 * Pagefind splits every query with Intl.Segmenter, and Chromium loads ICU's
 * break rules (about 50 ms here) for the first one in a tab, then shares them
 * across its threads. Paid on another thread while the index downloads, the
 * pause leaves the first search (decision 004; 40 ms on a phone profile).
 */
export function warmTextSegmenter(): void {
  if (!tuned('warm-segmenter')) return;
  try {
    new Worker(new URL('./warm-text-segmenter.ts', import.meta.url), { type: 'module' }).postMessage(document.documentElement.lang || 'en');
  } catch {
    // No workers: Pagefind makes its splitter when it first searches.
  }
}

interface WithData<T> {
  data(): Promise<T>;
}

const texts = new WeakMap<object, Promise<unknown>>();
/**
 * A result's text and excerpt, fetched and built once. Assumes: Pagefind's
 * data() loads the page's fragment and rebuilds the excerpt on every call;
 * building an excerpt is the costliest step of a search once the index is in
 * (a few ms each). Search calls it twice for the best result: to prefetch its
 * text, then to show it (decision 006; 12 to 54 ms).
 */
export function dataOf<T>(result: WithData<T>): Promise<T> {
  if (!tuned('result-cache')) return result.data();
  let text = texts.get(result) as Promise<T> | undefined;
  if (!text) {
    text = result.data();
    texts.set(result, text);
  }
  return text;
}
