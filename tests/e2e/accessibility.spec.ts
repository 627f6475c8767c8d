import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, EXTRA_PAGES } from './site-pages';

// WCAG 2.2 A and AA, plus axe's best practices, on every page, at phone and
// desktop width, in light and dark themes. No rule is switched off.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const VIEWPORTS = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

for (const path of [...sitemapPaths(), ...EXTRA_PAGES]) {
  test(`${path} has no axe violations at phone and desktop width, light and dark`, async ({ page }) => {
    // Four full axe runs on a long page (the glossary) take a while on a 2-core machine.
    test.setTimeout(240_000);
    await page.goto(path);
    // One load, four looks: the layout and theme respond to these without a reload.
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await test.step(`${viewportName}, ${colorScheme}`, async () => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = results.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
          );
          expect(summary, `${viewportName}, ${colorScheme}:\n${summary.join('\n')}`).toEqual([]);
        });
      }
    }
  });
}
