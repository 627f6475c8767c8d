import { describe, it, expect } from 'vitest';
import { bundleFilesToPublish } from '../../../../src/lib/search/bundle-files';

describe('bundleFilesToPublish', () => {
  const entry = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 16 } } });
  const files = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-highlight.js',
    'pagefind-entry.json',
    'pagefind.en_1.pf_meta',
    'wasm.en.pagefind',
    'wasm.unknown.pagefind',
    'index/en_a.pf_index',
    'fragment/en_b.pf_fragment',
    'filter/en_c.pf_filter',
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
  ].map((path) => ({ path }));

  it('keeps everything the JS API loads: script, worker, highlight script, index, fragments, filters', () => {
    expect(bundleFilesToPublish(files, entry).map((f) => f.path)).toEqual([
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-highlight.js',
      'pagefind-entry.json',
      'pagefind.en_1.pf_meta',
      'wasm.en.pagefind',
      'index/en_a.pf_index',
      'fragment/en_b.pf_fragment',
      'filter/en_c.pf_filter',
    ]);
  });

  it('keeps the fallback WebAssembly when a language in the index needs it', () => {
    const withUnknown = JSON.stringify({ languages: { en: { wasm: 'en' }, xx: {} } });
    expect(bundleFilesToPublish(files, withUnknown).map((f) => f.path)).toContain('wasm.unknown.pagefind');
  });
});
