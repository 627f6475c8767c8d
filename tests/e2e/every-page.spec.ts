import { test, expect } from '@playwright/test';
import { sitemapPaths, EXTRA_PAGES } from './site-pages';

const pages = [...sitemapPaths(), ...EXTRA_PAGES];

for (const path of pages) {
  test(`${path} keeps the site-wide promises`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const cspViolations: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(req.url());
    });
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });

    await test.step('makes no request outside its own origin', () => {
      expect(foreign).toEqual([]);
    });

    await test.step('shows the crisis numbers first, with tap-to-call links of 24 px or more', async () => {
      // One landmark by that name: the footer's help lines are named apart.
      const bar = page.getByRole('complementary', { name: 'Need help now?' });
      await expect(bar).toHaveCount(1);
      await expect(bar).toBeVisible();
      for (const href of ['tel:988', 'sms:988', 'tel:911', 'tel:+18006624357']) {
        const link = bar.locator(`a[href="${href}"]`);
        await expect(link).toBeVisible();
        const box = (await link.boundingBox())!;
        expect(box.height, `${href} tap target height`).toBeGreaterThanOrEqual(24);
        expect(box.width, `${href} tap target width`).toBeGreaterThanOrEqual(24);
      }
      const footer = page.getByRole('contentinfo');
      for (const number of ['988', '911', '1-800-662-4357']) await expect(footer).toContainText(number);
    });

    await test.step('says it is education, not medical advice', async () => {
      await expect(page.getByRole('contentinfo')).toContainText('education, not medical advice');
    });

    await test.step('has a descriptive title, one h1, a language and one main landmark', async () => {
      await expect(page).toHaveTitle(/^\S.* \| IOP Guide$|^IOP Guide$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
    });

    await test.step('sets no cookies and runs no script outside a strict CSP', async () => {
      expect(await context.cookies()).toEqual([]);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(cspViolations).toEqual([]);
    });
  });
}

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands inside main, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
