import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CRISIS_LINES, CRISIS_NUMBERS, crisisLineSchema, crisisLinks } from '../../../src/lib/crisis-lines';
import en from '../../../src/i18n/en.json';
import { ROOT } from '../../support/content-files';

// The crisis lines are safety-critical: one list (src/lib/crisis-lines.ts),
// checked here, and no other file that writes a number of its own.
const words: Record<string, string> = en;
const ids = CRISIS_LINES.map((line) => line.id);

/** A line's number as someone might write it: "1-800-662-4357", "(800) 662 4357", "8006624357"; never inside a longer number or word. */
function numberPattern(number: string): RegExp {
  const groups = number.split('-');
  const core = (groups.length > 1 && groups[0] === '1' ? groups.slice(1) : groups).join('[-.\\s()]*');
  return new RegExp(`(?<![\\w.])${core}(?!\\w)`);
}
const patterns = [/(tel|sms):\+?\d/, ...CRISIS_LINES.map((line) => numberPattern(line.number))];

/** Code without its comments: a comment may say "988 first" and dials nothing. */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the crisis lines', () => {
  it('meet the schema', () => {
    const result = crisisLineSchema().array().safeParse(CRISIS_LINES);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('are 911, 988 and the SAMHSA Helpline, 911 first, each once', () => {
    expect(CRISIS_LINES.map((line) => line.number)).toEqual(['911', '988', '1-800-662-4357']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('link to a phone number that dials the number shown, and texts only 988', () => {
    expect(CRISIS_LINES.map((line) => [line.call, line.text])).toEqual([
      ['tel:911', undefined],
      ['tel:988', 'sms:988'],
      ['tel:+18006624357', undefined],
    ]);
    expect(crisisLineSchema().safeParse({ ...CRISIS_LINES[1], call: 'tel:989' }).success).toBe(false);
    expect(crisisLineSchema().safeParse({ ...CRISIS_LINES[1], text: 'tel:988' }).success).toBe(false);
  });

  it('give each line a call link, then a text link where it takes texts', () => {
    expect(crisisLinks(['lifeline', 'emergency']).map((link) => [link.href, link.label])).toEqual([
      ['tel:988', 'crisis.call'],
      ['sms:988', 'crisis.text'],
      ['tel:911', 'crisis.call'],
    ]);
  });

  it('name only words that exist in src/i18n, and the words name only lines that exist', () => {
    for (const line of CRISIS_LINES) {
      for (const key of [line.whenToUse, line.shortName]) if (key) expect(words[key], key).toBeTypeOf('string');
    }
    expect(words['crisis.call']).toContain('{number}');
    expect(words['crisis.text']).toContain('{number}');
    for (const id of ids) expect(words['crisis.print']).toContain(`{${id}}`);
    expect(Object.keys(CRISIS_NUMBERS)).toEqual(ids);
  });
});

describe('no other file writes a crisis number', () => {
  const files = filesUnder(resolve(ROOT, 'src')).filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('src/lib/crisis-lines.ts'));

  it('finds the code to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('in the code under src/: numbers and tel:/sms: links come from src/lib/crisis-lines.ts', () => {
    const found = files.flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return patterns.filter((p) => p.test(code)).map((p) => `${relative(ROOT, file)}: ${p.source}`);
    });
    expect(found).toEqual([]);
  });

  it('in src/i18n/en.json: words only, with {emergency}, {lifeline} or {helpline} for a number', () => {
    const found = Object.entries(words)
      .filter(([key, text]) => patterns.some((p) => p.test(key) || p.test(text)))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('catches a number written by hand', () => {
    const hits = (code: string) => patterns.filter((p) => p.test(withoutComments(code))).length;
    expect(hits('<a href="tel:988">Call 988</a>')).toBe(2);
    expect(hits("const n = '(800) 662-4357';")).toBe(1);
    expect(hits('// 988 first for a crisis\nconst url = "https://988lifeline.org/";')).toBe(0);
  });
});
