// `npm run bench`: builds the site and prints, per page, the bytes a reader
// downloads (HTML, CSS, JS; raw, gzip, brotli), the build time, and the size
// of the offline precache (everything the service worker saves on one visit).
// A script, not a test: figures are reported, budgets are checked by --check
// (see bench/budgets.json), and timings are never asserted.
//   npm run bench                 table
//   npm run bench -- --json       machine-readable
//   npm run bench -- --no-build   measure the existing dist/
//   npm run bench -- --check      exit 1 when a budget is exceeded
//   npm run bench -- --scale      also build and measure search over 1,000 generated guides
//   npm run bench -- --no-search  skip the search figures (no browser needed)
// Search figures (see scripts/bench-search.mjs): index size, bytes fetched
// for a first search, and time to first result cold and warm in Chromium,
// median of 20 golden questions (tests/fixtures/search-golden.json).
// and (functions at the end of this file) the render path, the quiz island,
// each guide's transfer until idle in Chromium, and Lighthouse:
//   npm run bench -- --no-lighthouse   skip Lighthouse (a minute or two)
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'node-html-parser';
import { getManifest } from 'workbox-build';
import { walk, urlPathOf } from './site-files.mjs';
import { precacheOptions } from '../src/integrations/service-worker.ts';
import { indexSize, measureSearch, goldenHitRate, measureScale } from './bench-search.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const args = new Set(process.argv.slice(2));

let buildSeconds = null;
if (!args.has('--no-build')) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: args.has('--json') ? 'ignore' : ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) {
    console.error('Build failed; nothing to measure.');
    process.exit(1);
  }
  buildSeconds = (performance.now() - started) / 1000;
}
if (!existsSync(dist)) {
  console.error(`No ${dist}: run npm run build first.`);
  process.exit(1);
}

const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

const assetCache = new Map();
function asset(href) {
  if (!assetCache.has(href)) assetCache.set(href, sizes(readFileSync(resolve(dist, `.${href.split('?')[0]}`))));
  return assetCache.get(href);
}

const pages = walk(dist)
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const html = readFileSync(file);
    const doc = parse(html.toString());
    // Stylesheets for the screen, each once (a page may link one twice);
    // print-only sheets are counted apart: the browser fetches them at low
    // priority and never waits for them to show the page.
    const sheets = [...new Set(doc.querySelectorAll('link[rel="stylesheet"]').map((el) => `${el.getAttribute('media') ?? ''} ${el.getAttribute('href')}`))].map((key) => {
      const [media, href] = key.split(' ');
      return { print: media === 'print', href };
    });
    const css = sheets.filter((sheet) => !sheet.print).map((sheet) => sheet.href);
    const printCss = sheets.filter((sheet) => sheet.print).map((sheet) => sheet.href);
    // Scripts that load with the page (module scripts and their static imports
    // are what Astro emits; dynamic imports load later, on interaction).
    const js = doc.querySelectorAll('script[src]').map((el) => el.getAttribute('src'));
    const inlineJs = doc.querySelectorAll('script:not([src])').filter((el) => el.getAttribute('type') !== 'application/ld+json');
    let jsBytes = js.reduce((sum, href) => add(sum, asset(href)), zero());
    for (const el of inlineJs) jsBytes = add(jsBytes, sizes(Buffer.from(el.text)));
    return {
      path: urlPathOf(dist, file),
      html: sizes(html),
      css: css.reduce((sum, href) => add(sum, asset(href)), zero()),
      printCss: printCss.reduce((sum, href) => add(sum, asset(href)), zero()),
      js: jsBytes,
      requests: 1 + css.length + printCss.length + js.length,
    };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

// The offline precache: the list the build gave the service worker (same
// function, same folder), summed file by file. Pagefind's index files are
// compressed already, so their gzip size is about their raw size.
const precacheGroup = (url) =>
  url.endsWith('.html') ? 'pages' : url.startsWith('/pagefind/') ? 'search index' : /\.(?:css|js)$/.test(url) ? 'CSS and JS' : 'other files';
const precache = { files: 0, ...zero(), groups: {} };
for (const { url } of (await getManifest(precacheOptions(dist))).manifestEntries) {
  const size = sizes(readFileSync(resolve(dist, `.${url}`)));
  const group = (precache.groups[precacheGroup(url)] ??= { files: 0, ...zero() });
  for (const total of [precache, group]) Object.assign(total, add(total, size), { files: total.files + 1 });
}

const result = { buildSeconds, pages, precache };
const budgets = JSON.parse(readFileSync(resolve(root, 'bench/budgets.json'), 'utf8'));
if (!args.has('--no-search')) {
  result.search = { index: indexSize(dist), ...(await measureSearch(dist)), golden: await goldenHitRate(dist) };
  if (args.has('--scale')) result.scale = await measureScale(1000);
}

Object.assign(result, await measureMore(pages, buildSeconds));
if (args.has('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1);
  const rows = pages.map((p) => [
    p.path,
    `${kb(p.html.raw)} / ${kb(p.html.gzip)} / ${kb(p.html.brotli)}`,
    `${kb(p.css.raw)} / ${kb(p.css.gzip)} / ${kb(p.css.brotli)}`,
    `${kb(p.js.raw)} / ${kb(p.js.gzip)} / ${kb(p.js.brotli)}`,
    kb(p.printCss.gzip),
    kb(p.html.gzip + p.css.gzip + p.printCss.gzip + p.js.gzip),
    String(p.requests),
  ]);
  const head = ['page', 'HTML KB raw/gz/br', 'screen CSS KB raw/gz/br', 'JS KB raw/gz/br', 'print CSS gz', 'total gz KB', 'requests'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\n${pages.length} pages.${buildSeconds === null ? '' : ` Build (npm run build, incl. search index and link check): ${buildSeconds.toFixed(1)} s.`}`);
  console.log(`\nOffline precache (saved by the service worker on the first visit): ${precache.files} files, ${kb(precache.raw)} KB raw, ${kb(precache.gzip)} KB gzip`);
  for (const [name, g] of Object.entries(precache.groups)) console.log(`  ${name.padEnd(20)}${String(g.files).padStart(4)} files  ${kb(g.raw).padStart(7)} KB raw  ${kb(g.gzip).padStart(7)} KB gzip`);
  if (result.search) printSearch('Search', result.search, budgets);
  if (result.scale) {
    const s = result.scale;
    printSearch(`Search at scale: ${s.guides} guides, ${s.pages} pages, built in ${s.buildSeconds.toFixed(0)} s = ${((s.buildSeconds * 1000) / s.pages).toFixed(0)} ms a page (generated copies in a temp folder)`, { ...s.search, index: s.index, golden: s.golden }, budgets);
  }
}

function printSearch(title, s, budgets) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${n.toFixed(0)} ms`;
  const within = (value, budget) => (value <= budget ? `within ${budget} ms` : `OVER ${budget} ms`);
  console.log(`\n${title}`);
  console.log(`  index (dist/pagefind): ${s.index.files} files, ${kb(s.index.raw)} raw, ${kb(s.index.gzip)} gzip`);
  for (const [group, g] of Object.entries(s.index.groups)) console.log(`    ${group.padEnd(13)} ${String(g.files).padStart(5)} files  ${kb(g.raw).padStart(10)} raw  ${kb(g.gzip).padStart(10)} gzip`);
  const f = s.firstSearch;
  console.log(`  first search (“${f.query}”, from opening search): ${f.requests} requests, ${kb(f.bytes)} transferred (gzip, as a static host serves them; ${kb(f.gzipBytes)} if every file were gzipped at level 9)`);
  console.log(`  time to first result, from submitting, median of ${s.queries} golden questions in Chromium (load average ${s.loadAverage.toFixed(1)} on ${s.cpus} CPUs):`);
  console.log(`    cold (empty cache; submitted as the field appears, so the index loads after Enter): ${ms(s.coldMs)} (${within(s.coldMs, budgets.searchColdMs)}); counted from opening search: ${ms(s.coldFromOpenMs)}`);
  console.log(`    warm (search loaded): ${ms(s.warmMs)} (${within(s.warmMs, budgets.searchWarmMs)}); with every result's text cached: ${ms(s.warmCachedMs)}`);
  // The host's CPU speed swings about twofold: this says how fast it was during these runs.
  console.log(`    CPU check (a fixed loop, before and after; lower is faster): ${s.cpuCheckMs.map(ms).join(' and ')}`);
  console.log(`  golden questions with the expected guide in the top 3: ${s.golden.hits}/${s.golden.total}`);
  for (const miss of s.golden.misses) console.log(`    missed: ${miss}`);
  if (s.golden.first !== undefined) {
    console.log(`  golden questions with the answer first: ${s.golden.first}/${s.golden.total} (${Math.round((100 * s.golden.first) / s.golden.total)}%, budget >= ${Math.round(budgets.searchFirstResultRate * 100)}%)`);
    for (const miss of s.golden.firstMisses) console.log(`    not first: ${miss}`);
  }
  if (s.golden.safety) {
    console.log(`  safety searches led by their safety answer: ${s.golden.safety.hits}/${s.golden.safety.total}`);
    for (const miss of s.golden.safety.misses) console.log(`    missed: ${miss}`);
  }
}
if (!args.has('--json')) await printMore(result);

if (args.has('--check')) {
  const failures = [];
  failures.push(...checkMore(result, budgets));
  for (const p of pages.filter((p) => p.path.startsWith('/guides/') && p.path !== '/guides/')) {
    // HTML + the CSS the screen waits for (print-only CSS is in the transfer budget).
    const htmlCss = (p.html.gzip + p.css.gzip) / 1024;
    if (htmlCss > budgets.guideHtmlCssGzipKB) failures.push(`${p.path}: HTML + CSS ${htmlCss.toFixed(1)} KB gzip > ${budgets.guideHtmlCssGzipKB} KB`);
    const js = p.js.gzip / 1024;
    if (js > budgets.guideJsBeforeInteractionGzipKB) failures.push(`${p.path}: JS ${js.toFixed(1)} KB gzip > ${budgets.guideJsBeforeInteractionGzipKB} KB`);
  }
  const golden = result.search?.golden;
  if (golden) {
    if (golden.hits < golden.total) failures.push(`search: expected guide in the top 3 for ${golden.hits}/${golden.total} golden questions (all must be)`);
    if (golden.first / golden.total < budgets.searchFirstResultRate) failures.push(`search: answer first for ${golden.first}/${golden.total} golden questions < ${budgets.searchFirstResultRate * 100}%`);
    if (golden.safety.hits < golden.safety.total) failures.push(`search: safety answer first for ${golden.safety.hits}/${golden.safety.total} safety searches (all must be)`);
  }
  const precacheKB = precache.gzip / 1024;
  if (precacheKB > budgets.precacheGzipKB) failures.push(`offline precache: ${precacheKB.toFixed(1)} KB gzip > ${budgets.precacheGzipKB} KB`);
  if (failures.length) {
    console.error(`\n✖ Over budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n✔ Every page is within the budgets in bench/budgets.json.');
}

// ---------------------------------------------------------------------------
// Render path, quiz island, transfer until idle, Lighthouse.
// Function declarations (hoisted), called from the three lines above marked
// measureMore / printMore / checkMore. Progress goes to stderr.

async function measureMore(pages, buildSeconds) {
  const log = (message) => process.stderr.write(`› ${message}\n`);
  const more = { renderPath: renderPath(pages), quizIsland: quizIsland(), guideTransfer: [], lighthouse: [] };
  more.listenBundle = listenBundle();
  const { startStaticServer } = await import('./static-server.mjs');
  // Served like a static host (gzip, _headers): `astro preview` compresses nothing.
  const server = await startStaticServer(dist);
  try {
    log('Transfer until idle: every guide, in Chromium');
    more.guideTransfer = await transferUntilIdle(server.url, pages.filter(isGuide).map((p) => p.path));
    log('Phone header: a guide, the home page and the self-check at 390 x 844');
    more.phoneHeader = await phoneHeader(server.url, ['/', pages.find(isGuide)?.path, '/quiz/'].filter((p) => p && pages.some((page) => page.path === p)));
    if (args.has('--no-lighthouse')) {
      more.lighthouse = null;
    } else {
      const { runLighthouse } = await import('./lighthouse.mjs');
      // The heaviest guide: the worst case a reader meets.
      const heaviest = pages.filter(isGuide).sort((a, b) => b.html.gzip - a.html.gzip)[0]?.path;
      const wanted = ['/', heaviest ?? '/guides/', '/quiz/', '/search/'];
      const present = wanted.filter((p) => pages.some((page) => page.path === p));
      more.lighthouse = await runLighthouse(server.url, present, { log });
      for (const p of wanted.filter((p) => !present.includes(p))) more.lighthouse.push({ path: p, skipped: 'no such page in this build yet' });
    }
  } finally {
    await server.close();
  }
  return more;
}

/** Chromium as the tests run it: Debian's when there, with the flags this machine needs. */
async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * On a 390 x 844 phone: how tall the chrome above the content is (crisis bar
 * and site header), where the page's <h1> starts, and whether a 988 link is
 * in the first screen (issue: the title must start within the top 200 px).
 */
async function phoneHeader(origin, paths) {
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(origin + path);
      rows.push({
        path,
        ...(await page.evaluate(() => {
          const bottom = (s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0;
          const link = document.querySelector('.crisis-bar a[href="tel:988"]')?.getBoundingClientRect();
          return {
            headerPx: Math.round(Math.max(bottom('.crisis-bar'), bottom('.site-header'))),
            h1TopPx: Math.round(document.querySelector('h1')?.getBoundingClientRect().top ?? -1),
            call988InView: Boolean(link && link.bottom <= innerHeight && link.top >= 0),
          };
        })),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

function isGuide(page) {
  return page.path.startsWith('/guides/') && page.path !== '/guides/';
}

/** A page's HTML, parsed once. */
function htmlOf(path) {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return parse(readFileSync(resolve(dist, `.${file}`), 'utf8'));
}

/** A module script and everything it imports statically (fetched before it runs), as /_astro/… paths. */
function moduleGraph(src, seen = new Set()) {
  const path = src.split('?')[0];
  if (seen.has(path) || !path.startsWith('/')) return seen;
  seen.add(path);
  const code = readFileSync(resolve(dist, `.${path}`), 'utf8');
  // Static imports only: `import x from "./a.js"`, `import"./b.js"`, `export … from "./c.js"`; not import("…").
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g)) {
    moduleGraph(new URL(m[1], `https://x${path}`).pathname, seen);
  }
  return seen;
}

/**
 * What a first render waits for: the HTML and every stylesheet (render-
 * blocking wherever it is linked) and classic scripts without async/defer.
 * Module scripts are deferred and do not block it; with their static imports
 * they are the page's JS at load (the "JS before interaction" budget).
 */
function renderPath(pages) {
  return pages.map((p) => {
    const doc = htmlOf(p.path);
    const css = doc
      .querySelectorAll('link[rel="stylesheet"]')
      .filter((l) => !/^(print|not all)$/.test(l.getAttribute('media') ?? ''))
      .map((l) => l.getAttribute('href'));
    const blockingJs = doc
      .querySelectorAll('script[src]')
      .filter((s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'))
      .map((s) => s.getAttribute('src'));
    const modules = new Set();
    for (const s of doc.querySelectorAll('script[type="module"][src]')) moduleGraph(s.getAttribute('src'), modules);
    const before = [...css, ...blockingJs].reduce((sum, href) => add(sum, asset(href)), p.html);
    const jsAtLoad = [...modules].reduce((sum, href) => add(sum, asset(href)), zero());
    return { path: p.path, requestsToRender: 1 + css.length + blockingJs.length, bytesBeforeRender: before, firstScreen: firstScreen(p.path, css), jsAtLoad, jsFilesAtLoad: modules.size };
  });
}

/**
 * What a guide's first screen needs: its stylesheets and its HTML from the
 * start through the "In short" box (on a 375 px phone that box already runs
 * below the fold, so this errs large). HTML streams: the browser paints these
 * bytes while the rest of the page is still arriving, so this is the part the
 * 14 KB first round trip must hold. Null for pages without the box.
 */
function firstScreen(path, css) {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const html = readFileSync(resolve(dist, `.${file}`), 'utf8');
  const start = html.indexOf('<section class="in-short"');
  if (start < 0) return null;
  const end = html.indexOf('</section>', start) + '</section>'.length;
  return css.reduce((sum, href) => add(sum, asset(href)), sizes(Buffer.from(html.slice(0, end))));
}

/** The quiz's own code and styles: what /quiz/ loads that a guide page does not. */
function quizIsland() {
  if (!existsSync(resolve(dist, 'quiz/index.html'))) return null;
  const files = (path) => {
    const doc = htmlOf(path);
    const out = new Set(doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')));
    for (const s of doc.querySelectorAll('script[src]')) moduleGraph(s.getAttribute('src'), out);
    return out;
  };
  const guide = walk(resolve(dist, 'guides')).find((f) => f.endsWith('/index.html') && !f.endsWith('guides/index.html'));
  const shared = guide ? files(`/guides/${guide.split('/').at(-2)}/`) : new Set();
  const own = [...files('/quiz/')].filter((f) => !shared.has(f));
  const total = (ext) => own.filter((f) => f.endsWith(ext)).reduce((sum, f) => add(sum, asset(f)), zero());
  return { files: own, js: total('.js'), css: total('.css'), gzip: total('.js').gzip + total('.css').gzip };
}

/** "Listen to this page": its lazily loaded files in _astro/ (names starting "listen"), none of them part of the JS at load. */
function listenBundle() {
  const files = walk(resolve(dist, '_astro'))
    .map((f) => f.split('/').at(-1))
    .filter((name) => name.startsWith('listen') && /\.(js|css)$/.test(name))
    .sort()
    .map((name) => ({ name, ...asset(`/_astro/${name}`) }));
  if (!files.length) return null;
  const total = (ext) => files.filter((f) => f.name.endsWith(ext)).reduce((sum, f) => add(sum, f), zero());
  return { files, js: total('.js'), css: total('.css') };
}

/**
 * Loads each page in Chromium and adds up every response until the network
 * has been idle for a while (so scripts that fetch on idle count too). The
 * service worker is blocked: its precache is measured on its own. Sizes are
 * gzip of each body, or its raw size if smaller (images, Pagefind's files).
 */
async function transferUntilIdle(origin, paths) {
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      const bodies = [];
      page.on('response', (response) => bodies.push(response.body().then((b) => b, () => Buffer.alloc(0))));
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 1000))));
      await page.waitForLoadState('networkidle');
      const total = (await Promise.all(bodies)).reduce((sum, body) => {
        const s = sizes(body);
        return add(sum, { raw: s.raw, gzip: Math.min(s.raw, s.gzip), brotli: Math.min(s.raw, s.brotli) });
      }, zero());
      rows.push({ path, requests: bodies.length, ...total });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function printMore(result) {
  const kb = (n) => (n / 1024).toFixed(1);
  const table = (head, rows) => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
  };
  console.log('\nFirst render: requests it waits for (HTML + stylesheets + blocking scripts) and their bytes; JS at load with static imports');
  console.log(
    table(
      ['page', 'requests to render', 'before render KB gz', 'first screen KB gz', 'JS at load KB gz (files)'],
      result.renderPath.map((r) => [r.path, String(r.requestsToRender), kb(r.bytesBeforeRender.gzip), r.firstScreen ? kb(r.firstScreen.gzip) : '-', `${kb(r.jsAtLoad.gzip)} (${r.jsFilesAtLoad})`]),
    ),
  );
  if (result.quizIsland) {
    const q = result.quizIsland;
    console.log(`\nQuiz island (what /quiz/ loads beyond a guide page): JS ${kb(q.js.gzip)} KB + CSS ${kb(q.css.gzip)} KB = ${kb(q.gzip)} KB gzip (${q.files.join(', ')})`);
  }
  if (result.listenBundle) {
    const l = result.listenBundle;
    console.log(`\nListen bundle (after \`load\`, only where the browser has a local voice: listen-element and its CSS; listen-reader on the first press; reported, not asserted): JS ${kb(l.js.gzip)} KB + CSS ${kb(l.css.gzip)} KB gzip (${l.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')})`);
  }
  if (result.phoneHeader?.length) {
    console.log('\nPhone (390 x 844): crisis bar + site header height, where the <h1> starts (must be < 200 px), and a 988 link in the first screen');
    for (const r of result.phoneHeader) console.log(`  ${r.path.padEnd(38)} header ${r.headerPx} px, h1 at ${r.h1TopPx} px, 988 in view: ${r.call988InView ? 'yes' : 'NO'}`);
  }
  console.log('\nGuide transfer until idle (Chromium, gzip, service worker blocked)');
  console.log(table(['guide', 'requests', 'KB raw', 'KB gzip'], result.guideTransfer.map((r) => [r.path, String(r.requests), kb(r.raw), kb(r.gzip)])));
  if (result.lighthouse) {
    const { formatLighthouse } = await import('./lighthouse.mjs');
    console.log('\nLighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown; timings vary with machine load)');
    console.log(formatLighthouse(result.lighthouse));
  } else {
    console.log('\nLighthouse: skipped (--no-lighthouse).');
  }
}

/** Budgets beyond the per-page ones above (bench/budgets.json). */
function checkMore(result, budgets) {
  const failures = [];
  for (const r of result.renderPath.filter(isGuide)) {
    const first = (r.firstScreen?.gzip ?? Infinity) / 1024;
    if (first > budgets.guideFirstScreenGzipKB) failures.push(`${r.path}: first screen (CSS + HTML through "In short") ${first.toFixed(1)} KB gzip > ${budgets.guideFirstScreenGzipKB} KB`);
    const js = r.jsAtLoad.gzip / 1024;
    if (js > budgets.guideJsBeforeInteractionGzipKB) failures.push(`${r.path}: JS at load with static imports ${js.toFixed(1)} KB gzip > ${budgets.guideJsBeforeInteractionGzipKB} KB`);
  }
  if (result.quizIsland && result.quizIsland.gzip / 1024 > budgets.quizIslandGzipKB) {
    failures.push(`quiz island: ${(result.quizIsland.gzip / 1024).toFixed(1)} KB gzip > ${budgets.quizIslandGzipKB} KB`);
  }
  for (const r of result.guideTransfer) {
    if (r.gzip / 1024 > budgets.guideTransferUntilIdleGzipKB) failures.push(`${r.path}: ${(r.gzip / 1024).toFixed(1)} KB gzip transferred until idle > ${budgets.guideTransferUntilIdleGzipKB} KB`);
  }
  return failures;
}
