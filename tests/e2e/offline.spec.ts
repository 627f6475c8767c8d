import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getManifest } from 'workbox-build';
import { buildServiceWorker } from '../../src/integrations/service-worker';
import { precacheOptions } from '../../src/lib/offline/precache';
import { DIST as dist, guidePaths } from '../support/site';

const guides = guidePaths();
// The service worker is what this file tests (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
// Questions readers ask, as they type them; each must find something.
const QUERIES = ['hours a week', 'insurance', 'detox', 'family', 'aftercare', 'keep my job'];

/**
 * Opens `path` with the network on and waits until the service worker has
 * installed (its install step is the precaching: it succeeds only when every
 * file is saved), activated, and controls the page.
 */
async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const firstInstall = await page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    const first = !sw.controller;
    const claimed = first ? new Promise((r) => sw.addEventListener('controllerchange', r, { once: true })) : Promise.resolve();
    await sw.ready;
    await claimed;
    return first;
  });
  // A first install ends with the "saved for offline use" notice: wait for
  // its text (set once its stylesheet is in), so no request of this page is
  // still on its way when a test moves on.
  if (firstInstall) await expect(page.locator('iop-update-notice [data-message]')).not.toBeEmpty();
}

/** Request URLs (without the query) saved in the service worker's caches, by cache name. */
function savedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search.replace(/^\?__WB_REVISION__=.*$/, ''));
    }
    return out;
  });
}

/** Pagefind's own JS API, loaded the way a search UI loads it; result URLs per query. */
function searchUrls(page: Page, queries: string[]): Promise<Record<string, string[]>> {
  return page.evaluate(async (qs) => {
    const entry = '/pagefind/pagefind.js';
    const pf = await import(entry);
    const out: Record<string, string[]> = {};
    for (const q of qs) {
      const { results } = await pf.search(q);
      out[q] = await Promise.all(results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    }
    return out;
  }, queries);
}

/** Fails on any request not answered by the service worker while offline. */
function recordMisses(page: Page): string[] {
  const misses: string[] = [];
  page.on('requestfailed', (req) => misses.push(`${req.url()} failed: ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (!res.fromServiceWorker() && !res.url().startsWith('data:')) misses.push(`${res.url()} came from the network`);
  });
  return misses;
}

test('the site installs as an app: manifest, icons and a service worker, with no installability errors', async ({ page, request }) => {
  await visitOnce(page, '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ name: 'IOP Guide', short_name: 'IOP Guide', start_url: '/', display: 'standalone' });
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const png = await request.get(icon.src);
    expect(png.headers()['content-type'], icon.src).toBe('image/png');
    const body = await png.body();
    // A PNG's width and height are the two big-endian words after its IHDR tag.
    const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
    expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
  }
  // Chromium's own verdict, the one behind its "Install app" button.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test contexts are incognito, where Chromium never offers install; it still
  // reports every other problem (a missing or too small icon, a bad start_url).
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('one visit saves every page, the stylesheet and scripts, and the whole search index, but no Open Graph image', async ({ page }) => {
  await visitOnce(page, '/');
  const caches = await savedUrls(page);
  const names = Object.keys(caches);
  expect(names, 'one cache, the precache').toHaveLength(1);
  const saved = new Set(caches[names[0]!]);
  const expected = (await getManifest(precacheOptions(dist))).manifestEntries.map((e) => e.url);
  expect([...saved].sort()).toEqual([...expected].sort());

  for (const path of [...guides, '/quiz/', '/offline/']) expect(saved, path).toContain(`${path}index.html`);
  const files = readdirSync(dist, { recursive: true }).map(String);
  for (const f of files.filter((f) => /^(?:_astro\/.*\.(?:css|js)|pagefind\/(?:index|fragment|filter)\/.*)$/.test(f))) {
    expect(saved, f).toContain(`/${f}`);
  }
  for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
    expect(saved, f).toContain(`/${f}`);
  }
  expect([...saved].filter((u) => u.startsWith('/og/'))).toEqual([]);
});

test('a first visit says once, politely, when the site is saved for offline use', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  });
  await visitOnce(page, '/guides/');
  const notice = page.getByRole('complementary', { name: 'Site update' });
  await expect(notice.getByRole('status')).toHaveText('Saved for offline use: the guides now open on this device without a connection.');
  // It appears whole: nothing on the page moves (a layout shift would cost Lighthouse points and readers their place).
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  // Nothing to reload: the only button puts the notice away.
  await expect(notice.getByRole('button', { name: 'Reload to update' })).toBeHidden();
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(notice).toBeHidden();
});

test('the service worker registers only after the page has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { registeredAt?: string };
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      w.registeredAt = document.readyState;
      return register(...args);
    };
  });
  await visitOnce(page, '/guides/');
  expect(await page.evaluate(() => (window as unknown as { registeredAt?: string }).registeredAt)).toBe('complete');
});

test.describe('with the network off, after one visit', () => {
  test.beforeEach(async ({ page, context }) => {
    await visitOnce(page, '/');
    await context.setOffline(true);
  });

  test('every guide opens, styled, from the saved copy', async ({ page }) => {
    expect(guides.length).toBeGreaterThan(5);
    const misses = recordMisses(page);
    for (const path of guides) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(res?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1'), path).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      // The stylesheet came too: the crisis bar has its own background colour.
      const bg = await page.locator('.crisis-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg, path).toBe('rgb(255, 244, 229)');
    }
    expect(misses).toEqual([]);
  });

  test('the quiz opens and runs', async ({ page }) => {
    const misses = recordMisses(page);
    const res = await page.goto('/quiz/');
    expect(res?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-check: could an intensive outpatient program (IOP) fit?');
    // Its script loaded from the cache and shows one question at a time.
    await expect(page.locator('iop-quiz')).toHaveAttribute('data-view', 'questions');
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    expect(misses).toEqual([]);
  });

  test('a page reached with a query (a shared search, a search highlight) opens too', async ({ page }) => {
    const res = await page.goto(`${guides[0]}?pagefind-highlight=hours`);
    expect(res?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'You are offline' })).toHaveCount(0);
  });

  test('an unknown address shows the offline page, with crisis help and every guide', async ({ page }) => {
    const res = await page.goto('/no-such-page/');
    expect(res?.fromServiceWorker()).toBe(true);
    await expect(page).toHaveURL(/\/no-such-page\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByRole('main').getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    // What to do in an overdose is on the page itself, with no connection needed.
    const overdose = page.getByRole('complementary', { name: 'If someone may be overdosing' });
    await expect(overdose).toContainText('naloxone (Narcan)');
    await expect(overdose.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    const list = page.getByRole('region', { name: 'Guides you can read offline' }).getByRole('link');
    expect((await list.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual([...guides].sort());
    await list.first().click();
    await expect(page).toHaveURL(/\/guides\/[^/]+\/$/);
    await expect(page.getByRole('heading', { name: 'You are offline' })).toHaveCount(0);
  });

  test('every page the offline page links to opens offline', async ({ page }) => {
    await page.goto('/offline/');
    const links = await page.getByRole('main').locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(guides.length);
    for (const href of links) {
      const res = await page.goto(href);
      expect(res?.fromServiceWorker(), href).toBe(true);
      await expect(page.getByRole('heading', { name: 'You are offline' }), href).toHaveCount(0);
    }
  });
});

test('with the network off, Pagefind search returns the same results as online', async ({ browser, baseURL, page, context }) => {
  // The reference: a fresh browser with no service worker, straight from the network.
  const online = await browser.newContext({ serviceWorkers: 'block', baseURL: baseURL! });
  const onlinePage = await online.newPage();
  await onlinePage.goto('/guides/');
  const expected = await searchUrls(onlinePage, QUERIES);
  await online.close();
  for (const q of QUERIES) expect(expected[q], q).not.toEqual([]);

  await visitOnce(page, '/');
  await context.setOffline(true);
  const misses = recordMisses(page);
  await page.goto('/guides/');
  expect(await searchUrls(page, QUERIES)).toEqual(expected);
  expect(misses).toEqual([]);
});

test('online, with the service worker in charge, an unknown address still gets the real 404 page', async ({ page }) => {
  await visitOnce(page, '/');
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

/*
 * A new build. The test serves the site itself, from two folders: version A
 * is dist/ as built; version B is a copy changed the way a rebuild changes a
 * site (a guide reworded, the stylesheet under a new content hash, one search
 * fragment gone), with its service worker regenerated by the build's own code.
 */
test.describe('a new build', () => {
  let versionB: string;
  let origin: string;
  let close: () => Promise<unknown>;
  let serve: (dir: string) => void;
  const guide = guides[0]!;
  // The site-wide stylesheet, as the guide links it.
  const oldCss = /<link rel="stylesheet" href="\/_astro\/([^"]+\.css)"/.exec(readFileSync(join(dist, guide, 'index.html'), 'utf8'))![1]!;
  const newCss = oldCss.replace(/\.css$/, 'B.css');
  const goneFragment = readdirSync(join(dist, 'pagefind/fragment')).sort()[0]!;

  test.beforeAll(async () => {
    versionB = mkdtempSync(join(tmpdir(), 'iop-version-b-'));
    cpSync(dist, versionB, { recursive: true });
    for (const f of readdirSync(versionB)) if (f === 'sw.js' || f.startsWith('workbox-')) rmSync(join(versionB, f));
    renameSync(join(versionB, '_astro', oldCss), join(versionB, '_astro', newCss));
    writeFileSync(join(versionB, '_astro', newCss), readFileSync(join(versionB, '_astro', newCss), 'utf8') + '\n/* B */\n');
    rmSync(join(versionB, 'pagefind/fragment', goneFragment));
    for (const f of readdirSync(versionB, { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
      let html = readFileSync(join(versionB, f), 'utf8').replaceAll(oldCss, newCss);
      if (f === `${guide.slice(1)}index.html`) html = html.replace(/(<h1[^>]*>)/, '$1Revised: ');
      writeFileSync(join(versionB, f), html);
    }
    await buildServiceWorker(versionB);

    // The static server a host would be, switched from one build to the next.
    ({ url: origin, close, serve } = await startStaticServer(dist));
  });

  test.afterAll(async () => {
    await close();
    rmSync(versionB, { recursive: true, force: true });
  });

  const styled = (page: Page) => page.locator('.crisis-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
  const stylesheets = (page: Page) => page.locator('link[rel="stylesheet"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));

  test('replaces the saved version cleanly, after the reader is told and chooses to reload', async ({ page, context }) => {
    serve(dist);
    await visitOnce(page, `${origin}${guide}`);
    const h1 = (await page.locator('h1').textContent())!;
    const notice = page.getByRole('complementary', { name: 'Site update' });

    await test.step('the reader is told, politely, when a new version is ready', async () => {
      serve(versionB);
      await page.goto(`${origin}/guides/`);
      await expect(page.getByRole('status').filter({ hasText: 'A new version of this site is ready.' })).toBeVisible();
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('button', { name: 'Reload to update' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('until then, every page is the old version with its own assets, even offline', async () => {
      await context.setOffline(true);
      await page.goto(`${origin}${guide}`);
      await expect(page.locator('h1')).toHaveText(h1);
      expect(await stylesheets(page)).toContain(`/_astro/${oldCss}`);
      expect(await styled(page)).toBe('rgb(255, 244, 229)');
      await context.setOffline(false);
    });

    await test.step('"Not now" and Escape put the notice away without reloading', async () => {
      await expect(notice).toBeVisible();
      await notice.getByRole('button', { name: 'Not now' }).click();
      await expect(notice).toBeHidden();
      await expect(page.locator('h1')).toHaveText(h1);
      await page.reload();
      await expect(notice).toBeVisible();
      await notice.getByRole('button', { name: 'Reload to update' }).focus();
      await page.keyboard.press('Escape');
      await expect(notice).toBeHidden();
      await page.reload();
      await expect(notice).toBeVisible();
    });

    await test.step('"Reload to update" loads the new version', async () => {
      await notice.getByRole('button', { name: 'Reload to update' }).click();
      await expect(page.locator('h1')).toHaveText(`Revised: ${h1}`);
      expect(await stylesheets(page)).toContain(`/_astro/${newCss}`);
      await expect(notice).toBeHidden();
    });

    await test.step('the cache now holds exactly the new version: nothing old is left', async () => {
      const caches = await savedUrls(page);
      expect(Object.keys(caches)).toHaveLength(1);
      const saved = Object.values(caches)[0]!;
      const expected = (await getManifest(precacheOptions(versionB))).manifestEntries.map((e) => e.url);
      expect([...saved].sort()).toEqual([...expected].sort());
      expect(saved).not.toContain(`/_astro/${oldCss}`);
      expect(saved).not.toContain(`/pagefind/fragment/${goneFragment}`);
    });

    await test.step('offline, the new pages open with the new assets', async () => {
      await context.setOffline(true);
      for (const path of [guide, '/', '/quiz/']) {
        await page.goto(`${origin}${path}`);
        expect(await stylesheets(page), path).toContain(`/_astro/${newCss}`);
        expect(await styled(page), path).toBe('rgb(255, 244, 229)');
      }
      await expect(page.locator('h1')).toBeVisible();
      await page.goto(`${origin}${guide}`);
      await expect(page.locator('h1')).toHaveText(`Revised: ${h1}`);
    });
  });
});
