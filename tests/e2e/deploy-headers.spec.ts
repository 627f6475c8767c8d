import { test, expect } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { sitemapPaths, EXTRA_PAGES } from './site-pages';
import { DIST } from './built-site';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The site as a static host serves it, with the response headers from
// public/_headers (copied to dist/_headers): every page must keep working
// under the header policy too, since a browser enforces both policies.
// `astro preview` ignores _headers, so these tests run their own small server.

let origin = '';
let close: () => Promise<unknown> = async () => {};
test.beforeAll(async () => {
  ({ url: origin, close } = await startStaticServer(DIST));
});
test.afterAll(async () => {
  await close();
});

const REQUIRED = {
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'strict-transport-security': /max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(\)/,
};

test('the build publishes the _headers file', async ({ request }) => {
  const response = await request.get(`${origin}/_headers`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Content-Security-Policy:');
});

for (const path of [...sitemapPaths(), ...EXTRA_PAGES]) {
  test(`${path} is served with the security headers and works under the header CSP`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to|Permissions policy/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    const headers = response!.headers();
    for (const [name, pattern] of Object.entries(REQUIRED)) expect(headers[name], name).toMatch(pattern);
    await expect(page.locator('h1')).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('the quiz island still runs under the header CSP', async ({ page }) => {
  await page.goto(`${origin}/quiz/`);
  await expect.poll(() => page.evaluate(() => Boolean(customElements.get('iop-quiz')))).toBe(true);
  await expect(page.locator('[data-form]')).toBeVisible();
});

test("Pagefind's gzip files are sent as gzip, so the browser unzips them, and search works", async ({ page, request }) => {
  // Every file of the index that is a gzip stream on disk, and only those.
  const dir = join(DIST, 'pagefind');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(5);
  for (const f of files) {
    const path = `/pagefind/${join(f.parentPath, f.name).slice(dir.length + 1).split('\\').join('/')}`;
    const onDisk = readFileSync(join(f.parentPath, f.name));
    const response = await request.get(origin + path);
    expect(response.status(), path).toBe(200);
    if (onDisk.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))) {
      // Sent as gzip and unzipped on arrival: Pagefind's "already unzipped" marker leads the body.
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect((await response.body()).subarray(0, 12).toString(), path).toBe('pagefind_dcd');
    } else {
      // Anything else arrives as it is on disk (zipped, if at all, only for the trip).
      expect((await response.body()).equals(onDisk), path).toBe(true);
    }
  }

  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent('do I need detox first')}`);
  await expect(page.locator('main [data-search-status]')).toHaveText(/\d+ results? for “do I need detox first”/);
  await expect(page.locator('main .search-result-title a').first()).toBeVisible();
  expect(problems).toEqual([]);
});
