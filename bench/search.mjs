// The search part of `npm run bench`: index size, bytes fetched for a first
// search, time to first result, cold and warm, in Chromium, and how often the
// golden questions (tests/fixtures/search-golden.json) find their guide.
// Timings are reported, never asserted (they depend on the machine).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-options.mjs';
import { walk } from '../src/integrations/built-site.ts';
import { startStaticServer } from '../scripts/static-server.mjs';

const golden = JSON.parse(readFileSync(resolve(import.meta.dirname, '../tests/fixtures/search-golden.json'), 'utf8'));

/** Sizes of dist/pagefind: every file, raw and gzip (Pagefind's index files are gzip already, so they barely shrink). */
export function indexSize(dist) {
  const dir = join(dist, 'pagefind');
  const groups = {};
  let raw = 0;
  let gzip = 0;
  // Sorted, so the groups print in the same order every time.
  const files = walk(dir).sort();
  for (const file of files) {
    const buf = readFileSync(file);
    const rel = relative(dir, file);
    const group = rel.startsWith('fragment/') ? 'fragments' : rel.startsWith('index/') ? 'index chunks' : rel.startsWith('filter/') ? 'filters' : rel.endsWith('.pagefind') ? 'wasm' : rel.endsWith('.js') ? 'js' : 'meta';
    const g = (groups[group] ??= { files: 0, raw: 0, gzip: 0 });
    const gz = gzipSync(buf, { level: 9 }).length;
    g.files += 1;
    g.raw += buf.length;
    g.gzip += gz;
    raw += buf.length;
    gzip += gz;
  }
  return { files: files.length, raw, gzip, groups };
}

/**
 * Runs `use(origin, browser)` with `dist` served as a static host would
 * (scripts/static-server.mjs): gzip, and the headers in _headers, among them
 * Content-Encoding for Pagefind's gzipped files. `astro preview` has neither,
 * so it would time work no deployed copy of the site does (Pagefind
 * unzipping its index in JS).
 */
export async function withSiteInChromium(dist, use) {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    return await use(server.url, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/**
 * Runs in the page: opens the header's search, submits `query` as soon as
 * the form is there (no typing delay) and resolves with the milliseconds
 * until the first result is in the page with its status (the browser then
 * lays it out and paints it), or until the status reports none:
 * `fromOpen` counts from opening search, `fromSubmit` from submitting.
 */
export function timeSearchInPage(query) {
  return new Promise((resolveTime, reject) => {
    const t0 = performance.now();
    let submitted = t0;
    const el = document.querySelector('site-search');
    el.open().then(() => {
      const dialog = el.querySelector('dialog');
      const input = dialog.querySelector('[data-search-input]');
      const status = dialog.querySelector('[data-search-status]');
      const done = () => {
        const list = dialog.querySelector('[data-search-results] ol');
        const text = status.textContent ?? '';
        if (text.includes(`“${query}”`) && (list || /^No pages match/.test(text))) {
          observer.disconnect();
          const now = performance.now();
          resolveTime({ fromOpen: now - t0, fromSubmit: now - submitted });
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(done);
      observer.observe(dialog, { subtree: true, childList: true, characterData: true });
      input.value = query;
      submitted = performance.now();
      input.form.requestSubmit();
      setTimeout(() => reject(new Error(`no result for ${query} in 20 s`)), 20_000);
    }, reject);
  });
}

/**
 * The time this machine takes for a fixed piece of work (a loop in one
 * thread, in Node), in ms. The host's CPU speed swings about twofold from one
 * minute to the next, so every timing is printed with this, taken before and
 * after the searches, to say how fast the machine was while they ran.
 */
export function cpuCheckMs() {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x += i % 7;
  if (x < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  return performance.now() - started;
}

/**
 * Cold: a fresh browser context (empty cache, nothing of search loaded) per
 * query, on a guide page. The query is submitted the moment the field
 * appears, so Pagefind's entry file, index, WebAssembly start-up and the
 * first result's text all load after Enter. Timed from submitting, as warm
 * is, so the two differ only in what is cached; `coldFromOpenMs` adds
 * opening search (fetching the form, showing the dialog).
 * Warm: the same page, search already loaded and the site saved by the
 * service worker; from submitting a query to its results.
 * Bytes: everything fetched, page and worker, from opening search to the
 * first result.
 */
export function measureSearch(dist, { queries = golden.queries.slice(0, 20).map((g) => g.q), page: start = '/guides/what-is-iop/' } = {}) {
  return withSiteInChromium(dist, async (origin, browser) => {
    const cpuBefore = cpuCheckMs();
    const cold = [];
    let firstSearch = null;
    for (const q of queries) {
      // Service worker blocked: on a first visit it precaches the whole site
      // (search index included) at the same time, which would time that
      // download rather than search; and once it has, search is never cold.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${origin}${start}`, { waitUntil: 'networkidle' });
      const fetched = [];
      // The context sees the worker's fetches too (Pagefind searches in a Web Worker).
      context.on('requestfinished', async (r) => {
        const sizes = await r.sizes().catch(() => null);
        if (sizes) fetched.push({ path: new URL(r.url()).pathname, body: sizes.responseBodySize });
      });
      cold.push(await page.evaluate(timeSearchInPage, q));
      await page.waitForTimeout(300);
      if (!firstSearch) {
        const gzipOf = (f) => {
          try {
            return gzipSync(readFileSync(join(dist, f.path.endsWith('/') ? `${f.path}index.html` : f.path)), { level: 9 }).length;
          } catch {
            return f.body;
          }
        };
        firstSearch = {
          query: q,
          requests: fetched.length,
          bytes: fetched.reduce((sum, f) => sum + f.body, 0),
          gzipBytes: fetched.reduce((sum, f) => sum + gzipOf(f), 0),
          files: fetched.map((f) => ({ path: f.path, bytes: f.body, gzip: gzipOf(f) })),
        };
      }
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${start}`, { waitUntil: 'networkidle' });
    // Warm is a reader on a second visit: the service worker has saved the
    // site (its install is the offline precache, ~400 KB). Waiting for it
    // keeps that one-off download out of the timings.
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await page.evaluate(timeSearchInPage, 'treatment');
    const warm = [];
    for (const q of queries) warm.push(await page.evaluate(timeSearchInPage, q));
    // Warm again: fragments of every result page are now cached too.
    const warmCached = [];
    for (const q of queries) warmCached.push(await page.evaluate(timeSearchInPage, q));
    await context.close();
    // Timings depend on what else the machine is doing: say how busy it was.
    const open = (xs) => xs.map((x) => x.fromOpen);
    const submit = (xs) => xs.map((x) => x.fromSubmit);
    return {
      queries: queries.length,
      coldMs: median(submit(cold)),
      coldFromOpenMs: median(open(cold)),
      warmMs: median(submit(warm)),
      warmCachedMs: median(submit(warmCached)),
      coldAll: submit(cold),
      warmAll: submit(warm),
      firstSearch,
      loadAverage: loadavg()[0],
      cpus: cpus().length,
      cpuCheckMs: [cpuBefore, cpuCheckMs()],
    };
  });
}

/** Golden-set hit rate: the expected guide (or, at scale, one of its copies) in the top 3 of /search/?q=. */
export function goldenHitRate(dist, { copies = false } = {}) {
  return withSiteInChromium(dist, async (origin, browser) => {
    const page = await browser.newPage();
    const misses = [];
    const firstMisses = [];
    const settle = async () => {
      const status = page.locator('main [data-search-status]');
      await status.filter({ hasText: /results? for|No pages match|some of them/ }).waitFor({ timeout: 20_000 });
      await page.locator('main [data-search-results][aria-busy]').waitFor({ state: 'detached', timeout: 20_000 });
    };
    for (const g of golden.queries) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(g.q)}`);
      await settle();
      const hrefs = await page.locator('main .search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const top = hrefs.slice(0, 3).map((h) => h.split(/[?#]/)[0]);
      const slug = g.expect.replace(/^\/guides\/|\/$/g, '');
      const isExpected = (h) => h === g.expect || (copies && h.startsWith(`/guides/${slug}--`));
      if (!top.some(isExpected)) misses.push(`${g.q} → ${top.join(' ') || 'nothing'}`);
      const first = (hrefs[0] ?? '').replace(/\?[^#]*/, '');
      if (!isExpected(first.split('#')[0]) && first !== g.alsoFirst) firstMisses.push(`${g.q} → ${first || 'nothing'}`);
    }
    const safetyMisses = [];
    // Searches where a reader may be in danger: the safety answer must come first (src/lib/search/safety.ts).
    const safety = golden.safety ?? [];
    for (const g of safety) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(g.q)}`);
      await settle();
      // The safety answers sit before the results (SearchPanel.astro): one that links to `href` must be there.
      const links = await page.locator('main [data-search-safety] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (!links.includes(g.href)) safetyMisses.push(`${g.q} → ${links.join(' ') || 'no safety answer'}`);
    }
    return {
      hits: golden.queries.length - misses.length,
      total: golden.queries.length,
      misses,
      first: golden.queries.length - firstMisses.length,
      firstMisses,
      safety: { hits: safety.length - safetyMisses.length, total: safety.length, misses: safetyMisses },
    };
  });
}
