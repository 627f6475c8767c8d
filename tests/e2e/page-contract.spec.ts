import { test, expect } from '@playwright/test';
import { ZOOM_400, sidewaysOverflow } from '../support/layout';
import { axeViolations } from '../support/axe';
import { allPages, PAGE_TYPES } from '../support/site';

// The promises every page keeps, checked in one visit per page: what needs a
// browser (requests, console, layout, axe). What can be read from the files
// (CSP, valid HTML, preview tags, links, headers) is in tests/build/.
// The server is the static one a host would be (scripts/static-server.mjs):
// gzip and the _headers file, so each page also runs under the header CSP.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

// The offline copy's service worker is blocked (playwright.config.ts): its
// downloads are tested in offline.spec.ts.
test.use({ viewport: DESKTOP });

for (const path of allPages()) {
  test(`${path} keeps the site-wide promises`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(req.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /Content Security Policy|Refused to|Permissions policy/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // A request the page itself cancels (ERR_ABORTED) is not a fault; any other failure is.
    page.on('requestfailed', (req) => {
      if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${req.url()}: ${req.failure()?.errorText}`);
    });
    await page.goto(path, { waitUntil: 'networkidle' });

    await test.step('makes no request outside its own origin, and logs no error or CSP violation', () => {
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    });

    await test.step('sets no cookies', async () => {
      expect(await context.cookies()).toEqual([]);
    });

    await test.step('has a descriptive title, one h1, a language and one main landmark', async () => {
      await expect(page).toHaveTitle(/^\S.* \| IOP Guide$|^IOP Guide$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
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
      await expect(footer).toContainText('education, not medical advice');
    });

    await test.step('has no axe violations, light and dark', async () => {
      const widths = PAGE_TYPES.includes(path) ? { desktop: DESKTOP, phone: PHONE } : { desktop: DESKTOP };
      const violations: string[] = [];
      // One load, several looks: the layout and theme respond without a reload.
      for (const [name, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          violations.push(...(await axeViolations(page, { label: `${name}, ${colorScheme}` })));
        }
      }
      expect(violations, violations.join('\n')).toEqual([]);
    });

    await test.step('needs no sideways scrolling at 320 px (400% zoom), and keeps each phone number on one line', async () => {
      await page.setViewportSize(ZOOM_400);
      expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, culprits: [] });
      const broken = await page.locator('a[href^="tel:"]:visible').evaluateAll((links) =>
        links
          .filter((a) => a.getClientRects().length > 1 || a.getBoundingClientRect().height > parseFloat(getComputedStyle(a).lineHeight) * 1.9)
          .map((a) => a.textContent),
      );
      expect(broken).toEqual([]);
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
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
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
      const style = getComputedStyle(document.activeElement as HTMLElement);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
