// `npm run bench`: builds the site and prints, per page, the bytes a reader
// downloads (HTML, CSS, JS; raw, gzip, brotli), the build time, the size of
// the offline precache (everything the service worker saves on one visit),
// search figures, the render path, the quiz island, each guide's transfer
// until idle in Chromium, and Lighthouse.
// A script, not a test: figures are reported, budgets are checked by --check
// (see bench/budgets.json), and timings are never asserted, except the
// build's at scale (--scale).
//   npm run bench                      table
//   npm run bench -- --json            machine-readable
//   npm run bench -- --no-build        measure the existing dist/ (or OUT_DIR)
//   npm run bench -- --check           exit 1 when a budget is exceeded
//   npm run bench -- --scale           also build 1,000 generated guides: build time, peak memory, search
//   npm run bench -- --no-search       skip the search figures (at scale too)
//   npm run bench -- --no-lighthouse   skip Lighthouse (a minute or two)
//   npm run bench -- --search-tuning   also time a first search on a phone profile with each search tuning off (bench/search-tuning.mjs)
// Search (bench/search.mjs): index size, bytes fetched for a first search,
// and time to first result cold and warm in Chromium, median of 20 golden
// questions (tests/fixtures/search-golden.json).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.mjs';
import { measuredBuild } from './build.mjs';
import { overBudget } from './check.mjs';
import { phoneHeader, transferUntilIdle } from './page-loads.mjs';
import { isGuide, measurePages } from './pages.mjs';
import { measurePrecache } from './precache.mjs';
import { printReport } from './report.mjs';
import { measureScale } from './scale.mjs';
import { goldenHitRate, indexSize, measureSearch } from './search.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const args = new Set(process.argv.slice(2));
const log = (message) => process.stderr.write(`› ${message}\n`);

let build = { seconds: null, peakMB: null };
if (!args.has('--no-build')) {
  build = await measuredBuild(process.env, { quiet: args.has('--json') });
  if (build.status !== 0) {
    console.error('Build failed; nothing to measure.');
    process.exit(1);
  }
}
if (!existsSync(dist)) {
  console.error(`No ${dist}: run npm run build first.`);
  process.exit(1);
}

const { pages, ...onePageFigures } = await measurePages(dist);
const result = { buildSeconds: build.seconds, buildPeakMB: build.peakMB, pages, precache: await measurePrecache(dist), ...onePageFigures };
if (!args.has('--no-search')) {
  result.search = { index: indexSize(dist), ...(await measureSearch(dist)), golden: await goldenHitRate(dist) };
}
if (args.has('--search-tuning')) {
  log('Search tunings: a cold first search on a phone profile, with each one off in turn (about 7 minutes)');
  const { measureSearchTuning } = await import('./search-tuning.mjs');
  result.searchTuning = await measureSearchTuning(dist, { profile: 'phone' });
}
if (args.has('--scale')) {
  log('Scale: building 1,000 guides');
  result.scale = await measureScale(1000, { search: !args.has('--no-search') });
}

// Served like a static host (gzip, _headers): `astro preview` compresses nothing.
const server = await startStaticServer(dist);
try {
  log('Transfer until idle: every guide, in Chromium');
  result.guideTransfer = await transferUntilIdle(server.url, pages.filter(isGuide).map((p) => p.path));
  log('Phone header: a guide, the home page and the self-check at 390 x 844');
  result.phoneHeader = await phoneHeader(server.url, ['/', pages.find(isGuide)?.path, '/quiz/'].filter((p) => p && pages.some((page) => page.path === p)));
  result.lighthouse = null;
  if (!args.has('--no-lighthouse')) {
    const { runLighthouse } = await import('./lighthouse.mjs');
    // The heaviest guide: the worst case a reader meets.
    const heaviest = pages.filter(isGuide).sort((a, b) => b.html.gzip - a.html.gzip)[0]?.path;
    const wanted = ['/', heaviest ?? '/guides/', '/quiz/', '/search/'];
    const present = wanted.filter((p) => pages.some((page) => page.path === p));
    result.lighthouse = await runLighthouse(server.url, present, { log });
    for (const p of wanted.filter((p) => !present.includes(p))) result.lighthouse.push({ path: p, skipped: 'no such page in this build yet' });
  }
} finally {
  await server.close();
}

const budgets = JSON.parse(readFileSync(resolve(import.meta.dirname, 'budgets.json'), 'utf8'));
if (args.has('--json')) console.log(JSON.stringify(result, null, 2));
else printReport(result, budgets);

if (args.has('--check')) {
  const failures = overBudget(result, budgets);
  if (failures.length) {
    console.error(`\n✖ Over budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n✔ Every page is within the budgets in bench/budgets.json.');
}
