import { describe, it, expect } from 'vitest';
import { readMdx, readGlossary } from '../../support/content-files';
import { measureReadability } from '../../../src/lib/readability';
import en from '../../../src/i18n/en.json';
import { interpolate } from '../../../src/i18n';
import { CRISIS_NUMBERS } from '../../../src/lib/crisis-lines';

// The safety facts a clinical review found missing (shared/reviews/
// clinical-2026-12.md, C1–C4, H2, M1): each must stay where the readers at
// highest risk look for it. A page that loses one fails here, by name.
const guides = new Map(readMdx('guides').map((g) => [g.slug, g]));
const glossary = readGlossary();
const body = (slug: string) => {
  const guide = guides.get(slug);
  if (!guide) throw new Error(`content/guides/${slug}.mdx is missing`);
  return guide.body;
};

const MUST_CARRY: Record<string, { what: string; pattern: RegExp }[]> = {
  'for-families': [{ what: 'the overdose box (naloxone, 911)', pattern: /<OverdoseBox \/>/ }],
  'after-iop-aftercare': [
    { what: 'the overdose box (naloxone, 911)', pattern: /<OverdoseBox \/>/ },
    { what: 'the lost-tolerance warning', pattern: /<AfterABreak \/>/ },
  ],
  'challenges-of-iop': [{ what: 'the lost-tolerance warning', pattern: /<AfterABreak \/>/ }],
  'continuum-of-care': [{ what: 'the lost-tolerance warning on stepping down', pattern: /<AfterABreak \/>/ }],
  'what-happens-in-iop': [
    { what: 'the overdose box in the opioid medicines section', pattern: /<OverdoseBox \/>/ },
    { what: 'that methadone and buprenorphine lower the risk of dying from an overdose', pattern: /lower the risk of dying from (an )?overdose/i },
  ],
  'is-iop-right-for-me': [
    { what: 'a section for pregnant readers', pattern: /^### If you are pregnant$/m },
    { what: '911 first for a medical emergency', pattern: /911/ },
    { what: 'what "heavy drinking" means (NIAAA numbers)', pattern: /4 or more drinks/ },
  ],
};

describe('pages that must carry a safety fact', () => {
  for (const [slug, facts] of Object.entries(MUST_CARRY)) {
    for (const { what, pattern } of facts) {
      it(`content/guides/${slug}.mdx carries ${what}`, () => {
        expect(body(slug)).toMatch(pattern);
      });
    }
  }

  it('the families guide shows the overdose box near its top, before the first section on taking part', () => {
    const text = body('for-families');
    expect(text.indexOf('<OverdoseBox />')).toBeGreaterThan(-1);
    expect(text.indexOf('<OverdoseBox />')).toBeLessThan(text.indexOf('## How families can take part in IOP'));
  });

  it('the glossary explains naloxone, overdose and tolerance', () => {
    expect(glossary['naloxone']?.definition).toMatch(/without a prescription/i);
    expect(glossary['overdose']?.definition).toMatch(/911/);
    expect(glossary['tolerance']?.definition).toMatch(/old amount/i);
  });
});

describe('corrected facts stay corrected', () => {
  for (const [slug, guide] of guides) {
    it(`content/guides/${slug}.mdx never says "about 3 months" (NIDA: at least 3 months)`, () => {
      expect(guide.body).not.toMatch(/\babout (3|three) months\b/i);
    });
    it(`content/guides/${slug}.mdx gives teen hours wherever it gives adult IOP hours`, () => {
      if (/\b9 hours\b/.test(guide.body)) expect(guide.body).toMatch(/\b6\b[^.]*\b(teens?|adolescents?)\b|\b(teens?|adolescents?)\b[^.]*\b6\b/i);
    });
  }
});

describe('the safety boxes', () => {
  const boxText = Object.entries(en)
    .filter(([key]) => key.startsWith('safety.'))
    .map(([, text]) => interpolate(/[.?!:]$/.test(text) ? text : `${text}.`, CRISIS_NUMBERS))
    .join('\n');

  it('read at US grade 6 or below, for readers in a hurry', () => {
    const report = measureReadability(boxText);
    expect(report.grade, JSON.stringify(report)).toBeLessThanOrEqual(6);
  });

  it('give the steps in the order that saves a life: naloxone, 911, stay, and warn it can wear off', () => {
    expect(en['safety.overdose.step.naloxone']).toMatch(/naloxone/i);
    expect(en['safety.overdose.step.naloxone']).toMatch(/without a prescription/);
    expect(en['safety.overdose.step.call']).toMatch(/\{emergency\}/);
    expect(en['safety.overdose.step.stay']).toMatch(/Stay with them/);
    expect(en['safety.overdose.step.wearsOff']).toMatch(/wear off/);
    expect(en['safety.tolerance.why']).toMatch(/can kill/);
    expect(en['safety.tolerance.medicines']).toMatch(/buprenorphine and methadone/i);
  });

});
