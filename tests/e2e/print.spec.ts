import { test, expect, type Page } from '@playwright/test';
import { guidePaths } from '../support/site';

// Guides on paper, as referral staff print them (a usability test: a social
// worker printed a guide and got 7-8 pages, with a web address after every
// glossary term). "Print a short handout" gives one or two US Letter pages
// for a client; a full print writes glossary terms as plain words.
const guides = guidePaths();
const GUIDE = '/guides/what-is-iop/';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** What "Print a short handout" does (share-elements.ts), without opening a print dialog. */
async function printHandout(page: Page) {
  await page.evaluate(() => (document.documentElement.dataset['printHandout'] = ''));
  await page.emulateMedia({ media: 'print' });
}

/** Visible text smaller than 10pt or lighter than near-black, and link addresses printed smaller than 10pt. */
function unreadableText(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const tooSmall = (size: string) => parseFloat(size) < 13.3; // 10pt = 13.33 CSS px
    const tooLight = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).some((c) => Number(c) > 51);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      if (tooSmall(style.fontSize) || tooLight(style.color)) problems.push(`${style.fontSize} ${style.color}: ${node.textContent!.trim().slice(0, 40)}`);
    }
    for (const a of document.querySelectorAll('a')) {
      const after = getComputedStyle(a, '::after');
      if (after.content !== 'none' && a.checkVisibility() && tooSmall(after.fontSize)) problems.push(`${after.fontSize}: address after "${a.textContent}"`);
    }
    return problems;
  });
}

for (const path of guides) {
  test(`${path} prints as a short handout on at most two Letter pages`, async ({ page }) => {
    await page.goto(path);
    await printHandout(page);

    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('region', { name: 'In short' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'What to do next' })).toBeVisible();
    const crisis = page.getByRole('region', { name: 'Help and support lines' });
    await expect(crisis).toBeVisible();
    for (const number of ['911', '988', '1-800-662-4357']) await expect(crisis).toContainText(number);
    await expect(page.locator('.print-qr .qr-code')).toBeVisible();
    await expect(page.locator('.print-qr .url')).toHaveText((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    // The safety boxes (overdose, after a break) are safety-critical: always on the handout.
    for (const box of await page.locator('.safety-box').all()) await expect(box).toBeVisible();

    // Left for the full print: the body's sections, the sheet, the picture, contents, sources, citation numbers.
    await expect(page.locator('section.tool')).toBeHidden();
    await expect(page.locator('.sources')).toBeHidden();
    await expect(page.locator('figure.fig')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.locator('.cite').first()).toBeHidden();
    expect(await page.locator('.guide-body .section-heading').evaluateAll((hs) =>
      hs.filter((h) => h.checkVisibility() && !h.closest('.safety-box, .next-steps')).map((h) => h.textContent),
    )).toEqual([]);

    expect(await unreadableText(page)).toEqual([]);
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBeLessThanOrEqual(2);
  });
}

test('"Print a short handout" sits beside "Print this page" and marks the page while the print dialog is open', async ({ page }) => {
  await page.goto(GUIDE);
  const actions = page.getByRole('group', { name: 'Share or print' });
  await expect(actions.getByRole('button', { name: 'Print this page' })).toBeVisible();
  const button = actions.getByRole('button', { name: 'Print a short handout' });
  await expect(button).toBeVisible();

  await page.evaluate(() => {
    const w = window as unknown as { printedWith: (string | undefined)[] };
    w.printedWith = [];
    window.print = () => void w.printedWith.push(document.documentElement.dataset['printHandout']);
  });
  await button.click();
  // The browser fires afterprint when the dialog closes, printed or cancelled.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await actions.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printedWith: (string | undefined)[] }).printedWith)).toEqual(['', undefined]);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-print-handout'))).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the handout button is hidden, and the page says how to print instead', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.locator('[data-action="print-handout"]')).toBeHidden();
    await expect(page.locator('[data-no-js-notice]')).toContainText('JavaScript');
  });
});

test('a printed guide writes glossary terms as plain words, and keeps the address of other links', async ({ page }) => {
  for (const path of guides) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const afters = await page.locator('main a[href^="/glossary/"]').evaluateAll((links) =>
      links.map((a) => `${a.textContent}: ${getComputedStyle(a, '::after').content}`),
    );
    expect(afters.filter((a) => a.includes('/glossary/')), path).toEqual([]);
  }
  await page.goto(GUIDE);
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('main a[href^="/glossary/#"]')).toBe('none');
  expect(await after('.guide-body a[href^="/guides/"]')).toMatch(/\/guides\/[\w-]+\/(#[\w-]+)?\)"$/);
  expect(await after('.sources a[href^="https://"]')).toContain('(https://');
});
