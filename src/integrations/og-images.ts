import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
// Explicit .ts extensions and no JSON module import: astro.config.mjs loads
// this file with Node's own loader, which needs both.
import type { OgCard } from './og-image-render.ts';
import type { OgJob } from './og-image-worker.ts';

const words = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8')) as Record<string, string>;

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The content of `<meta property="…" content="…">` as Astro writes it (property first). */
function metaContent(html: string, property: string): string | undefined {
  const m = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1]!) : undefined;
}

/**
 * Everything besides its words that decides an image's pixels: the code that
 * draws it and the versions of the libraries and fonts it draws with. Part of
 * each cached image's name, so a change to any of them draws every image anew.
 */
function rendererVersion(): string {
  const require = createRequire(import.meta.url);
  const code = ['./og-image-render.ts', '../lib/share-urls.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'));
  const versions = ['satori', '@resvg/resvg-js', '@fontsource/atkinson-hyperlegible'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`);
  return [...code, ...versions].join('\n');
}

/**
 * Draws the images on worker threads, one per core (each image keeps a core
 * busy for 0.03 to 0.1 s). Resolves to the number of threads used.
 */
async function drawAll(jobs: OgJob[]): Promise<number> {
  const workers = Array.from({ length: Math.min(availableParallelism(), jobs.length) }, () => new Worker(new URL('./og-image-worker.ts', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const give = () => (next < jobs.length ? worker.postMessage(jobs[next++]) : done());
            worker.on('message', give);
            worker.on('error', fail);
            worker.on('exit', (code) => fail(new Error(`A preview image worker stopped early (exit code ${code})`)));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return workers.length;
}

/**
 * Draws every page's preview image after the build, from the page itself:
 * each built page names its image (og:image) and its title (og:title), and
 * the image is written exactly there. So every page has its image, including
 * pages added later, and no list of pages can fall out of step.
 */
/**
 * Puts a cached image at `target`: a hard link where the cache and the site
 * share a file system (no bytes copied: cached files are named by content and
 * never rewritten, so the two can never differ), a copy where they do not
 * (or where a file is already there).
 */
function placeImage(cached: string, target: string) {
  try {
    linkSync(cached, target);
  } catch (error) {
    if (!['EEXIST', 'EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(cached, target);
  }
}

export function ogImages(): AstroIntegration {
  let cache = '';
  return {
    name: 'iop-guide:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'og-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Images are kept between builds, named by a hash of their words and
        // of the renderer: only new or changed ones are drawn.
        const renderer = rendererVersion();
        mkdirSync(cache, { recursive: true });
        const targets = new Map<string, { card: OgCard; files: string[] }>();
        let count = 0;
        // One page at a time: only the names and titles are kept, never the pages.
        for (const page of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const image = metaContent(html, 'og:image');
          const title = metaContent(html, 'og:title');
          if (!image) continue;
          if (!title) throw new Error(`${file}: has og:image but no og:title to draw on it`);
          const target = join(root, decodeURI(new URL(image).pathname));
          if (!target.startsWith(join(root, 'og'))) throw new Error(`${file}: og:image ${image} must be under /og/`);
          const card = { title, siteName: words['site.name']!, tagline: words['site.tagline']! };
          const cached = join(cache, `${createHash('sha256').update(renderer).update(JSON.stringify(card)).digest('hex').slice(0, 32)}.png`);
          const entry = targets.get(cached) ?? { card, files: [] };
          entry.files.push(target);
          targets.set(cached, entry);
          count += 1;
        }
        const jobs = [...targets].filter(([cached]) => !existsSync(cached)).map(([file, { card }]) => ({ card, file }));
        const threads = await drawAll(jobs);
        for (const [cached, { files }] of targets) {
          for (const target of files) {
            mkdirSync(dirname(target), { recursive: true });
            placeImage(cached, target);
          }
        }
        const drawn = jobs.length ? `${jobs.length} drawn on ${threads} threads` : '0 drawn';
        logger.info(`${count} preview images (${drawn}, ${count - jobs.length} from cache) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
