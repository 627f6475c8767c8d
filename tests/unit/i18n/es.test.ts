import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import es from '../../../src/i18n/es.json';

// The Spanish words of the site (issue 14). A Spanish page must never fall
// back to English, so every key is translated, with the same placeholders.
const english = en as Record<string, string>;
const spanish = es as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Keys whose text is the same in both languages: a format, a name, an address. */
const SAME_IN_BOTH = new Set(['share.ogAlt', 'listen.rate', 'quiz.next.findTreatmentLink', 'quiz.next.findTreatmentUrl']);

describe('src/i18n/es.json', () => {
  it('has exactly the keys of en.json', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps every placeholder of the English text, so numbers and names are filled in', () => {
    const differ = Object.keys(english).filter((k) => placeholders(english[k]!).join() !== placeholders(spanish[k] ?? '').join());
    expect(differ).toEqual([]);
  });

  it('leaves nothing in English', () => {
    const untranslated = Object.keys(english).filter((k) => !SAME_IN_BOTH.has(k) && spanish[k] === english[k]);
    expect(untranslated).toEqual([]);
  });

  it('formats dates for US Spanish', () => {
    expect(spanish['date.format']).toBe('es-US');
  });

  it('tells the reader how to reach 988 in Spanish wherever it offers 988 for a crisis', () => {
    // 988lifeline.org: press 2 on a call for Spanish, or text AYUDA to 988.
    for (const key of ['crisis.lifeline.whenToUse', 'crisis.print', 'quiz.danger', 'search.tips.crisis', 'search.safety.crisis.text']) {
      expect(spanish[key], key).toMatch(/oprima 2/);
    }
  });

  it('says the SAMHSA Helpline answers in Spanish', () => {
    expect(spanish['crisis.helpline.whenToUse']).toMatch(/en español/);
  });

  it('speaks to the reader as "usted", never "tú"', () => {
    // Forms that only "tú" takes ("llama" is left out: "quien llama" is third person).
    const tuForm = /(?<!\p{L})(tú|tienes|puedes|necesitas|quieres|haz|tu respuesta|tus respuestas)(?!\p{L})/iu;
    const tu = Object.entries(spanish).filter(([, s]) => tuForm.test(s));
    expect(tu).toEqual([]);
  });
});
