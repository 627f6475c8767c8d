import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Explicit .ts extensions and no JSON module import: astro.config.mjs loads
// this file with Node's own loader, which needs both.
import { loadOgFonts, renderOgImage } from '../lib/og-image.ts';

const words = JSON.parse(readFileSync(new URL('../i18n/en.json', import.meta.url), 'utf8')) as Record<string, string>;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The content of `<meta property="…" content="…">` as Astro writes it (property first). */
function metaContent(html: string, property: string): string | undefined {
  const m = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1]!) : undefined;
}

/**
 * Draws every page's preview image after the build, from the page itself:
 * each built page names its image (og:image) and its title (og:title), and
 * the image is written exactly there. So every page has its image, including
 * pages added later, and no list of pages can fall out of step.
 */
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
        let fonts: ReturnType<typeof loadOgFonts> | undefined;
        // Drawing takes about 0.2 s an image, so images are kept between
        // builds, keyed by their words and by the code that draws them.
        const renderer = ['../lib/og-image.ts', '../lib/share-urls.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\n');
        mkdirSync(cache, { recursive: true });
        let count = 0;
        let drawn = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const image = metaContent(html, 'og:image');
          const title = metaContent(html, 'og:title');
          if (!image) continue;
          if (!title) throw new Error(`${file}: has og:image but no og:title to draw on it`);
          const target = join(root, decodeURI(new URL(image).pathname));
          if (!target.startsWith(join(root, 'og'))) throw new Error(`${file}: og:image ${image} must be under /og/`);
          const card = { title, siteName: words['site.name']!, tagline: words['site.tagline']! };
          const cached = join(cache, `${createHash('sha256').update(renderer).update(JSON.stringify(card)).digest('hex').slice(0, 32)}.png`);
          if (!existsSync(cached)) {
            writeFileSync(cached, await renderOgImage(card, (fonts ??= loadOgFonts())));
            drawn += 1;
          }
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, readFileSync(cached));
          count += 1;
        }
        logger.info(`${count} preview images (${drawn} drawn, ${count - drawn} from cache) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
