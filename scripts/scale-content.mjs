// Makes a content folder with many guides, for the benchmark's scale run
// (`npm run bench -- --scale`): a copy of content/ (pages, glossary, quiz and
// the real guides), plus generated guides that vary the real ones, until
// there are `count` guides in all. Each variant gets its own slug, title and
// place in the reading order, its sections in a different order, and a
// closing paragraph of its own, so the search index grows with new text
// rather than only repeating the old. Every link, citation and schema rule
// still holds, so the build checks run as they do on the real site.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const WORDS = (
  'support schedule counselor family group session recovery plan weekly relapse coping skills insurance ' +
  'medication therapy craving trigger sponsor routine evening morning clinic telehealth assessment ' +
  'referral aftercare housing employment transport childcare sleep nutrition exercise stress boundary ' +
  'journal goal progress setback check-in screening benefit copay deductible network provider'
).split(' ');

/** A small seeded generator, so a scale run is the same every time. */
function random(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function splitFrontmatter(text) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('guide without frontmatter');
  return { data: YAML.parse(match[1]), body: match[2] };
}

/** Rotates the body's `## ` sections by `by`, keeping any text before the first one in place. */
function rotateSections(body, by) {
  const parts = body.split(/^(?=## )/m);
  const intro = parts[0].startsWith('## ') ? '' : parts.shift();
  if (parts.length < 2) return body;
  const k = by % parts.length;
  return intro + [...parts.slice(k), ...parts.slice(0, k)].map((p) => (p.endsWith('\n') ? p : `${p}\n`)).join('');
}

/**
 * Writes the content folder into `dir` (which must exist) with `count` guides.
 * Returns the number of guides written.
 */
export function writeScaleContent(contentDir, dir, count) {
  cpSync(contentDir, dir, { recursive: true });
  const guidesDir = join(dir, 'guides');
  const originals = readdirSync(guidesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => ({ slug: file.replace(/\.mdx$/, ''), ...splitFrontmatter(readFileSync(join(guidesDir, file), 'utf8')) }));
  const maxOrder = Math.max(...originals.map((g) => g.data.order));
  const next = random(20261127);
  for (let n = originals.length; n < count; n++) {
    const k = n - originals.length + 1;
    const base = originals[n % originals.length];
    const suffix = ` (${k})`;
    const data = {
      ...base.data,
      title: base.data.title.slice(0, 90 - suffix.length) + suffix,
      order: maxOrder + k,
    };
    const extra = Array.from({ length: 40 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    const body = `${rotateSections(base.body, k)}\n## Notes for this variant\n\nVariant ${k} of this guide. ${extra}.\n`;
    writeFileSync(join(guidesDir, `${base.slug}-v${k}.mdx`), `---\n${YAML.stringify(data)}---\n${body}`);
  }
  return Math.max(count, originals.length);
}
