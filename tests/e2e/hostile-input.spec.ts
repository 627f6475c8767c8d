import { test, expect } from '@playwright/test';

// Links can carry anything: a shared search (?q=), a highlight, campaign
// tags, a fragment. Whatever a page reads from its address must be shown as
// text and never become markup or run. Each payload below would, if it were
// inserted as HTML, add an element marked data-injected and set window.__pwned.
const PAYLOADS = [
  `<img src=x data-injected onerror="window.__pwned=1">`,
  `"><script data-injected>window.__pwned=1</script>`,
  `'><svg data-injected onload="window.__pwned=1">`,
  `javascript:window.__pwned=1`,
];
const PARAMS = ['q', 'query', 'search', 'highlight', 'term', 'utm_source', 'ref'];

// The pages whose scripts read the address: search (?q=), a guide reached
// from a result (?highlight=), the self-check (its steps are in history), the
// 404 page, and the home page (the search button reads nothing, and proves it).
// Every other page is built from the same layout and scripts as these.
const READERS = ['/search/', '/guides/what-is-iop/', '/quiz/', '/404.html', '/'];

function hostileUrl(path: string, payload: string) {
  const search = new URLSearchParams(PARAMS.map((name) => [name, payload])).toString();
  return `${path}?${search}#${encodeURIComponent(payload)}`;
}

declare global {
  interface Window {
    __pwned?: number;
  }
}

for (const path of READERS) {
  test(`${path} treats HTML and script in its address as text`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const payload of PAYLOADS) {
      // networkidle: the scripts that read the address (search, the highlight
      // module fetched on demand) have loaded and run.
      await page.goto(hostileUrl(path, payload), { waitUntil: 'networkidle' });
      await expect(page.locator('h1')).toBeVisible();
      if (path === '/search/') {
        // The search page did read ?q=, and shows it as words.
        await expect(page.locator('main [data-search-status]')).toContainText(payload.slice(0, 12));
      }
      expect(await page.locator('[data-injected]').count(), payload).toBe(0);
      expect(await page.evaluate(() => window.__pwned), payload).toBeUndefined();
      // No link on the page was rewritten to run the payload.
      expect(await page.locator('a[href^="javascript:"]').count(), payload).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });
}

test('an address whose path is markup gets the plain 404 page, with nothing injected', async ({ page }) => {
  const response = await page.goto(`/${encodeURIComponent(PAYLOADS[0]!)}/?q=${encodeURIComponent(PAYLOADS[1]!)}`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(await page.locator('[data-injected]').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
