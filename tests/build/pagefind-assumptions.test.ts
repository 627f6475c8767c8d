import { test, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/site';

// The search tunings (src/components/search/pagefind-tuning.ts and the
// WebAssembly preload in search-boot.ts) and Vite's preload helper
// (src/integrations/vite/no-preload-helper.ts) each rest on another
// project's internals. These read the built files and fail, naming the
// tuning, when an upgrade of Pagefind or Vite changes what one assumes: then
// measure it again (`npm run bench -- --search-tuning`) and fix or remove it.
// Checked as true or false, so a failure prints its message, not Pagefind's 47 KB.
const pagefindJs = () => readFileSync(join(DIST, 'pagefind/pagefind.js'), 'utf8');

test('warm-segmenter: Pagefind splits every query with Intl.Segmenter', () => {
  expect(/async search\(term,options2=\{\}\)\{[^]{0,900}?new Intl\.Segmenter\(trueLanguage,\{granularity:"grapheme"\}\)/.test(pagefindJs()), 'Pagefind no longer uses Intl.Segmenter: warmTextSegmenter() gains nothing').toBe(true);
});

test('result-cache: every data() call loads the fragment and builds the excerpt again', () => {
  expect(/data:async\(\)=>await this\.loadFragment\(/.test(pagefindJs()), "Pagefind's data() changed: check whether it now caches, and drop dataOf()'s cache").toBe(true);
});

test('wasm-preload: Pagefind fetches wasm.<language>.pagefind, named in its entry file as search-boot.ts guesses it', () => {
  expect(pagefindJs().includes('wasm.${language}.pagefind'), 'the WebAssembly file name changed: fix the preload URL in search-boot.ts').toBe(true);
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  for (const [language, { wasm }] of Object.entries(entry.languages)) {
    // search-boot.ts asks for the page's primary language subtag ("en" for en-GB).
    expect(wasm, `the index for ${language}`).toBe(language.split('-')[0]);
    expect(readdirSync(join(DIST, 'pagefind'))).toContain(`wasm.${wasm}.pagefind`);
  }
});

test("no-preload-helper: no built script carries Vite's modulepreload helper", () => {
  const dir = join(DIST, '_astro');
  const withHelper = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => /modulepreload|relList/.test(readFileSync(join(dir, f), 'utf8')));
  expect(withHelper, "Vite's helper is back: its module id (\\0vite/preload-helper.js) must have changed").toEqual([]);
});
