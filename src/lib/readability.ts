import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadabilityReport {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid US grade level (1975 formula). */
  grade: number;
  /** Mean words per sentence. */
  wordsPerSentence: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Counts words, sentences and syllables with the platform's Unicode
 * segmenters (no home-made regex splitting), then applies Flesch-Kincaid.
 * Blank lines end a sentence too, so a heading never merges with the
 * paragraph under it.
 */
export function measureReadability(text: string): ReadabilityReport {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of text.split(/\n+/)) {
    for (const { segment } of sentenceSegmenter.segment(block)) {
      let inSentence = 0;
      for (const w of wordSegmenter.segment(segment)) {
        if (!w.isWordLike) continue;
        inSentence += 1;
        // Numbers such as "988" or "2024" are read as one word, not spelled out.
        syllables += /^\d/.test(w.segment) ? 1 : Math.max(1, syllable(w.segment));
      }
      if (inSentence > 0) {
        sentences += 1;
        words += inSentence;
      }
    }
  }
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return {
    words,
    sentences,
    syllables,
    grade: Math.round(grade * 10) / 10,
    wordsPerSentence: sentences ? Math.round((words / sentences) * 10) / 10 : 0,
  };
}
