import { test, expect, type Page } from '@playwright/test';
import { qrCodeFile } from '../../src/lib/qr-code';

// Sharing and printing, as referral staff and the people they refer meet
// them: copied links and printed handouts. What a shared link shows (preview
// tags, images) is read from the built files in tests/build/share-meta.test.ts.

const GUIDE = '/guides/does-iop-work/';
const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href') as Promise<string>;

/** The printed QR code is on paper, has loaded before printing, and encodes this page's address. */
async function expectPrintedQrCode(page: Page) {
  const canonical = await canonicalOf(page);
  const qr = page.getByRole('img', { name: `QR code for ${canonical}` });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the QR image has loaded').toBe(true);
  const src = (await qr.getAttribute('src'))!;
  expect(await (await page.request.get(src)).text()).toBe(await qrCodeFile(canonical));
}
/** The clipboard once the click has been handled (the copy code loads on first use, so it is async). */
const expectClipboard = (page: Page, value: string) =>
  expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(value);

/** Browsers without the Web Share API (most desktops): "Share this page" copies the link instead. */
const withoutWebShare = (page: Page) =>
  page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });

test.describe('copying links', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  test('"Copy link to this section" copies the section\'s full address and says so', async ({ page }) => {
    await page.goto(GUIDE);
    const canonical = await canonicalOf(page);
    const button = page.getByRole('button', { name: 'Copy link to this section: Questions to ask a program' });
    await button.click();
    await expect(page.locator('copy-link[data-href="#questions-to-ask-a-program"] [role="status"]')).toHaveText('Link copied');
    await expectClipboard(page, `${canonical}#questions-to-ask-a-program`);
    // The copied address leads back to the section.
    await expect(page.locator('#questions-to-ask-a-program')).toHaveText('Questions to ask a program');
  });

  test('every section heading of a guide has its own copy button, with the heading in its name', async ({ page }) => {
    await page.goto(GUIDE);
    const headings = await page.locator('.guide-body :is(h2, h3)').allTextContents();
    expect(headings.length).toBeGreaterThan(5);
    for (const text of headings) {
      await expect(page.getByRole('button', { name: `Copy link to this section: ${text}`, exact: true })).toHaveCount(1);
    }
  });

  test('the copy buttons are always visible, large enough to tap, and work from the keyboard', async ({ page }) => {
    await page.goto(GUIDE);
    const button = page.getByRole('button', { name: 'Copy link to this section: What the research says' });
    await expect(button).toBeVisible(); // without hovering
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await button.focus();
    await page.keyboard.press('Enter');
    await expectClipboard(page, `${await canonicalOf(page)}#what-the-research-says`);
    await expect(button).toBeFocused();
  });

  test('"Share this page" copies the page address where there is no share sheet', async ({ page }) => {
    await withoutWebShare(page);
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect(page.getByRole('group', { name: 'Share or print' }).getByRole('status')).toHaveText(
      'Link to this page copied. Paste it into a message or email.',
    );
    await expectClipboard(page, await canonicalOf(page));
  });

  test('the referral staff page copies the full address of each page to share', async ({ page }) => {
    await page.goto('/referral-staff/');
    const canonical = await canonicalOf(page);
    await page.getByRole('button', { name: 'Copy link to “Self-check: could an intensive outpatient program (IOP) fit?”' }).click();
    await expectClipboard(page, new URL('/quiz/', canonical).href);
    await page.getByRole('button', { name: 'Copy link to “What is an intensive outpatient program (IOP)?”' }).click();
    await expectClipboard(page, new URL('/guides/what-is-iop/', canonical).href);
  });

  test('when copying is refused, the address is shown so it can be copied by hand', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await page.goto(GUIDE);
    await page.getByRole('button', { name: 'Copy link to this section: What good results look like' }).click();
    const canonical = await canonicalOf(page);
    await expect(page.locator('copy-link[data-href="#what-good-results-look-like"] [role="status"]')).toHaveText(
      `Could not copy. Select and copy this link: ${canonical}#what-good-results-look-like`,
    );
  });
});

test('"Share this page" opens the system share sheet where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto(GUIDE);
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)).toEqual([
    { title: await page.title(), url: await canonicalOf(page) },
  ]);
});

test('sharing controls load no third-party code and break no CSP rule', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) problems.push(msg.text());
  });
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== new URL(baseURL!).origin) problems.push(`request to ${req.url()}`);
  });
  await page.goto(GUIDE, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Copy link to this section: What the research says' }).click();
  await page.getByRole('button', { name: 'Share this page' }).click();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test.describe('printing', () => {
  test('a printed guide hides navigation and buttons, and shows the QR code, address, crisis lines and review date', async ({ page }) => {
    await page.goto(GUIDE);
    const canonical = await canonicalOf(page);
    const qr = page.getByRole('img', { name: `QR code for ${canonical}` });
    await expect(qr).toBeHidden(); // paper only
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share this page' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Copy link/ }).first()).toBeHidden();
    expect(await page.locator('button:visible').count()).toBe(0);

    await expectPrintedQrCode(page);
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThan(80); // about 34 mm: easy for a phone camera
    const address = page.locator('.print-qr .url');
    await expect(address).toHaveText(canonical);
    const qrBottom = box.y + box.height;
    expect((await address.boundingBox())!.y).toBeGreaterThanOrEqual(qrBottom - 1); // the address is under the code

    for (const number of ['988', '911', '1-800-662-4357']) await expect(page.getByRole('contentinfo')).toContainText(number);
    await expect(page.getByText(/^Last reviewed: /)).toBeVisible();
  });

  test('a printed guide writes out the full address after each link', async ({ page }) => {
    await page.goto(GUIDE);
    await page.emulateMedia({ media: 'print' });
    const canonical = await canonicalOf(page);
    const after = (selector: string) =>
      page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('.guide-body a[href="/guides/paying-for-iop/"]')).toBe(`" (${new URL('/guides/paying-for-iop/', canonical).href})"`);
    // Glossary terms stay plain words on paper (tests/e2e/print.spec.ts).
    expect(await after('.guide-body a[href="/glossary/#iop"]')).toBe('none');
    expect(await after('.sources a[href^="https://pmc.ncbi.nlm.nih.gov/"]')).toContain('(https://pmc.ncbi.nlm.nih.gov/');
    // Citation numbers point within the page and stay short.
    expect(await after('.cite a')).toBe('none');
  });

  for (const format of ['Letter', 'A4'] as const) {
    test(`the referral staff summary prints on one ${format} page, with the crisis lines and a QR code`, async ({ page }) => {
      await page.goto('/referral-staff/');
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: 'Crisis lines' })).toBeVisible();
      await expectPrintedQrCode(page);
      await expect(page.locator('.print-url', { hasText: /\/quiz\/$/ })).toBeVisible();
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(1);
    });
  }

  test('the question checklist prints every question from the guide, each with space for notes', async ({ page }) => {
    await page.goto(GUIDE);
    const fromGuide = await page
      .locator('.section-heading.level-3 h3')
      .evaluateAll((hs) => {
        const start = document.getElementById('questions-to-ask-a-program')!;
        const end = document.getElementById('common-questions')!;
        return hs
          .filter((h) => start.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && h.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING)
          .map((h) => h.textContent!.trim());
      });
    expect(fromGuide.length).toBeGreaterThanOrEqual(5);

    await page.goto('/questions-to-ask/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questions to ask a program');
    await expect(page.locator('.questions h2')).toHaveText(fromGuide);
    await expect(page.getByText('Why ask:')).toHaveCount(fromGuide.length);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.questions .notes').first()).toBeVisible();
    await expectPrintedQrCode(page);
  });
});

test('the home page sends referral staff to their page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'For referral staff' })).toHaveAttribute('href', '/referral-staff/');
  await page.getByRole('link', { name: 'For referral staff' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For referral staff');
  for (const heading of ['What IOP is, in one screen', 'Who to refer', 'Who needs other care first', 'Links to share', 'Crisis lines']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
});
