import { test, expect, type Page } from '@playwright/test';
import { allPages } from '../support/site';

// With JavaScript off (blocked, failed to load, or an old phone), every page
// must still be readable and navigable, and anything that needs a script
// must say so rather than sit there doing nothing.
//
// The contract, for any component:
//   data-requires-js  on a part that only works with JavaScript: hidden
//                     without it, so there is no dead control to press;
//   data-no-js-notice on the text (often in <noscript>) that tells the reader
//                     what that part needs and what to do instead.
test.use({ javaScriptEnabled: false });

/** Visible buttons that would do nothing without a script: not a submit button of a form. */
async function deadButtons(page: Page): Promise<string[]> {
  return page.locator('button, [role="button"]').evaluateAll((buttons) =>
    buttons
      .filter((b) => (b as HTMLElement).checkVisibility({ visibilityProperty: true }))
      .filter((b) => !(b instanceof HTMLButtonElement && b.type === 'submit' && b.form))
      .map((b) => b.outerHTML.slice(0, 120)),
  );
}

for (const path of allPages()) {
  test(`${path} reads and works without JavaScript`, async ({ page }) => {
    await page.goto(path);

    await test.step('shows its heading, its words and the crisis numbers', async () => {
      await expect(page.locator('h1')).toBeVisible();
      const words = (await page.getByRole('main').innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(15);
      await expect(page.getByRole('complementary', { name: 'Need help now?' }).locator('a[href="tel:988"]')).toBeVisible();
    });

    await test.step('keeps the main navigation, with real links', async () => {
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav).toBeVisible();
      for (const href of await nav.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^\/[\w/-]*$/);
      }
    });

    await test.step('shows no button that needs a script to do anything', async () => {
      expect(await deadButtons(page)).toEqual([]);
    });

    await test.step('hides each part marked data-requires-js and says what it needs', async () => {
      const needsJs = page.locator('[data-requires-js]');
      const count = await needsJs.count();
      for (let i = 0; i < count; i++) await expect(needsJs.nth(i)).toBeHidden();
      if (count > 0) {
        const notice = page.locator('[data-no-js-notice]');
        await expect(notice.first()).toBeVisible();
        await expect(notice.first()).toContainText('JavaScript');
      }
    });
  });
}

test('a guide works without JavaScript: contents links and citations jump to their targets', async ({ page }) => {
  await page.goto('/guides/what-is-iop/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const entry = toc.getByRole('link').nth(3);
  const target = (await entry.getAttribute('href'))!;
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();

  const cite = page.locator('.cite a').first();
  const source = (await cite.getAttribute('href'))!;
  await cite.click();
  await expect(page.locator(source)).toBeInViewport();
  await expect(page.locator(source)).toBeVisible();
});

test('the site can be navigated without JavaScript: menu, guide list, reading order, breadcrumb', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');

  const first = page.getByRole('main').locator('a[href^="/guides/"]').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const pager = page.getByRole('navigation', { name: 'Reading order' });
  const next = pager.locator('a[rel="next"]');
  const nextHref = (await next.getAttribute('href'))!;
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${nextHref}$`));

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('glossary links from a guide open the glossary at the term, highlighted, without JavaScript', async ({ page }) => {
  await page.goto('/guides/what-is-iop/');
  const link = page.locator('.guide-body a[href^="/glossary/#"]').first();
  const id = (await link.getAttribute('href'))!.split('#')[1]!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry).toBeInViewport();
  // The term the reader came for stands out (CSS :target, no script).
  const [targetBg, otherBg] = await page.evaluate((termId) => {
    const target = document.getElementById(termId)!;
    const other = [...document.querySelectorAll('.entry')].find((e) => e.id !== termId)!;
    return [getComputedStyle(target).backgroundColor, getComputedStyle(other).backgroundColor];
  }, id);
  expect(targetBg).not.toBe(otherBg);
  // And its "read more" link goes back to a guide.
  await expect(entry.locator('a[href^="/guides/"]')).toBeVisible();
});

test('the quiz says it needs JavaScript and offers the whole self-check as a checklist instead', async ({ page }) => {
  await page.goto('/quiz/');
  const notice = page.locator('[data-no-js-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('needs JavaScript');
  await expect(page.locator('[data-requires-js]')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'All the questions, as a checklist' })).toBeVisible();
});
