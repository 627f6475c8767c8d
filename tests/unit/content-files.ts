import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = resolve(ROOT, 'content');

export interface ContentFile {
  slug: string;
  file: string;
  source: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function readMdx(folder: 'guides' | 'pages', dir = CONTENT): ContentFile[] {
  const base = resolve(dir, folder);
  return readdirSync(base)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const source = readFileSync(resolve(base, f), 'utf8');
      const { frontmatter = {}, body } = splitFrontmatter(source);
      return { slug: f.replace(/\.mdx$/, ''), file: `content/${folder}/${f}`, source, frontmatter, body };
    });
}

export function readGlossary(dir = CONTENT): Record<string, { term: string; definition: string; guide?: string }> {
  return parseYaml(readFileSync(resolve(dir, 'glossary.yaml'), 'utf8'));
}
