import { test, expect } from '@playwright/test';

// A reader on a phone, often worried and in a hurry: the title is in the
// first screen, a 988 link is always in view, and the links fold into a Menu
// that opens without a script. Desktop keeps its row of links.
const PHONE = { width: 390, height: 844 };

for (const path of ['/', '/guides/what-is-iop/', '/quiz/']) {
  test(`${path} on a 390 px phone: the title starts in the top 200 px, and 988 stays in view as the page scrolls`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const h1 = (await page.locator('h1').boundingBox())!;
    expect(h1.y).toBeLessThan(200);
    const call988 = page.getByRole('complementary', { name: 'Need help now?' }).locator('a[href="tel:988"]');
    await expect(call988).toBeInViewport();
    // The crisis lines are one row on this phone.
    const rows = await page.locator('.crisis-bar li a').evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    await page.mouse.wheel(0, 2500);
    await expect(call988).toBeInViewport();
    const box = (await call988.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
}

test('on a phone the links are behind a Menu that opens by keyboard, with no script needed', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/what-is-iop/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
  const menu = page.locator('.site-menu > summary');
  await expect(menu).toHaveText('Menu');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Guides' })).toBeFocused();
  await nav.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await context.close();
});

test('on a desktop the links show in a row, with no Menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guides/what-is-iop/');
  await expect(page.locator('.site-menu > summary')).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Guides', 'Self-check', 'Glossary', 'About']) await expect(nav.getByRole('link', { name })).toBeVisible();
});

test('on a phone no citation mark starts a line of its own', async ({ page }) => {
  const { guidePaths } = await import('../support/site');
  await page.setViewportSize(PHONE);
  for (const path of guidePaths()) {
    await page.goto(path);
    const alone = await page.locator('.guide-body .cite').evaluateAll((marks) =>
      marks
        .filter((mark) => {
          const block = mark.closest('p, li, td, dd') ?? mark.parentElement!;
          const left = block.getBoundingClientRect().left + parseFloat(getComputedStyle(block).paddingLeft);
          return mark.getClientRects()[0]!.left - left < 2;
        })
        .map((mark) => mark.closest('p, li, td, dd')?.textContent?.slice(0, 60) ?? ''),
    );
    expect(alone, path).toEqual([]);
    // Nor does one stand as a block of its own, outside the text it cites.
    expect(await page.locator('.guide-body .cite').evaluateAll((marks) => marks.filter((m) => !m.closest('p, li, td, dd, figcaption')).length), path).toBe(0);
  }
});
