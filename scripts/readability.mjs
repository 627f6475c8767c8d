// Prints word count, Flesch-Kincaid grade and words per sentence for each guide.
// Usage: node --experimental-strip-types scripts/readability.mjs [files...]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToPlainText } from '../src/lib/plain-text.ts';
import { measureReadability } from '../src/lib/readability.ts';

const dir = process.env.CONTENT_DIR ?? 'content';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(dir, 'guides')).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, 'guides', f));
for (const file of files) {
  const r = measureReadability(mdxToPlainText(readFileSync(file, 'utf8')));
  console.log(`${file}\twords ${r.words}\tgrade ${r.grade}\twords/sentence ${r.wordsPerSentence}`);
}
