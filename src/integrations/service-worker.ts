import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_PAGE, precacheOptions, precacheProblems } from '../lib/offline/precache.ts';

/**
 * Writes `sw.js` (and its Workbox runtime) into the built site in `dir`.
 *
 * - Precache-first for everything listed: pages open instantly on a poor
 *   connection and the same with none. Each file's revision is a hash of its
 *   content, so a new build downloads only what changed.
 * - A new build installs a new worker that waits (no skipWaiting) until the
 *   reader accepts the update notice or closes every tab: a page never mixes
 *   an old version's HTML with a new version's assets. On activation,
 *   Workbox deletes every entry the new list does not name, and
 *   cleanupOutdatedCaches removes caches left by older Workbox versions.
 * - Any other navigation goes to the network; when that fails, the reader
 *   gets the offline page.
 */
export async function buildServiceWorker(dir: string): Promise<{ count: number; size: number; urls: string[] }> {
  // Loaded now, not with astro.config.mjs: Workbox brings Rollup, Babel and
  // Terser (about 80 MB), which would otherwise sit in memory through the
  // whole build, at its peak too (Pagefind indexing beside Astro).
  const { generateSW } = await import('workbox-build');
  const options = precacheOptions(dir);
  let urls: string[] = [];
  const { count, size, warnings } = await generateSW({
    ...options,
    // The list is checked as Workbox makes it, so the site's files are read
    // and hashed once (a separate getManifest() read them all a second time).
    // A problem comes back as a warning, and any warning fails the build.
    manifestTransforms: [
      (entries) => {
        urls = entries.map((e) => e.url);
        return { manifest: entries, warnings: precacheProblems(urls) };
      },
    ],
    swDest: join(dir, 'sw.js'),
    cacheId: 'iop-guide',
    mode: 'production',
    sourcemap: false,
    skipWaiting: false,
    // A first install has no older version to clash with: take over the open
    // page at once, so a reader who loses signal after one visit is covered.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // A static site serves the same file whatever the query says: /search/?q=…,
    // Pagefind's ?pagefind-highlight=… on result links, and the ?ts=… that
    // pagefind.js adds to pagefind-entry.json (Pagefind issue #59) all match
    // the precached file.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `/${OFFLINE_PAGE}` } },
      },
    ],
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size, urls };
}

/**
 * Generates the service worker in astro:build:done. It must come after the
 * Pagefind integration in astro.config.mjs: Astro runs the hooks in order,
 * and the index must exist to be precached.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'iop-guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size } = await buildServiceWorker(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`Precached ${count} files (${(size / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
