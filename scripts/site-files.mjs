// Reads a built site folder into the shape src/lib/link-check.ts expects.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

export function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** URL path of an HTML file: dist/guides/x/index.html -> /guides/x/ ; dist/404.html -> /404.html */
export function urlPathOf(root, file) {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

export function readBuiltSite(root) {
  const files = walk(root);
  const pages = [];
  const others = new Set();
  for (const file of files) {
    const path = urlPathOf(root, file);
    if (!file.endsWith('.html')) {
      others.add(path);
      continue;
    }
    const doc = parse(readFileSync(file, 'utf8'));
    pages.push({
      path,
      ids: new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id'))),
      links: doc.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')),
      file,
    });
  }
  return { pages, others };
}
