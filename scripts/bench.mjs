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
    const css = doc.querySelectorAll('link[rel="stylesheet"]').map((el) => el.getAttribute('href'));
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
      js: jsBytes,
      requests: 1 + css.length + js.length,
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

if (args.has('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1);
  const rows = pages.map((p) => [
    p.path,
    `${kb(p.html.raw)} / ${kb(p.html.gzip)} / ${kb(p.html.brotli)}`,
    `${kb(p.css.raw)} / ${kb(p.css.gzip)} / ${kb(p.css.brotli)}`,
    `${kb(p.js.raw)} / ${kb(p.js.gzip)} / ${kb(p.js.brotli)}`,
    kb(p.html.gzip + p.css.gzip + p.js.gzip),
    String(p.requests),
  ]);
  const head = ['page', 'HTML KB raw/gz/br', 'CSS KB raw/gz/br', 'JS KB raw/gz/br', 'total gz KB', 'requests'];
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
    printSearch(`Search at scale: ${s.guides} guides, ${s.pages} pages, built in ${s.buildSeconds.toFixed(0)} s (generated copies in a temp folder)`, { ...s.search, index: s.index, golden: s.golden }, budgets);
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
  console.log(`  first search (“${f.query}”, from opening search): ${f.requests} requests, ${kb(f.bytes)} as served by astro preview, ${kb(f.gzipBytes)} gzip`);
  console.log(`  time to first result, median of ${s.queries} golden questions in Chromium (load average ${s.loadAverage.toFixed(1)} on ${s.cpus} CPUs):`);
  console.log(`    cold (empty cache, from opening search): ${ms(s.coldMs)} (${within(s.coldMs, budgets.searchColdMs)})`);
  console.log(`    warm (search loaded, from submitting): ${ms(s.warmMs)} (${within(s.warmMs, budgets.searchWarmMs)}); with every result's text cached: ${ms(s.warmCachedMs)}`);
  console.log(`  golden questions with the expected guide in the top 3: ${s.golden.hits}/${s.golden.total}`);
  for (const miss of s.golden.misses) console.log(`    missed: ${miss}`);
}

if (args.has('--check')) {
  const failures = [];
  for (const p of pages.filter((p) => p.path.startsWith('/guides/') && p.path !== '/guides/')) {
    const htmlCss = (p.html.gzip + p.css.gzip) / 1024;
    if (htmlCss > budgets.guideHtmlCssGzipKB) failures.push(`${p.path}: HTML + CSS ${htmlCss.toFixed(1)} KB gzip > ${budgets.guideHtmlCssGzipKB} KB`);
    const js = p.js.gzip / 1024;
    if (js > budgets.guideJsBeforeInteractionGzipKB) failures.push(`${p.path}: JS ${js.toFixed(1)} KB gzip > ${budgets.guideJsBeforeInteractionGzipKB} KB`);
  }
  const precacheKB = precache.gzip / 1024;
  if (precacheKB > budgets.precacheGzipKB) failures.push(`offline precache: ${precacheKB.toFixed(1)} KB gzip > ${budgets.precacheGzipKB} KB`);
  if (failures.length) {
    console.error(`\n✖ Over budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n✔ Every page is within the budgets in bench/budgets.json.');
}
