import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, plus axe's best practices. No rule is switched off anywhere. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The rules that can change with the colour scheme: a theme swaps colours and
 * nothing else, so in a second theme only these need running again.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page (or the part `include` selects), one readable
 * line each with the first few elements, labelled by where they were seen.
 * `colourOnly`: just the colour rules, for a page already checked in full in the other theme.
 */
export async function axeViolations(
  page: Page,
  { label = '', include, colourOnly = false }: { label?: string; include?: string; colourOnly?: boolean } = {},
): Promise<string[]> {
  let builder = colourOnly ? new AxeBuilder({ page }).withRules(COLOUR_RULES) : new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) => `${label ? `${label}: ` : ''}${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}
