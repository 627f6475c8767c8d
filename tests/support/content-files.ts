import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseYaml, splitFrontmatter } from '../../src/lib/frontmatter';
import { existingGuide, guideName } from '../../src/schemas/guide-ref';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = resolve(ROOT, 'content');

/** A field naming a guide, checked as the build checks it: the guide must exist in content/guides/. */
export const existingGuideName = existingGuide(guideName, (id) => existsSync(resolve(CONTENT, 'guides', `${id}.mdx`)));

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
  return parseYaml(readFileSync(resolve(dir, 'glossary.yaml'), 'utf8')) as Record<string, { term: string; definition: string; guide?: string }>;
}

/** `<Cite id="…" />` ids in a file's body that its `sources` do not list, and sources it never cites. */
export function citationProblems(file: ContentFile): { unknown: string[]; uncited: string[] } {
  const ids = ((file.frontmatter.sources as { id: string }[] | undefined) ?? []).map((s) => s.id);
  const cited = [...file.body.matchAll(/<Cite\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1]!);
  return { unknown: cited.filter((id) => !ids.includes(id)), uncited: ids.filter((id) => !cited.includes(id)) };
}
