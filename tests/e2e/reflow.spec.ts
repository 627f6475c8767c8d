import { test, expect } from '@playwright/test';
import { ZOOM_400, sidewaysOverflow } from '../support/layout';

// WCAG 2.2 SC 1.4.10 Reflow: at 320 CSS px wide (a 1280 px screen at 400%
// zoom) nothing may need scrolling sideways, except content that needs two
// dimensions, like a data table (ours scroll inside their own box). Every
// page is checked at that width in page-contract.spec.ts; here, what changes
// as a reader works: the self-check's steps, a table scrolled by keyboard.
// SC 2.4.7 / 2.4.11 in forced-colors mode (Windows High Contrast): system
// colours replace ours and box-shadows vanish, so the focus ring must be a
// real outline that stays visible.

test('the quiz, from first question to a crisis result, needs no sideways scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize(ZOOM_400);
  await page.goto('/quiz/');
  expect((await sidewaysOverflow(page)).overflow).toBe(0);
  // Who the answers are for, then "Yes" to the safety question: crisis help appears at once.
  await page.locator('fieldset[data-q]:visible input[type=radio]').first().check();
  await page.locator('[data-next]').click();
  await page.locator('fieldset[data-q="safety"] input[type=radio]').first().check();
  await expect(page.locator('[data-crisis] a[href="tel:988"]')).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, culprits: [] });
  // Answer the rest with the first answer that changes nothing, and see the result.
  for (let step = 0; step < 30 && (await page.locator('[data-result]').isHidden()); step++) {
    const fieldset = page.locator('fieldset[data-q]:visible');
    const calm = fieldset.locator('input[type=radio]:not([data-level])');
    if (!(await fieldset.locator('input:checked').count())) await ((await calm.count()) ? calm.first() : fieldset.locator('input[type=radio]').last()).check();
    await page.locator('[data-next]').click();
  }
  await expect(page.locator('[data-result]')).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual({ overflow: 0, culprits: [] });
});

test('a wide guide table scrolls inside its own box at 320 px, and the box can be reached and scrolled by keyboard', async ({ page }) => {
  await page.setViewportSize(ZOOM_400);
  await page.goto('/guides/iop-vs-other-levels-of-care/');
  const box = page.locator('.table-scroll').first();
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test.describe('forced colors (Windows High Contrast)', () => {
  // A page of each kind: home, guide list, a guide (with a table), glossary, quiz, about.
  const PAGES = ['/', '/guides/', '/guides/iop-vs-other-levels-of-care/', '/glossary/', '/quiz/', '/about/'];

  for (const path of PAGES) {
    test(`${path}: every Tab stop shows a solid focus outline of 2 px or more`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const seen = new Set<string>();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
          return { label, style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, key: el.outerHTML.slice(0, 200) };
        });
        if (!focus || seen.has(focus.key)) break; // wrapped around, or left the page
        seen.add(focus.key);
        expect.soft(focus.style, `${focus.label}: outline style`).not.toBe('none');
        expect.soft(focus.width, `${focus.label}: outline width`).toBeGreaterThanOrEqual(2);
        expect.soft(focus.color, `${focus.label}: outline colour`).not.toMatch(/^(transparent|rgba\(.*,\s*0\))$/);
      }
      expect(seen.size).toBeGreaterThan(5);
    });
  }

  test('the quiz answer cards and buttons keep a visible focus outline and a visible checked state', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/quiz/');
    const focusedOutline = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
    const tabTo = async (condition: string) => {
      for (let i = 0; i < 40 && !(await page.evaluate(condition)); i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(condition)).toBe(true);
    };
    await tabTo(`document.activeElement?.type === 'radio'`);
    // Wraps to the last answer and checks it ("No": no crisis panel takes focus).
    await page.keyboard.press('ArrowUp');
    const radioOutline = await focusedOutline();
    expect(radioOutline.style).not.toBe('none');
    expect(radioOutline.width).toBeGreaterThanOrEqual(2);
    // The chosen card gets a thicker system-colour border (quiz.css, forced-colors block).
    const card = page.locator('.option:has(:checked)');
    expect(await card.evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth))).toBeGreaterThanOrEqual(3);
    await tabTo(`document.activeElement?.matches('[data-next]')`);
    const buttonOutline = await focusedOutline();
    expect(buttonOutline.style).not.toBe('none');
    expect(buttonOutline.width).toBeGreaterThanOrEqual(2);
  });
});
