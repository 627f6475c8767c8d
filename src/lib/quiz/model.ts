import type { Level } from './levels';

/**
 * The shape the grading logic needs, and nothing more: ids, levels and notes.
 * The words live in `content/quiz/*.yaml`; the island reads this model back
 * from the rendered radio buttons, so the page and the logic cannot disagree.
 */
export interface AnswerModel {
  /** Unique within its question. */
  readonly id: string;
  /** The care this answer points to; absent when it does not change the result. */
  readonly level?: Level | undefined;
  /** A "good to know" note this answer adds to the result, whatever the level. */
  readonly note?: string | undefined;
}

export interface QuestionModel {
  /** Unique within the quiz. */
  readonly id: string;
  readonly answers: readonly AnswerModel[];
}

export interface QuizModel {
  readonly questions: readonly QuestionModel[];
}

/** Question id → chosen answer id. Questions not answered yet are absent. */
export type Answers = ReadonlyMap<string, string>;

/** One chosen answer, named by its question. */
export interface Choice {
  readonly question: string;
  readonly answer: string;
}

/** `"question:answer"`: how the page names one answer's reason text. */
export function choiceKey(choice: Choice): string {
  return `${choice.question}:${choice.answer}`;
}
