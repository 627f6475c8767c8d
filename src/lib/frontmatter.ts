import { parse } from 'yaml';

// The YAML between a first line `---` and the next line `---` (it may be empty).
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * Splits an MDX file into its frontmatter, parsed, and its body. The one
 * reader for tools that look at content files outside Astro (the sitemap
 * dates, the editorial lint); `frontmatter` is undefined when the file has none.
 */
export function splitFrontmatter(source: string): { frontmatter: Record<string, unknown> | undefined; body: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) return { frontmatter: undefined, body: source };
  return { frontmatter: (parse(m[1] ?? '') ?? {}) as Record<string, unknown>, body: source.slice(m[0].length) };
}
