// Prints what bench/run.mjs measured, as tables and lines of text.

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => `${n.toFixed(0)} ms`;
const within = (value, budget, unit) => (value <= budget ? `within ${budget} ${unit}` : `OVER ${budget} ${unit}`);

/**
 * A text table: the first column left-aligned, the others right-aligned. A
 * row with fewer cells than the head (a page that was skipped or failed)
 * ends in a note that runs on past the columns.
 */
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.filter((r) => r.length === head.length).map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (cells.length < head.length && i === cells.length - 1 ? c : i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function lighthouseTable(rows) {
  return table(
    ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
    rows.map((r) =>
      r.error || r.skipped
        ? [r.path, r.skipped ? `skipped: ${r.skipped}` : `error: ${r.error}`]
        : [r.path, ...Object.values(r.scores).map(String), String(r.lcpMs), String(r.tbtMs), String(r.cls)],
    ),
  );
}

export function printReport(result, budgets) {
  const { pages, precache } = result;
  console.log(
    table(
      ['page', 'HTML KB raw/gz/br', 'screen CSS KB raw/gz/br', 'JS KB raw/gz/br', 'print CSS gz', 'total gz KB', 'requests'],
      pages.map((p) => [
        p.path,
        `${kb(p.html.raw)} / ${kb(p.html.gzip)} / ${kb(p.html.brotli)}`,
        `${kb(p.css.raw)} / ${kb(p.css.gzip)} / ${kb(p.css.brotli)}`,
        `${kb(p.js.raw)} / ${kb(p.js.gzip)} / ${kb(p.js.brotli)}`,
        kb(p.printCss.gzip),
        kb(p.html.gzip + p.css.gzip + p.printCss.gzip + p.js.gzip),
        String(p.requests),
      ]),
    ),
  );
  const memory = result.buildPeakMB === null ? '' : `, peak memory ${Math.round(result.buildPeakMB)} MB`;
  console.log(`\n${pages.length} pages.${result.buildSeconds === null ? '' : ` Build (npm run build, incl. search index and link check): ${result.buildSeconds.toFixed(1)} s${memory}.`}`);
  console.log(`\nOffline precache (saved by the service worker on the first visit): ${precache.files} files, ${kb(precache.raw)} KB raw, ${kb(precache.gzip)} KB gzip`);
  for (const [name, g] of Object.entries(precache.groups)) console.log(`  ${name.padEnd(20)}${String(g.files).padStart(4)} files  ${kb(g.raw).padStart(7)} KB raw  ${kb(g.gzip).padStart(7)} KB gzip`);
  if (result.search) printSearch('Search', result.search, budgets);
  if (result.searchTuning) printSearchTuning(result.searchTuning);
  if (result.scale) printScale(result.scale, budgets);
  printRender(result);
  console.log('\nGuide transfer until idle (Chromium, gzip, service worker blocked)');
  console.log(table(['guide', 'requests', 'KB raw', 'KB gzip'], result.guideTransfer.map((r) => [r.path, String(r.requests), kb(r.raw), kb(r.gzip)])));
  if (result.lighthouse) {
    console.log('\nLighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown; timings vary with machine load)');
    console.log(lighthouseTable(result.lighthouse));
  } else {
    console.log('\nLighthouse: skipped (--no-lighthouse).');
  }
}

function printSearch(title, s, budgets) {
  const size = (n) => `${kb(n)} KB`;
  console.log(`\n${title}`);
  console.log(`  index (dist/pagefind): ${s.index.files} files, ${size(s.index.raw)} raw, ${size(s.index.gzip)} gzip`);
  for (const [group, g] of Object.entries(s.index.groups)) console.log(`    ${group.padEnd(13)} ${String(g.files).padStart(5)} files  ${size(g.raw).padStart(10)} raw  ${size(g.gzip).padStart(10)} gzip`);
  if (!s.firstSearch) return;
  const f = s.firstSearch;
  console.log(`  first search (“${f.query}”, from opening search): ${f.requests} requests, ${size(f.bytes)} transferred (gzip, as a static host serves them; ${size(f.gzipBytes)} if every file were gzipped at level 9)`);
  console.log(`  time to first result, from submitting, median of ${s.queries} golden questions in Chromium (load average ${s.loadAverage.toFixed(1)} on ${s.cpus} CPUs):`);
  console.log(`    cold (empty cache; submitted as the field appears, so the index loads after Enter): ${ms(s.coldMs)} (${within(s.coldMs, budgets.searchColdMs, 'ms')}); counted from opening search: ${ms(s.coldFromOpenMs)}`);
  console.log(`    warm (search loaded): ${ms(s.warmMs)} (${within(s.warmMs, budgets.searchWarmMs, 'ms')}); with every result's text cached: ${ms(s.warmCachedMs)}`);
  // The host's CPU speed swings about twofold: this says how fast it was during these runs.
  console.log(`    CPU check (a fixed loop, before and after; lower is faster): ${s.cpuCheckMs.map(ms).join(' and ')}`);
  console.log(`  golden questions with the expected guide in the top 3: ${s.golden.hits}/${s.golden.total}`);
  for (const miss of s.golden.misses) console.log(`    missed: ${miss}`);
  console.log(`  golden questions with the answer first: ${s.golden.first}/${s.golden.total} (${Math.round((100 * s.golden.first) / s.golden.total)}%, budget >= ${Math.round(budgets.searchFirstResultRate * 100)}%)`);
  for (const miss of s.golden.firstMisses) console.log(`    not first: ${miss}`);
  console.log(`  safety searches led by their safety answer: ${s.golden.safety.hits}/${s.golden.safety.total}`);
  for (const miss of s.golden.safety.misses) console.log(`    missed: ${miss}`);
}

function printSearchTuning(t) {
  console.log(`\nSearch tunings (src/components/search/pagefind-tuning.ts): a cold first search from opening search, ${t.profile} profile, median of ${t.samples}; each one off in turn`);
  console.log(table(['variant', 'median ms', 'gain ms'], t.variants.map((v) => [v.variant === 'all on' ? 'all on' : `${v.variant} off`, ms(v.medianMs), v.variant === 'all on' ? '' : ms(v.gainMs)])));
}

function printScale(s, budgets) {
  const mb = (n) => `${Math.round(n)} MB`;
  console.log(`\nScale: ${s.guides} guides, ${s.pages} pages (generated copies of the real guides)`);
  console.log(`  build: ${s.buildSeconds.toFixed(1)} s (${within(s.buildSeconds, budgets.scaleBuildSeconds, 's')}) = ${((s.buildSeconds * 1000) / s.pages).toFixed(0)} ms a page; mean load average ${s.loadAverage.toFixed(1)} on ${s.cpus} CPUs; CPU check before and after: ${s.cpuCheckMs.map(ms).join(' and ')}`);
  console.log(
    s.peakMB === null
      ? '  peak memory: not measured (it is read from /proc, on Linux)'
      : `  peak memory, every build process together: ${mb(s.peakMB)} (${within(Math.round(s.peakMB), budgets.scaleBuildPeakMB, 'MB')}); the largest alone: ${s.largestProcess.command}, ${mb(s.largestProcess.peakMB)}`,
  );
  const images = s.previewImages;
  console.log(`  preview images: ${images ? `${images.total} (${images.drawn} drawn, ${images.reused} reused from the cache of earlier builds)` : 'no count in the build output'}`);
  console.log(`  offline precache: ${s.precache.files} files, ${(s.precache.raw / 1024 / 1024).toFixed(1)} MB raw`);
  printSearch(`Search at scale (${s.guides} guides)`, { ...s.search, index: s.index, golden: s.golden }, budgets);
}

function printRender(result) {
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
}
