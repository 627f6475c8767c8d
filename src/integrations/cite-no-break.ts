import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITE_OPEN, glueCitations } from '../lib/markdown/cite-no-break.ts';

/**
 * After the pages are written (and before Pagefind reads them: list it
 * first in astro.config.mjs), keeps every citation mark on the line of the
 * text it cites. Astro 7's Markdown processor takes no rehype plugins, and the
 * space comes partly from the component itself, so this works on the HTML.
 */
export function citeNoBreak(): AstroIntegration {
  return {
    name: 'iop-guide:cite-no-break',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const entry of await readdir(root, { recursive: true })) {
          if (!entry.endsWith('.html')) continue;
          const file = join(root, entry);
          const html = await readFile(file, 'utf8');
          if (!html.includes(CITE_OPEN)) continue;
          await writeFile(file, glueCitations(html));
        }
      },
    },
  };
}
