import { describe, expect, it } from 'vitest';
import { measureSpanishReadability, spanishSyllables } from '../../../src/lib/readability-es';

describe('spanishSyllables', () => {
  // Syllable splits as the Real Academia's spelling rules give them.
  const words: [string, number][] = [
    ['programa', 3], // pro-gra-ma
    ['ambulatorio', 5], // am-bu-la-to-rio
    ['intensivo', 4],
    ['desintoxicación', 6], // de-sin-to-xi-ca-ción
    ['tratamiento', 4], // tra-ta-mien-to
    ['ciudad', 2], // ciu-dad: two weak vowels, one syllable
    ['recaída', 4], // re-ca-í-da: an accent on the weak vowel parts them
    ['país', 2],
    ['día', 2],
    ['leer', 2], // le-er: two strong vowels
    ['océano', 4], // o-cé-a-no
    ['chiita', 3], // chi-i-ta: the same weak vowel twice
    ['quiero', 2], // quie-ro: the u of "qui" is silent
    ['guerra', 2], // gue-rra
    ['aguinaldo', 4], // a-gui-nal-do
    ['pingüino', 3], // pin-güi-no: ü is sounded
    ['averigüéis', 4], // a-ve-ri-güéis: a triphthong
    ['Uruguay', 3], // U-ru-guay: final y is a vowel
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['reyes', 2], // re-yes: y before a vowel is a consonant
    ['huevo', 2], // hue-vo
    ['ahumar', 2], // ahu-mar: h does not part two vowels
    ['Médico', 3],
    ['988', 1],
  ];
  it.each(words)('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('measureSpanishReadability (Fernández-Huerta)', () => {
  it('applies 206.84 − 60 × syllables per word − 1.02 × words per sentence', () => {
    // El (1) pro-gra-ma (3) a-yu-da (3). Lla-me (2) al (1) 988 (1). = 11 syllables, 6 words, 2 sentences.
    const r = measureSpanishReadability('El programa ayuda. Llame al 988.');
    expect(r).toMatchObject({ words: 6, sentences: 2, syllables: 11, wordsPerSentence: 3 });
    expect(r.fernandezHuerta).toBeCloseTo(206.84 - (60 * 11) / 6 - 1.02 * 3, 6);
  });

  it('scores short, plain sentences as easy (70+) and long, dense ones as hard', () => {
    const plain = measureSpanishReadability('Usted va a terapia tres días por semana. Vuelve a su casa cada noche. Puede seguir con su trabajo.');
    const dense = measureSpanishReadability(
      'La intensificación terapéutica ambulatoria constituye una modalidad asistencial interdisciplinaria caracterizada por intervenciones psicoterapéuticas estructuradas, farmacológicas y psicoeducativas administradas simultáneamente durante períodos prolongados.',
    );
    expect(plain.fernandezHuerta).toBeGreaterThanOrEqual(70);
    expect(dense.fernandezHuerta).toBeLessThan(30);
  });

  it('ends a sentence at a blank line, so a heading never joins the paragraph under it', () => {
    expect(measureSpanishReadability('Qué es un IOP\n\nEs un programa.').sentences).toBe(2);
  });

  it('gives 0 for empty text rather than NaN', () => {
    expect(measureSpanishReadability('').fernandezHuerta).toBe(0);
  });
});
