// The search part of `npm run bench`: index size, bytes fetched for a first
// search, and time to first result, cold and warm, in Chromium; and, with
// --scale, the same for 1,000 generated guides. Figures are reported, never
// asserted (timings depend on the machine).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { walk } from './site-files.mjs';

const root = resolve(import.meta.dirname, '..');

export function readGolden() {
  return JSON.parse(readFileSync(resolve(root, 'tests/fixtures/search-golden.json'), 'utf8')).queries;
}

/** Searches where a reader may be in danger: the safety answer must come first (src/lib/search/safety.ts). */
export function readSafetyGolden() {
  return JSON.parse(readFileSync(resolve(root, 'tests/fixtures/search-golden.json'), 'utf8')).safety ?? [];
}

/** Sizes of dist/pagefind: every file, raw and gzip (Pagefind's index files are gzip already, so they barely shrink). */
export function indexSize(dist) {
  const dir = join(dist, 'pagefind');
  const groups = {};
  let raw = 0;
  let gzip = 0;
  const files = walk(dir);
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
 * Serves `dist` as a static host would (scripts/static-server.mjs): gzip, and
 * the headers in _headers, among them Content-Encoding for Pagefind's
 * gzipped files. `astro preview` has neither, so it would time work no
 * deployed copy of the site does (Pagefind unzipping its index in JS).
 */
async function startServer(dist) {
  const { startStaticServer } = await import('./static-server.mjs');
  const { url, close } = await startStaticServer(dist);
  return { url, stop: close };
}

const median = (xs) => {
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
function timeSearchInPage(query) {
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
function cpuCheckMs() {
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
export async function measureSearch(dist, { queries = readGolden().slice(0, 20).map((g) => g.q), page: path } = {}) {
  const { chromium } = await import('@playwright/test');
  const server = await startServer(dist);
  const browser = await chromium.launch({
    ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const cpuBefore = cpuCheckMs();
  try {
    const start = path ?? '/guides/what-is-iop/';
    const cold = [];
    let firstSearch = null;
    for (const q of queries) {
      // Service worker blocked: on a first visit it precaches the whole site
      // (search index included) at the same time, which would time that
      // download rather than search; and once it has, search is never cold.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${server.url}${start}`, { waitUntil: 'networkidle' });
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
    await page.goto(`${server.url}${start}`, { waitUntil: 'networkidle' });
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
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Golden-set hit rate: the expected guide (or, at scale, one of its copies) in the top 3 of /search/?q=. */
export async function goldenHitRate(dist, { copies = false } = {}) {
  const { chromium } = await import('@playwright/test');
  const server = await startServer(dist);
  const browser = await chromium.launch({
    ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const misses = [];
    const firstMisses = [];
    const golden = readGolden();
    const settle = async () => {
      const status = page.locator('main [data-search-status]');
      await status.filter({ hasText: /results? for|No pages match|some of them/ }).waitFor({ timeout: 20_000 });
      await page.locator('main [data-search-results][aria-busy]').waitFor({ state: 'detached', timeout: 20_000 });
    };
    for (const g of golden) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(g.q)}`);
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
    const safety = readSafetyGolden();
    for (const g of safety) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(g.q)}`);
      await settle();
      // The safety answers sit before the results (SearchPanel.astro): one that links to `href` must be there.
      const links = await page.locator('main [data-search-safety] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (!links.includes(g.href)) safetyMisses.push(`${g.q} → ${links.join(' ') || 'no safety answer'}`);
    }
    return {
      hits: golden.length - misses.length,
      total: golden.length,
      misses,
      first: golden.length - firstMisses.length,
      firstMisses,
      safety: { hits: safety.length - safetyMisses.length, total: safety.length, misses: safetyMisses },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** A deterministic PRNG (mulberry32), so every scale run indexes the same words. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A throwaway content folder with `count` guides: the real ones, plus copies
 * of them, each with its own title, reading order and a paragraph of made-up
 * words (so the index grows as a site with more, different pages would).
 */
export function generateScaleContent(count, dir) {
  cpSync(resolve(root, 'content'), dir, { recursive: true });
  const guidesDir = join(dir, 'guides');
  const originals = readdirSync(guidesDir).filter((f) => f.endsWith('.mdx'));
  const random = prng(42);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'tu', 'vel', 'dor', 'pi', 'gan', 'es', 'tro', 'bel', 'nu', 'quo', 'fa'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const vocabulary = Array.from({ length: 20_000 }, word);
  const maxOrder = originals.length;
  let made = originals.length;
  for (let i = 0; made < count; i++) {
    const file = originals[i % originals.length];
    const source = readFileSync(join(guidesDir, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    const data = parseYaml(m[1]);
    const copy = Math.floor(i / originals.length) + 1;
    const place = vocabulary[i % vocabulary.length];
    data.title = `${data.title.slice(0, 70)} (${place} ${copy})`;
    data.order = maxOrder + i + 1;
    const filler = Array.from({ length: 60 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    const body = m[2].replace(/\n## /, `\n${filler[0].toUpperCase()}${filler.slice(1)}.\n\n## `);
    writeFileSync(join(guidesDir, file.replace(/\.mdx$/, `--${copy}.mdx`)), `---\n${stringifyYaml(data)}---\n${body}`);
    made += 1;
  }
  return made;
}

/** Builds `count` guides in a temp folder (content, staging and output) and measures search there. */
export async function measureScale(count) {
  const tmp = mkdtempSync(join(tmpdir(), 'iop-scale-'));
  try {
    const content = join(tmp, 'content');
    mkdirSync(content);
    const guides = generateScaleContent(count, content);
    const out = join(tmp, 'dist');
    const started = performance.now();
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, STAGING_DIR: join(tmp, 'staging'), ASTRO_CACHE_DIR: join(tmp, 'astro-cache') },
    });
    if (build.status !== 0) throw new Error('scale build failed');
    const buildSeconds = (performance.now() - started) / 1000;
    const pages = walk(out).filter((f) => f.endsWith('.html')).length;
    return { guides, pages, buildSeconds, index: indexSize(out), search: await measureSearch(out), golden: await goldenHitRate(out, { copies: true }) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
