import { dangerLevel } from './grade';
import type { Answers, QuizModel } from './model';

/** Where the quiz goes next: a question's index, or the result. */
export type Step = number | 'result';

/** True when any chosen answer points to danger (`crisis` or `emergency`), given the answers so far. */
export function hasDanger(quiz: QuizModel, answers: Answers): boolean {
  return dangerLevel(quiz, answers) !== undefined;
}

/** True when every question has a valid answer. */
export function isComplete(quiz: QuizModel, answers: Answers): boolean {
  return quiz.questions.every((q) => q.answers.some((a) => a.id === answers.get(q.id)));
}

/** Index of the first question without a valid answer, or -1 when all are answered. */
export function firstUnanswered(quiz: QuizModel, answers: Answers): number {
  return quiz.questions.findIndex((q) => !q.answers.some((a) => a.id === answers.get(q.id)));
}

/** A result can be shown when every question is answered, or at once when an answer points to danger. */
export function canShowResult(quiz: QuizModel, answers: Answers): boolean {
  return hasDanger(quiz, answers) || isComplete(quiz, answers);
}

/**
 * The step after question `index`.
 * - Danger skips everything else: help comes before any more questions.
 * - `reviewing` (the reader changed one answer from the result) returns
 *   straight to the result once every question is answered.
 * - Otherwise the next question; after the last one, the first question still
 *   unanswered, or the result.
 */
export function nextStep(quiz: QuizModel, answers: Answers, index: number, reviewing = false): Step {
  if (hasDanger(quiz, answers)) return 'result';
  if (reviewing && isComplete(quiz, answers)) return 'result';
  if (index + 1 < quiz.questions.length) return Math.max(0, index + 1);
  const gap = firstUnanswered(quiz, answers);
  return gap === -1 ? 'result' : gap;
}

/** The step before question `index` (never below the first question). */
export function previousStep(index: number): number {
  return Math.max(0, index - 1);
}
