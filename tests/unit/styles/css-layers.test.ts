import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Every rule under src/ sits in a cascade layer (the order is declared in
// src/styles/global.css): a rule outside one beats every layer, Tailwind's
// utilities included, whatever its selector, so what wins stops being predictable.

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

// At-rules that are no cascaded style rule, so they may stand outside a layer.
const TOP_LEVEL = /^@(layer|import|charset|font-face|property|keyframes|custom-media|theme|source)\b/;
// At-rules whose contents are checked as if they stood at the top level.
const CONDITIONAL = /^@(media|supports|container)\b/;

/** One block or statement: its prelude (selector or at-rule) and, for a block, what is inside. */
interface Statement {
  prelude: string;
  body?: string;
}

/** The top-level statements of a stylesheet, comments removed; braces inside strings are skipped. */
function statements(css: string): Statement[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: Statement[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i === -1) break;
    } else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}') {
      if (--depth === 0) {
        found.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      found.push({ prelude: text.slice(start, i).trim() });
      start = i + 1;
    }
  }
  return found;
}

/** Selectors of the rules that stand outside any layer. */
function unlayered(css: string): string[] {
  return statements(css).flatMap(({ prelude, body }) => {
    if (TOP_LEVEL.test(prelude)) return [];
    if (CONDITIONAL.test(prelude) && body !== undefined) return unlayered(body);
    return [prelude.replace(/\s+/g, ' ')];
  });
}

/** Names of the layers a stylesheet puts rules in. */
function layersUsed(css: string): string[] {
  return statements(css).flatMap(({ prelude, body }) => {
    const inner = body === undefined ? [] : layersUsed(body);
    const named = /^@layer\s+([\w-]+)$/.exec(prelude) ?? /\blayer\(([\w-]+)\)/.exec(prelude);
    return named ? [named[1]!, ...inner] : inner;
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Each .css file and each <style> block of an .astro file under src/, by path. */
const sheets = files(SRC).flatMap((file) => {
  const path = relative(ROOT, file);
  if (file.endsWith('.css')) return [{ path, css: readFileSync(file, 'utf8') }];
  if (!file.endsWith('.astro')) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ path, css: m[1]! }));
});

describe('the check itself', () => {
  it('finds a rule outside a layer, also inside @media, and passes one inside', () => {
    const css = `
      @layer components { .a { color: red; } @media print { .b { content: "}"; } } }
      @media (min-width: 40rem) { .c { margin: 0; } @layer print { .d { margin: 0; } } }
      /* .commented { } */ .e:is(.f) { margin: 0; }
      @font-face { font-family: x; }`;
    expect(unlayered(css)).toEqual(['.c', '.e:is(.f)']);
  });
});

describe('cascade layers', () => {
  it('has every rule under src/ in a layer', () => {
    const outside = sheets.flatMap(({ path, css }) =>
      unlayered(css)
        .map((selector) => `${path}: ${selector}`),
    );
    expect(outside).toEqual([]);
  });

  it('uses only the layers global.css declares, so none lands after the ones it should lose to', () => {
    const declared = statements(readFileSync(join(SRC, 'styles/global.css'), 'utf8')).find((s) => s.body === undefined && s.prelude.startsWith('@layer '));
    const order = declared!.prelude.slice('@layer '.length).split(/\s*,\s*/);
    const unknown = sheets.flatMap(({ path, css }) => layersUsed(css).filter((name) => !order.includes(name)).map((name) => `${path}: @layer ${name}`));
    expect(unknown).toEqual([]);
  });
});
