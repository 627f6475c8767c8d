/**
 * Readability of Spanish text: the Fernández-Huerta index (1959), Flesch's
 * reading ease recalibrated for Spanish:
 *   206.84 − 60 × syllables per word − 1.02 × words per sentence.
 * 70 or more reads easily ("bastante fácil"); the Spanish guides must reach it
 * (issue 14), as the English ones must stay at grade 8 or below.
 *
 * Words and sentences come from the platform's Unicode segmenters, as in
 * readability.ts. Syllables are counted by the rules of Spanish spelling
 * (below), in our own code: the one npm package that splits Spanish
 * syllables (silabea) has a single release and installs its test tools
 * (mocha, chai) as dependencies, and the rules fit in a short, tested function.
 */

export interface SpanishReadabilityReport {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta index: higher is easier; 70+ is easy. */
  fernandezHuerta: number;
  /** Mean words per sentence. */
  wordsPerSentence: number;
}

/** Vowels that keep their own syllable next to another vowel: a, e, o, and any accented vowel. */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/**
 * The syllables of one Spanish word, counted as its vowel groups:
 * - two strong vowels side by side are two syllables ("le-er", "re-ca-í-da");
 * - a weak vowel (i, u, ü without an accent) joins its neighbour in one
 *   syllable ("cie-lo", "ciu-dad", "U-ru-guay"), unless the two are the same
 *   letter ("chi-i-ta");
 * - the u of "que", "qui", "gue", "gui" is silent ("que-rer", "a-gui-nal-do");
 * - h does not part two vowels ("ahu-mar"), as the Real Academia counts it;
 * - y is a vowel at the end of a word or on its own ("hoy", "muy", "y").
 * Numbers ("988", "2024") count as one syllable, as in the English measure.
 */
export function spanishSyllables(word: string): number {
  let w = word.toLowerCase().normalize('NFC');
  if (/^\d/.test(w)) return 1;
  w = w
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/h/g, '')
    .replace(/y$/, 'i');
  if (w === 'i') return 1;
  let count = 0;
  let previous = '';
  for (const letter of w) {
    if (!VOWEL.test(letter)) {
      previous = '';
      continue;
    }
    const splits = previous === '' || (STRONG.has(previous) && STRONG.has(letter)) || previous === letter;
    if (splits) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

const sentenceSegmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('es', { granularity: 'word' });

/** Counts words, sentences and syllables, then applies Fernández-Huerta. Blank lines end a sentence. */
export function measureSpanishReadability(text: string): SpanishReadabilityReport {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of text.split(/\n+/)) {
    for (const { segment } of sentenceSegmenter.segment(block)) {
      let inSentence = 0;
      for (const w of wordSegmenter.segment(segment)) {
        if (!w.isWordLike) continue;
        inSentence += 1;
        syllables += spanishSyllables(w.segment);
      }
      if (inSentence > 0) {
        sentences += 1;
        words += inSentence;
      }
    }
  }
  const wordsPerSentence = sentences ? words / sentences : 0;
  const fernandezHuerta = words ? 206.84 - (60 * syllables) / words - 1.02 * wordsPerSentence : 0;
  return { words, sentences, syllables, fernandezHuerta, wordsPerSentence };
}
