import { test, expect } from '@playwright/test';
import { guidePaths } from '../support/site';

// What makes each guide easy to act on, as a reader meets it: a captioned
// picture with words a screen reader can read, a sheet to fill in that
// prints alone on one page and sends nothing anywhere, and "What to do next".
// (Axe, reflow at 320 px and every page's layout are checked for all pages in
// page-contract.spec.ts.)
const guides = guidePaths();

async function pdfPages(pdf: Buffer) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

for (const path of guides) {
  test(`${path}: a captioned picture, a sheet to fill in, and what to do next`, async ({ page }) => {
    await page.goto(path);
    const figure = page.locator('figure.fig');
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('figcaption .fig-title')).toBeVisible();
    await expect(figure.locator('figcaption .fig-how')).toBeVisible();
    const picture = figure.getByRole('img');
    const name = (await picture.getAttribute('aria-label')) ?? '';
    expect(name.length).toBeGreaterThan(30);
    expect(name).not.toMatch(/^(a |an )?(diagram|picture|image)/i);
    // The picture's words are in the page as text (not pixels), inside the picture's box.
    const box = await picture.boundingBox();
    expect(box!.width).toBeGreaterThan(200);

    const sheet = page.locator('section.tool');
    await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
    // Every field has a visible label.
    for (const field of await sheet.locator('input, textarea').all()) await expect(field).toHaveAccessibleName(/\w{3}/);

    const next = page.getByRole('region', { name: 'What to do next' });
    await expect(next).toBeVisible();
    const steps = await next.locator('li').count();
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(steps).toBeLessThanOrEqual(3);

    // "Print this sheet" gives the sheet alone, with the crisis lines, on one page.
    await page.evaluate(() => (document.documentElement.dataset['printSheet'] = ''));
    await page.emulateMedia({ media: 'print' });
    await expect(sheet.locator('.tool-crisis')).toBeVisible();
    expect(await pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
  });
}

test('the picture uses the system colours in forced-colours mode, and black on white on paper', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(guides[0]!);
  const colours = await page.locator('.fig-svg').evaluate((svg) => {
    const text = svg.querySelector('text')!;
    const box = svg.querySelector('rect')!;
    return { text: getComputedStyle(text).fill, body: getComputedStyle(document.body).color, stroke: getComputedStyle(box).stroke };
  });
  expect(colours.text).toBe(colours.body);
  expect(colours.stroke).toBe(colours.body);

  await page.emulateMedia({ forcedColors: 'none', media: 'print', colorScheme: 'dark' });
  const print = await page.locator('.fig-svg').evaluate((svg) => ({
    text: getComputedStyle(svg.querySelector('text')!).fill,
    box: getComputedStyle(svg.querySelector('.fig-box, .fig-card, .fig-bar, .fig-mark')!).fill,
  }));
  expect(print).toEqual({ text: 'rgb(0, 0, 0)', box: 'rgb(255, 255, 255)' });
});

test.describe('with offline saving blocked (its one-off downloads are not what this test is about)', () => {
  test('a sheet can be filled in, sends nothing, stores nothing, and prints alone on one page', async ({ page, context }) => {
    await page.goto('/guides/how-iop-is-structured/', { waitUntil: 'networkidle' });
    const requests: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).pathname !== '/favicon.svg') requests.push(req.url());
    });
    const sheet = page.locator('section.tool');
    const text = sheet.locator('input[type=text], textarea').first();
    await text.fill('Tuesday evenings');
    const box = sheet.locator('input[type=checkbox]');
    if (await box.count()) await box.first().check();
    await text.press('Enter');
    await expect(text).toHaveValue(/Tuesday evenings/);
    expect(new URL(page.url()).search).toBe('');

    // "Print this sheet" prints the sheet alone: the page is marked while the print dialog is open.
    await page.evaluate(() => {
      (window as unknown as { printedWith: string | undefined }).printedWith = undefined;
      window.print = () => {
        (window as unknown as { printedWith: string | undefined }).printedWith = document.documentElement.dataset['printSheet'];
      };
    });
    await sheet.getByRole('button', { name: 'Print this sheet' }).click();
    expect(await page.evaluate(() => (window as unknown as { printedWith: string | undefined }).printedWith)).toBe('');
    await page.evaluate(() => (document.documentElement.dataset['printSheet'] = ''));
    await page.emulateMedia({ media: 'print' });
    await expect(sheet).toBeVisible();
    await expect(page.locator('h1')).toBeHidden();
    await expect(sheet.locator('.tool-crisis')).toContainText('988');
    expect(await pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);

    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await context.cookies()).toEqual([]);
  });
});
