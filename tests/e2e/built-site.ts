import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built site the browser tests serve (OUT_DIR, as in site-pages.ts). */
export const DIST = resolve(import.meta.dirname, '../..', process.env.OUT_DIR || 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML file in the build, sitemap or not (404, offline fallback, …), with its URL path. */
export function builtHtmlFiles(): { file: string; path: string }[] {
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = file.slice(DIST.length).split('\\').join('/');
      return { file, path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
