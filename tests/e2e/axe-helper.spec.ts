import { test, expect } from '@playwright/test';
import { axeViolations } from '../support/axe';

// Every accessibility check in this suite goes through axeViolations, tuned
// for speed (tests/support/axe.ts). This proves the tuned run still reports
// what it must: a page with known faults, in both themes and inside `include`.
const FAULTY = `<!doctype html><html lang="en"><head><title>Faults</title>
<style>
  .faint { color: #bbb; background: #fff; }
  @media (prefers-color-scheme: dark) { body { background: #000; } .dark-faint { color: #222; } }
</style></head>
<body><main><h1>Faults</h1>
  <p class="faint">Light grey on white.</p>
  <p class="dark-faint">Dark grey, unreadable only on black.</p>
  <section id="part"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></section>
</main></body></html>`;

test('the axe helper reports contrast and missing alt text, per theme and within a part of the page', async ({ page }) => {
  await page.setContent(FAULTY);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, { label: 'light' });
  expect(light.join('\n')).toMatch(/^light: color-contrast \(serious\).*\n\s+\.faint/m);
  expect(light.join('\n')).toMatch(/^light: image-alt \(critical\)/m);

  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await axeViolations(page)).join('\n')).toMatch(/color-contrast[\s\S]*\.dark-faint/);

  const part = await axeViolations(page, { include: '#part' });
  expect(part.map((v) => v.split(' ')[0])).toEqual(['image-alt']);
});
