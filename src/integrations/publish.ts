import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatLinkError } from '../lib/link-check.ts';
import { overdueReviews } from '../lib/review-due.ts';
import { siteUrlWarning } from '../lib/site-url.ts';
import { readBuiltSite } from './built-site.ts';

/**
 * The last step of `astro build`. Astro writes into a staging folder (its
 * outDir); this checks the result and only then moves it to `to` (dist/). A
 * failed build (a content error stops Astro before this runs) or a broken
 * internal link leaves the last good dist/ as it was: nothing half-built is
 * ever served or deployed. Must be the last integration: it publishes what
 * the others (search index, preview images, service worker) wrote.
 */
export function publish({ to, nextReviews }: { to: string; nextReviews: { file: string; nextReview: Date }[] }): AstroIntegration {
  let staging = '';
  return {
    name: 'iop-guide:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = fileURLToPath(config.outDir);
      },
      'astro:build:done': ({ logger }) => {
        const fail = (message: string) => {
          rmSync(staging, { recursive: true, force: true });
          throw new Error(`${message}\n${to} was not changed.`);
        };
        const { pages, others } = readBuiltSite(staging);
        const errors = checkLinks(pages, others);
        if (errors.length) fail(`${errors.length} broken internal link${errors.length > 1 ? 's' : ''}:\n${errors.map((e) => `  ${formatLinkError(e)}`).join('\n')}`);
        if (!existsSync(join(staging, 'pagefind/pagefind.js'))) fail('The search index (pagefind/) is missing from the build.');

        rmSync(to, { recursive: true, force: true });
        renameSync(staging, to);
        logger.info(`Published ${pages.length} pages to ${to}; every internal link resolves.`);
        // An overdue clinical review warns but does not stop the build, so an urgent
        // fix can still ship; `npm test` fails on it (tests/unit/lib/review-due.test.ts).
        for (const line of overdueReviews(nextReviews, new Date())) logger.warn(`Review overdue: ${line}`);
        // Loud, not fatal: tests and previews build without a real address.
        const noSiteUrl = siteUrlWarning(process.env.SITE_URL);
        if (noSiteUrl) logger.warn(noSiteUrl);
      },
    },
  };
}
