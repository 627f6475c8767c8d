// Lighthouse (mobile: its default config, a mid-range phone on a slow 4G
// link, simulated) on a running site, in the Chromium the browser tests use.
// Used by `npm run bench` (skip it with --no-lighthouse); on its own:
//   node bench/lighthouse.mjs [path ...]     serves dist/ (gzip, _headers) and audits the paths
// Scores are reported, never asserted: they move with the machine's load.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../scripts/chromium-options.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { lighthouseTable } from './report.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** chrome-launcher ships with Lighthouse; load Lighthouse's copy rather than depend on it ourselves. */
async function chromeLauncher() {
  const require = createRequire(import.meta.resolve('lighthouse'));
  return import(pathToFileURL(require.resolve('chrome-launcher')).href);
}

/**
 * Audits each URL path on `origin`, one at a time (parallel runs would share
 * the CPU and skew each other). Resolves to one row per path:
 * { path, scores: { performance, accessibility, best-practices, seo } (0-100),
 *   lcpMs, tbtMs, cls, failed } or { path, error }.
 */
export async function runLighthouse(origin, paths, { log = () => {} } = {}) {
  const { launch } = await chromeLauncher();
  const chrome = await launch({
    chromePath: chromiumLaunchOptions().executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--disable-dev-shm-usage', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
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
          // What kept a score below 100, for the curious (ids of failed audits).
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

if (import.meta.main) {
  const dist = resolve(import.meta.dirname, '..', process.env.OUT_DIR || 'dist');
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
  const server = await startStaticServer(dist);
  try {
    const rows = await runLighthouse(server.url, paths, { log: (m) => console.error(m) });
    console.log(lighthouseTable(rows));
    for (const r of rows) if (r.failed?.length) console.log(`${r.path}: below 90: ${r.failed.join(', ')}`);
  } finally {
    await server.close();
  }
}
