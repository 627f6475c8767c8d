// Lighthouse (mobile: its default config, a mid-range phone on a slow 4G
// link, simulated) on a running site, in Debian's Chromium or whichever
// Chromium the browser tests use. Used by `npm run bench` (skip it with
// --no-lighthouse); on its own:
//   node scripts/lighthouse.mjs [path ...]     serves dist/ (gzip, _headers) and audits the paths
// Scores are reported, never asserted: they move with the machine's load.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// The same switches as playwright.config.ts: no sandbox (containers, root),
// no GPU, and no background traffic of Chromium's own to skew the numbers.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own Chromium. */
async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/** chrome-launcher ships with Lighthouse; load Lighthouse's copy rather than depend on it ourselves. */
async function chromeLauncher() {
  const require = createRequire(import.meta.resolve('lighthouse'));
  return import(pathToFileURL(require.resolve('chrome-launcher')).href);
}

/**
 * Audits each URL path on `origin`, one at a time (parallel runs would share
 * the CPU and skew each other). Resolves to one row per path:
 * { path, scores: { performance, accessibility, best-practices, seo } (0-100),
 *   lcpMs, tbtMs, cls } or { path, error }.
 */
export async function runLighthouse(origin, paths, { log = () => {} } = {}) {
  const { launch } = await chromeLauncher();
  const chrome = await launch({ chromePath: await chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const rows = [];
  try {
    for (const path of paths) {
      log(`Lighthouse: ${path}`);
      try {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
        rows.push({
          path,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
          lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(audits['total-blocking-time'].numericValue),
          cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
          // What kept a score below 100, for the curious (titles of failed audits).
          failed: Object.values(audits)
            .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
            .map((a) => a.id),
        });
      } catch (error) {
        rows.push({ path, error: error.message });
      }
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

export function formatLighthouse(rows) {
  const head = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'];
  const lines = rows.map((r) =>
    r.error || r.skipped
      ? [r.path, r.skipped ? `skipped: ${r.skipped}` : `error: ${r.error}`]
      : [r.path, ...CATEGORIES.map((c) => String(r.scores[c])), String(r.lcpMs), String(r.tbtMs), String(r.cls)],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...lines.filter((l) => l.length > 2).map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (cells.length === 2 && i === 1 ? c : i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

if (import.meta.main) {
  const { resolve } = await import('node:path');
  const { startStaticServer } = await import('./static-server.mjs');
  const dist = resolve(import.meta.dirname, '..', process.env.OUT_DIR || 'dist');
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
  const server = await startStaticServer(dist);
  try {
    const rows = await runLighthouse(server.url, paths, { log: (m) => console.error(m) });
    console.log(formatLighthouse(rows));
    for (const r of rows) if (r.failed?.length) console.log(`${r.path}: below 90: ${r.failed.join(', ')}`);
  } finally {
    await server.close();
  }
}
