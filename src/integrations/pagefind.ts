import type { AstroIntegration } from 'astro';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFilesToPublish } from '../lib/search/bundle-files.ts';
import { INDEX_EXCLUDE_SELECTORS } from '../lib/search/exclude.ts';
import { siteWordsFile } from '../lib/search/site-words-file.ts';
import { SITE_WORDS_FILE } from '../lib/search/words.ts';

/**
 * Builds the Pagefind search index over the finished HTML at the end of
 * `astro build`, with Pagefind's Node API (no second CLI step to forget).
 * Only what sits inside `data-pagefind-body` (each page's <main>) is indexed.
 * Any error fails the build: a site without its index must not be published.
 * The files go to /pagefind/, minus what the site never loads (see
 * src/lib/search/bundle-files.ts).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'iop-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await createIndex({ excludeSelectors: [...INDEX_EXCLUDE_SELECTORS] });
          if (!index || createErrors.length) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
          const site = fileURLToPath(dir);
          const { errors: addErrors, page_count } = await index.addDirectory({ path: site });
          if (addErrors.length) throw new Error(`Pagefind: ${addErrors.join('; ')}`);
          if (page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body on <main>?');
          const { errors: getErrors, files } = await index.getFiles();
          if (getErrors.length) throw new Error(`Pagefind: ${getErrors.join('; ')}`);
          const entry = files.find((f) => f.path === 'pagefind-entry.json');
          if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
          const entryJson = new TextDecoder().decode(entry.content);
          const publish = bundleFilesToPublish(files, entryJson);
          // page_count above is every HTML file read; the entry counts the pages in the index.
          const languages = Object.values((JSON.parse(entryJson) as { languages: Record<string, { page_count: number }> }).languages);
          const indexed = languages.reduce((sum, l) => sum + l.page_count, 0);
          const out = join(site, 'pagefind');
          await rm(out, { recursive: true, force: true });
          for (const file of publish) {
            const target = join(out, file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
          }
          // The words Pagefind indexed and each result's kind of page, for honest search (src/lib/search/words.ts).
          const words = siteWordsFile(publish.filter((f) => f.path.startsWith('fragment/')).map((f) => ({ id: f.path.replace(/^fragment\/|\.pf_fragment$/g, ''), content: f.content })));
          await writeFile(join(site, SITE_WORDS_FILE), JSON.stringify(words));
          const bytes = publish.reduce((sum, f) => sum + f.content.length, 0);
          logger.info(`Indexed ${indexed} of ${page_count} pages in ${Math.round(performance.now() - started)} ms: ${publish.length} files, ${Math.round(bytes / 1024)} KB`);
        } finally {
          await close();
        }
      },
    },
  };
}
