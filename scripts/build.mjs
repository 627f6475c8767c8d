// `npm run build`: builds into a staging folder, checks the result, and only
// then replaces dist/. A failed build or a broken internal link leaves the
// last good dist/ untouched, so nothing half-built is ever served or deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBuiltSite } from './site-files.mjs';
import { checkLinks, formatLinkError } from '../src/lib/link-check.ts';
import { readNextReviews } from '../src/lib/review-dates.ts';
import { overdueReviews } from '../src/lib/review-due.ts';
import { siteUrlWarning } from '../src/lib/site-url.ts';

const root = resolve(import.meta.dirname, '..');
const staging = resolve(root, process.env.STAGING_DIR || '.build-staging');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const started = performance.now();

rmSync(staging, { recursive: true, force: true });
// --force: the content cache is keyed to one content folder; CONTENT_DIR
// (tests, benchmarks) changes it, and a stale cache breaks the build.
const astro = spawnSync(resolve(root, 'node_modules/.bin/astro'), ['build', '--force', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\n✖ Build failed: see the error above (it names the file and the field). dist/ was not changed.');
  process.exit(1);
}

const { pages, others } = readBuiltSite(staging);
const errors = checkLinks(pages, others);
if (errors.length) {
  console.error(`\n✖ ${errors.length} broken internal link${errors.length > 1 ? 's' : ''}:`);
  for (const e of errors) console.error(`  ${formatLinkError(e)}`);
  console.error('dist/ was not changed.');
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

if (!existsSync(resolve(staging, 'pagefind/pagefind.js'))) {
  console.error('✖ The search index (pagefind/) is missing from the build. dist/ was not changed.');
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
// An overdue clinical review warns but does not stop the build, so an urgent
// fix can still ship; `npm test` fails on it (tests/unit/review-due.test.ts).
const overdue = overdueReviews(readNextReviews(resolve(root, process.env.CONTENT_DIR || 'content')), new Date());
for (const line of overdue) console.warn(`⚠ Review overdue: ${line}`);
// Loud, not fatal: tests and previews build without a real address.
const noSiteUrl = siteUrlWarning(process.env.SITE_URL);
if (noSiteUrl) console.warn(`\n⚠ ${noSiteUrl}\n`);
console.log(`\n✔ Built ${pages.length} pages into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s; every internal link resolves.`);
