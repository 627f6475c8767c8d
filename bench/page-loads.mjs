// Pages loaded in Chromium, service worker blocked (its precache is measured
// on its own): every byte a guide fetches until the network is idle, and the
// header a phone shows above the content.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-options.mjs';
import { add, sizes, zero } from './bytes.mjs';

/** Opens a fresh context per path and collects `measure(page, path)` for each. */
async function eachPage(origin, paths, viewport, measure) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport });
      rows.push({ path, ...(await measure(await context.newPage(), origin + path)) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * Adds up every response until the network has been idle for a while (so
 * scripts that fetch on idle count too). Sizes are gzip of each body, or its
 * raw size if smaller (images, Pagefind's files).
 */
export function transferUntilIdle(origin, paths) {
  return eachPage(origin, paths, { width: 375, height: 740 }, async (page, url) => {
    const bodies = [];
    page.on('response', (response) => bodies.push(response.body().then((b) => b, () => Buffer.alloc(0))));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 1000))));
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(bodies)).reduce((sum, body) => {
      const s = sizes(body);
      return add(sum, { raw: s.raw, gzip: Math.min(s.raw, s.gzip), brotli: Math.min(s.raw, s.brotli) });
    }, zero());
    return { requests: bodies.length, ...total };
  });
}

/**
 * On a 390 x 844 phone: how tall the chrome above the content is (crisis bar
 * and site header), where the page's <h1> starts, and whether a 988 link is
 * in the first screen (issue: the title must start within the top 200 px).
 */
export function phoneHeader(origin, paths) {
  return eachPage(origin, paths, { width: 390, height: 844 }, async (page, url) => {
    await page.goto(url);
    return page.evaluate(() => {
      const bottom = (s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? 0;
      const link = document.querySelector('.crisis-bar a[href="tel:988"]')?.getBoundingClientRect();
      return {
        headerPx: Math.round(Math.max(bottom('.crisis-bar'), bottom('.site-header'))),
        h1TopPx: Math.round(document.querySelector('h1')?.getBoundingClientRect().top ?? -1),
        call988InView: Boolean(link && link.bottom <= innerHeight && link.top >= 0),
      };
    });
  });
}
