import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

// Comments, scripts and styles hold no links or ids a reader can follow.
const NOT_MARKUP = /<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
// A start tag; a quoted value may hold ">".
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/**
 * The ids and the link targets (`<a href>`, `<link href>`) of one built page.
 * A scan of its start tags, not a DOM: at 1,000 guides a full parse of every
 * page took most of the publish step's time and memory. A build test holds
 * it to what a full HTML parser reads on every page (tests/build/links.test.ts).
 */
export function idsAndLinks(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set<string>();
  const links: string[] = [];
  for (const [, name, attributes] of html.replace(NOT_MARKUP, '').matchAll(START_TAG)) {
    if (!attributes) continue;
    const tag = name!.toLowerCase();
    for (const [, attr, double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      const key = attr!.toLowerCase();
      const value = decodeEntities(double ?? single ?? bare ?? '');
      if (key === 'id') ids.add(value);
      else if (key === 'href' && (tag === 'a' || tag === 'link')) links.push(value);
    }
  }
  return { ids, links };
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
    pages.push({ path, ...idsAndLinks(readFileSync(file, 'utf8')), file });
  }
  return { pages, others };
}
