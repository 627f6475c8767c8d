import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const golden = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/search-golden.json'), 'utf8')) as {
  queries: { q: string; expect: string; answeredBy: string; alsoFirst?: string }[];
  safety: { q: string; href: string }[];
};

/** Waits until a search has finished: the status says how many results (or none), and the list is complete. */
async function settled(scope: ReturnType<Page['locator']>) {
  await expect(scope.getByRole('status')).toHaveText(/results? for|No pages match|some of them|match your filters/);
  await expect(scope.locator('[data-search-results][aria-busy]')).toHaveCount(0);
}

// The golden questions are asked one after another in one browser, as a
// reader would: each from the address, so each search starts the same way.
async function resultsFor(page: Page, q: string) {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const main = page.getByRole('main');
  await settled(main);
  return main.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test(`each of the ${golden.queries.length} golden questions finds the guide that answers it in the top 3, and the answer leads for at least 90%`, async ({ page }) => {
  test.setTimeout(240_000); // 36 searches, one after another
  const misses: string[] = [];
  for (const { q, expect: guide, answeredBy, alsoFirst } of golden.queries) {
    const hrefs = await resultsFor(page, q);
    const pages = hrefs.map((h) => h.split(/[?#]/)[0]);
    expect.soft(pages.slice(0, 3), `“${q}” → ${guide} (${answeredBy}); top results: ${hrefs.slice(0, 5).join(', ')}`).toContain(guide);
    const first = hrefs[0]?.replace(/\?[^#]*/, '') ?? '';
    if (first.split('#')[0] !== guide && first !== alsoFirst) misses.push(`${q} → ${first}`);
  }
  const rate = (golden.queries.length - misses.length) / golden.queries.length;
  expect(rate, `first result wrong for: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
});

test(`each of the ${golden.safety.length} searches where a reader may be in danger leads with what to do now`, async ({ page }) => {
  test.setTimeout(240_000); // 11 searches and the sections they lead to
  for (const { q, href } of golden.safety) {
    await test.step(`“${q}” → ${href}`, async () => {
      await resultsFor(page, q);
      const main = page.getByRole('main');
      // The safety answer is the first thing after the status, before any result.
      const answer = main.locator('[data-search-safety] section').first();
      await expect(answer).toBeVisible();
      const firstLink = main.locator('[data-search-safety] a, .search-result-title a').first();
      await expect(firstLink.locator('xpath=ancestor::section[1]')).toHaveAttribute('data-safety', /\w/);
      await expect(answer.locator(`a[href="${href}"]`)).toBeVisible();
      if (href.includes('danger-right-now')) {
        await expect(answer.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
        await expect(answer.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
      }
      // It leads to a section that is really there.
      await answer.locator(`a[href="${href}"]`).click();
      await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();
    });
  }
});

test('nonsense finds nothing, says so, and offers how to search, every guide and the crisis lines', async ({ page }) => {
  for (const q of ['asdf', 'xyzzy nonsense']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    const main = page.getByRole('main');
    await settled(main);
    await expect(main.getByRole('status')).toHaveText(`No pages match “${q}”.`);
    await expect(main.locator('.search-result')).toHaveCount(0);
    const tips = main.locator('[data-search-tips]');
    await expect(tips.getByText(/Type one or two words/)).toBeVisible();
    const guides = tips.locator('[data-search-guides] a');
    await expect(guides).toHaveCount(13);
    expect(await guides.evaluateAll((as) => as.every((a) => /^\/guides\/[^/]+\/$/.test(a.getAttribute('href') ?? '')))).toBe(true);
    await expect(tips.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(tips.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  }
});

test('a word fragment never matches: "narcan" marks Narcan, never "NA"; "na" never finds "naloxone"', async ({ page }) => {
  await page.goto('/search/?q=narcan');
  const main = page.getByRole('main');
  await settled(main);
  const marks = await main.locator('.search-result mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m.toLowerCase()).toMatch(/narcan/);
  await page.goto('/search/?q=na');
  await settled(main);
  // "na" also searches the guides' words for it (mutual help), but never a longer word it begins.
  for (const m of await main.locator('.search-result mark').allTextContents()) expect(m.toLowerCase()).not.toMatch(/^na\w/);
});

test('a definition asked for shows as the glossary entry: the term, its definition, a link to the entry itself', async ({ page }) => {
  await page.goto('/search/?q=what%20is%20detox');
  const main = page.getByRole('main');
  await settled(main);
  const entry = main.locator('.search-result').filter({ has: page.locator('.search-result-kind') }).first();
  await expect(entry.locator('.search-result-title a')).toHaveText('Detox');
  await expect(entry.locator('.search-result-title a')).toHaveAttribute('href', /^\/glossary\/\?highlight=detox(&highlight=\w+)*#detox$/);
  await expect(entry.locator('.search-result-excerpt')).toContainText(/\w+.*\./);
  // Asked as a question of what to do, the guide comes first.
  await page.goto('/search/?q=do%20I%20need%20detox');
  await settled(main);
  await expect(main.locator('.search-result-title a').first()).toHaveAttribute('href', /^\/guides\//);
});

test('highlighting on the page marks whole words only', async ({ page }) => {
  await page.goto('/guides/for-families/?highlight=so');
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  for (const m of await marks.allTextContents()) expect(m.toLowerCase()).toBe('so');
});

test('no search code loads until the reader opens search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/guides/what-is-iop/', { waitUntil: 'networkidle' });
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('search-panel') || p === '/search/')).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('searchbox', { name: 'What do you want to know?' })).toBeFocused();
  await expect.poll(() => requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('a reader can search, move through results and open one with the keyboard alone', async ({ page }) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto('/guides/what-is-iop/');
  // Tab to the header's search button, as a keyboard reader would.
  const button = page.getByRole('button', { name: 'Search' });
  for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  const field = dialog.getByRole('searchbox', { name: 'What do you want to know?' });
  await expect(field).toBeFocused();
  await page.keyboard.type('miss a session');
  await settled(dialog);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “miss a session”\.$/);

  const links = dialog.locator('ol a');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();

  // A section link goes straight to the matching heading, with the words marked.
  const section = dialog.locator('.search-result-sections a[href*="#what-if-i-miss-a-session"]').first();
  await expect(section).toBeVisible();
  const href = (await section.getAttribute('href'))!;
  const index = await links.evaluateAll((all, h) => all.findIndex((a) => a.getAttribute('href') === h), href);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await expect(section).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\?')}$`));
  await expect(page.locator('#what-if-i-miss-a-session')).toBeInViewport();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  expect(cspErrors).toEqual([]);
});

test.describe('a first search, with nothing saved yet', () => {

  test('fetches each file it needs once: the WebAssembly starts early, and its early copy is the one used', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/') || path === '/search/') fetched.push(path);
    });
    await page.goto('/guides/what-is-iop/');
    expect(fetched).toEqual([]);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.getByRole('searchbox').fill('do I need detox first');
    await settled(dialog);
    await expect(dialog.locator('ol a').first()).toBeVisible();
    expect(fetched).toContain('/pagefind/wasm.en.pagefind');
    expect(fetched).toContain('/search/');
    expect(fetched.filter((path, i) => fetched.indexOf(path) !== i)).toEqual([]);
  });
});

test.describe('a first visit on a slow connection', () => {
  // No service worker: once it controls the page it answers /search/ from its
  // cache, out of page.route's reach, and the form would never be slow.
  test.use({ serviceWorkers: 'block' });

  test('what the reader types before the form arrives is kept, and Enter searches', async ({ page }) => {
    // The form comes from /search/ on first open: hold it back, as a slow network would.
    await page.route('**/search/', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/guides/what-is-iop/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await expect(dialog.getByText('Loading search…')).toBeVisible();
    // A space and Enter while it loads do not press the focused Close button.
    await page.keyboard.type('detox first');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();

    const field = dialog.getByRole('searchbox', { name: 'What do you want to know?' });
    await expect(field).toHaveValue('detox first');
    await expect(field).toBeFocused();
    await settled(dialog);
    await expect(dialog.getByRole('status')).toHaveText(/results? for “detox first”/);
    expect(new URL(page.url()).pathname).toBe('/guides/what-is-iop/');
  });
});

test('"/" and Ctrl+K open search, Escape closes it and returns focus to the button', async ({ page }) => {
  await page.goto('/glossary/');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('nothing found: the status says so, there is no empty list, and tips offer the helpline and all guides', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('searchbox').fill('xyzzy');
  await settled(dialog);
  await expect(dialog.getByRole('status')).toHaveText('No pages match “xyzzy”.');
  await expect(dialog.locator('ol, ul:empty')).toHaveCount(0);
  const tips = dialog.locator('[data-search-tips]');
  await expect(tips).toBeVisible();
  await expect(tips.getByRole('heading', { name: 'Search tips' })).toBeVisible();
  await expect(tips.getByRole('link', { name: '1-800-662-4357' })).toHaveAttribute('href', 'tel:+18006624357');
  await expect(tips.getByRole('link', { name: 'Browse all guides' })).toHaveAttribute('href', '/guides/');
  expect(await axeViolations(page, { include: 'dialog[open]' })).toEqual([]);
});

test('the open dialog and its results pass axe, light and dark, phone and desktop (empty: light)', async ({ page }) => {
  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/guides/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    // Empty, the dialog is the same chrome the results are shown in: one look.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page, { include: 'dialog[open]' }), `empty dialog, ${viewport.width}px`).toEqual([]);
    await dialog.getByRole('searchbox').fill('detox');
    await settled(dialog);
    await dialog.getByText('Filter by topic or reader').click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, { include: 'dialog[open]' }), `results, ${viewport.width}px, ${colorScheme}`).toEqual([]);
    }
  }
});

test('the /search/ page reads ?q=, shows results that pass axe, and keeps the address in step with the field', async ({ page }) => {
  await page.goto('/search/?q=medicare');
  const main = page.getByRole('main');
  await settled(main);
  await expect(main.getByRole('searchbox')).toHaveValue('medicare');
  await expect(main.getByRole('heading', { name: 'Results', level: 2 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await main.getByRole('searchbox').fill('group therapy');
  await expect(page).toHaveURL(/\/search\/\?q=group\+therapy$/);
  await settled(main);
  await expect(main.getByRole('status')).toContainText('“group therapy”');
});

test('a ?q= with HTML and script in it is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>detox';
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
  const main = page.getByRole('main');
  await settled(main);
  await expect(main.getByRole('status')).toContainText(`“${payload}”`);
  await expect(main.getByRole('searchbox')).toHaveValue(payload);
  expect(await main.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(alerted).toBe(false);
});

test('filters narrow results by topic and reader, and the status says they are on', async ({ page }) => {
  await page.goto('/search/?q=insurance');
  const main = page.getByRole('main');
  await settled(main);
  const before = await main.locator('.search-result-title a').count();
  await main.getByText('Filter by topic or reader').click();
  await main.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: 'Paying for care' }).check();
  await expect(main.getByRole('status')).toContainText('Filters are on.');
  await settled(main);
  const hrefs = await main.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.length).toBeLessThan(before);
  for (const href of hrefs) expect(href).toMatch(/^\/guides\/paying-for-iop\//);

  // A filter with no words lists every guide for that reader.
  await main.getByRole('searchbox').fill('');
  await main.getByRole('checkbox', { name: 'Paying for care' }).uncheck();
  await main.getByRole('group', { name: 'Written for' }).getByRole('checkbox', { name: 'Families and friends' }).check();
  await expect(main.getByRole('status')).toHaveText(/^\d+ pages match your filters\. Filters are on\.$/);
});

test('a two-word phrase across inline markup is found, with its space kept (compressHTML)', async ({ page }) => {
  // "take <a>benzodiazepines</a>" and "<a>Drug testing</a> checks": a lost
  // space would glue the words into one and the phrase would not be found.
  for (const [phrase, guide] of [
    ['take benzodiazepines', '/guides/is-iop-right-for-me/'],
    ['testing checks', '/guides/what-happens-in-iop/'],
  ]) {
    await page.goto(`/search/?q=${encodeURIComponent(`"${phrase}"`)}`);
    const main = page.getByRole('main');
    await settled(main);
    const result = main.locator('.search-result').filter({ has: page.locator(`.search-result-title a[href^="${guide}"]`) });
    await expect(result.locator('.search-result-excerpt')).toContainText(new RegExp(phrase!.replace(' ', '\\s+'), 'i'));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search link leads to a page that says what search needs, with a way to every guide', async ({ page }) => {
    await page.goto('/guides/what-is-iop/');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    // Playwright's text and role queries skip <noscript>, so the message is found by its class.
    const message = page.locator('main .search-noscript');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Search needs JavaScript');
    await expect(message.locator('a')).toHaveText('See all guides');
    await expect(message.locator('a')).toHaveAttribute('href', '/guides/');
  });
});
