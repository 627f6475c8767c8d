import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, plus axe's best practices. No rule is switched off anywhere. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page (or the part `include` selects), one readable
 * line each with the first few elements, labelled by where they were seen.
 *
 * Legacy mode runs axe in the page itself; the default opens a second page
 * per run to merge results across frames, which our pages (no iframes) do
 * not need. Asking only for violations skips building selectors for every
 * passing element. Together they cut a guide's run from about 3 s to under
 * 1 s here, and find the same violations (tests/e2e/axe-helper.spec.ts).
 */
export async function axeViolations(page: Page, { label = '', include }: { label?: string; include?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) => `${label ? `${label}: ` : ''}${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}
