import { test, expect } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { sitemapPaths, EXTRA_PAGES } from './site-pages';
import { DIST } from './built-site';

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
