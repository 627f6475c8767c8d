import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import type { BuiltPage } from '../lib/link-check.ts';

// Reads a built site folder: used by the publish step, the build tests and the bench.

/** Every file under `dir`, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** URL path of an HTML file: dist/guides/x/index.html -> /guides/x/ ; dist/404.html -> /404.html */
export function urlPathOf(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The pages (with their links and ids) and the other files of a built site, in the shape src/lib/link-check.ts expects. */
export function readBuiltSite(root: string): { pages: (BuiltPage & { file: string })[]; others: Set<string> } {
  const pages: (BuiltPage & { file: string })[] = [];
  const others = new Set<string>();
  for (const file of walk(root)) {
    const path = urlPathOf(root, file);
    if (!file.endsWith('.html')) {
      others.add(path);
      continue;
    }
    const doc = parse(readFileSync(file, 'utf8'));
    pages.push({
      path,
      ids: new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)),
      links: doc.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
      file,
    });
  }
  return { pages, others };
}
