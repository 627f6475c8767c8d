// `npm run bench -- --scale`: the site with 1,000 guides, built from
// generated copies of the real ones. Reports the build's
// time and peak memory (checked against bench/budgets.json), the preview
// images drawn and reused, the offline precache and the search index, and,
// unless --no-search, search timings and the golden questions at that size.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { getManifest } from 'workbox-build';
import { dump, load } from 'js-yaml';
import { walk } from '../src/integrations/built-site.ts';
import { precacheOptions } from '../src/lib/offline/precache.ts';
import { measuredBuild } from './build.mjs';
import { cpuCheckMs, goldenHitRate, indexSize, measureSearch } from './search.mjs';

const root = resolve(import.meta.dirname, '..');

/** A deterministic PRNG (mulberry32), so every scale run indexes the same words. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A throwaway content folder with `count` guides: the real ones, plus copies
 * of them, each with its own title, reading order and a paragraph of made-up
 * words (so the index grows as a site with more, different pages would).
 */
export function generateScaleContent(count, dir) {
  cpSync(resolve(root, 'content'), dir, { recursive: true });
  const guidesDir = join(dir, 'guides');
  const originals = readdirSync(guidesDir).filter((f) => f.endsWith('.mdx'));
  const random = prng(42);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'tu', 'vel', 'dor', 'pi', 'gan', 'es', 'tro', 'bel', 'nu', 'quo', 'fa'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const vocabulary = Array.from({ length: 20_000 }, word);
  const maxOrder = originals.length;
  let made = originals.length;
  for (let i = 0; made < count; i++) {
    const file = originals[i % originals.length];
    const source = readFileSync(join(guidesDir, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    const data = load(m[1]);
    const copy = Math.floor(i / originals.length) + 1;
    const place = vocabulary[i % vocabulary.length];
    data.title = `${data.title.slice(0, 70)} (${place} ${copy})`;
    data.order = maxOrder + i + 1;
    const filler = Array.from({ length: 60 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    const body = m[2].replace(/\n## /, `\n${filler[0].toUpperCase()}${filler.slice(1)}.\n\n## `);
    writeFileSync(join(guidesDir, file.replace(/\.mdx$/, `--${copy}.mdx`)), `---\n${dump(data)}---\n${body}`);
    made += 1;
  }
  return made;
}

/**
 * Builds `count` guides and measures the build and, when `search` is set,
 * search over the result. Everything sits in node_modules/.cache/iop-guide-
 * scale; Astro's cache there is kept between runs, as on a developer's
 * machine: the first run draws every preview image, later runs reuse them.
 */
export async function measureScale(count, { search }) {
  const dir = resolve(root, 'node_modules/.cache/iop-guide-scale');
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const clean = () => ['content', 'dist', 'staging'].forEach((d) => rmSync(join(dir, d), { recursive: true, force: true }));
  clean();
  try {
    mkdirSync(content, { recursive: true });
    const guides = generateScaleContent(count, content);
    const cpuBefore = cpuCheckMs();
    const build = await measuredBuild({ ...process.env, CONTENT_DIR: content, OUT_DIR: out, STAGING_DIR: join(dir, 'staging'), ASTRO_CACHE_DIR: join(dir, 'astro') });
    if (build.status !== 0) throw new Error('The scale build failed: see the error above.');
    // The line src/integrations/og-images.ts logs.
    const images = /(\d+) preview images \((\d+) drawn\b.*?, (\d+) from cache\)/.exec(build.output);
    const { count: files, size } = await getManifest(precacheOptions(out));
    return {
      guides,
      pages: walk(out).filter((f) => f.endsWith('.html')).length,
      buildSeconds: build.seconds,
      peakMB: build.peakMB,
      largestProcess: build.largestProcess,
      loadAverage: build.loadAverage,
      cpuCheckMs: [cpuBefore, cpuCheckMs()],
      cpus: cpus().length,
      previewImages: images && { total: Number(images[1]), drawn: Number(images[2]), reused: Number(images[3]) },
      precache: { files, raw: size },
      index: indexSize(out),
      ...(search && { search: await measureSearch(out), golden: await goldenHitRate(out, { copies: true }) }),
    };
  } finally {
    clean();
  }
}
