import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { precacheOptions, precacheProblems } from '../../../../src/lib/offline/precache';
import { buildServiceWorker } from '../../../../src/integrations/service-worker';

// What the search integration publishes in pagefind/ besides the index (src/lib/search/bundle-files.ts).
const PAGEFIND_FILES = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.en.pagefind'];

describe('precacheProblems', () => {
  const complete = [
    '/index.html',
    '/offline/index.html',
    '/_astro/style.abc.css',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en.pagefind',
    '/pagefind/index/en_1.pf_index',
    '/pagefind/fragment/en_1.pf_fragment',
    '/manifest.webmanifest',
  ];

  it('accepts a list with the pages, the stylesheet, the manifest and the whole search index', () => {
    expect(precacheProblems(complete)).toEqual([]);
  });

  it('names each missing piece the offline promises need', () => {
    expect(precacheProblems(complete.filter((u) => !u.includes('fragment') && u !== '/offline/index.html'))).toEqual([
      'the precache lacks the offline page',
      'the precache lacks the Pagefind fragments',
    ]);
  });

  it('rejects Open Graph images', () => {
    expect(precacheProblems([...complete, '/og/what-is-iop.png'])).toEqual(['the precache holds an Open Graph image: /og/what-is-iop.png']);
  });
});

describe('the precache list of a built site', () => {
  let dir: string;
  const write = (file: string, text = 'x') => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'precache-'));
    for (const f of [
      'index.html',
      'guides/what-is-iop/index.html',
      'quiz/index.html',
      'offline/index.html',
      '404.html',
      '_astro/style.abc123.css',
      '_astro/UpdateNotice.def456.js',
      'favicon.svg',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'og/what-is-iop.png',
      'og/index.png',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'sw.js',
      'workbox-abc.js',
      'pagefind/pagefind.en_1a.pf_meta',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/filter/en_1.pf_filter',
      ...PAGEFIND_FILES,
    ]) {
      write(f);
    }
    write('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.6.0', languages: { en: { wasm: 'en' } } }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every page, asset and search file the site uses, and nothing else', async () => {
    const { manifestEntries } = await getManifest(precacheOptions(dir));
    expect(manifestEntries.map((e) => e.url).sort()).toEqual([
      '/_astro/UpdateNotice.def456.js',
      '/_astro/style.abc123.css',
      '/favicon.svg',
      '/guides/what-is-iop/index.html',
      '/index.html',
      '/manifest.webmanifest',
      '/offline/index.html',
      '/pagefind/filter/en_1.pf_filter',
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/fragment/en_2.pf_fragment',
      '/pagefind/index/en_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-highlight.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.en_1a.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
      '/quiz/index.html',
    ]);
  });

  it('lets hashed Astro bundles be their own revision and gives every other file a content hash', async () => {
    const { manifestEntries } = await getManifest(precacheOptions(dir));
    for (const e of manifestEntries) {
      if (e.url.startsWith('/_astro/')) expect(e.revision, e.url).toBeNull();
      else expect(e.revision, e.url).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('fails the build, naming what is missing, when the offline page was not built', async () => {
    rmSync(join(dir, 'offline'), { recursive: true });
    await expect(buildServiceWorker(dir)).rejects.toThrow('the precache lacks the offline page');
  });
});

describe('public/_headers, for the service worker', () => {
  it('tells hosts to revalidate sw.js on every visit, so readers learn of a new build at once', async () => {
    const { headersFor, parseHeadersFile } = await import('../../../../src/lib/headers-file');
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
  });
});
