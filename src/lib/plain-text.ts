import { bodyOf } from './frontmatter.ts';

/**
 * Turns the body of an MDX guide into the plain prose a reader reads, so that
 * readability can be measured on words, not on markup.
 *
 * Rules, chosen to match how a person reads the rendered page:
 * - `import`/`export` lines, JSX tags and HTML comments are dropped (their
 *   text children are kept: `<Term>relapse</Term>` reads as "relapse").
 * - Links keep their text; images are dropped.
 * - Headings, list items and table cells are each read as one sentence, as
 *   screen readers and readability tools do, so a full stop is added when
 *   they have none.
 * - Table separator rows and fenced code are dropped.
 */
export function mdxToPlainText(source: string): string {
  const body = bodyOf(source);
  const out: string[] = [];
  let inFence = false;
  for (const raw of body.split('\n')) {
    let line = raw.trim();
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^(import|export)\s/.test(line)) continue;
    if (/^\|?\s*:?-{3,}/.test(line)) continue; // table separator
    line = line
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/[*_`~]+/g, '')
      .replace(/\{["'`]\s*["'`]\}/g, ' ');
    const isBlock = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|\|)/.test(line);
    if (line.startsWith('|')) {
      const cells = line
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      for (const cell of cells) out.push(endSentence(cell));
      continue;
    }
    line = line.replace(/^(#{1,6}|[-*+]|\d+[.)]|>)\s+/, '').trim();
    if (!line) {
      out.push('');
      continue;
    }
    out.push(isBlock ? endSentence(line) : line);
  }
  return out
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function endSentence(text: string): string {
  return /[.!?:]["')\]]?$/.test(text) ? text : `${text}.`;
}
