import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Builds the Pagefind search index over the finished HTML at the end of
 * `astro build`, with Pagefind's Node API (no second CLI step to forget).
 * Only what sits inside `data-pagefind-body` (each page's <main>) is indexed.
 * Any error fails the build: a site without its index must not be published.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'iop-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await createIndex({});
          if (!index || createErrors.length) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
          const site = fileURLToPath(dir);
          const { errors: addErrors, page_count } = await index.addDirectory({ path: site });
          if (addErrors.length) throw new Error(`Pagefind: ${addErrors.join('; ')}`);
          if (page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body on <main>?');
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (writeErrors.length) throw new Error(`Pagefind: ${writeErrors.join('; ')}`);
          logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
