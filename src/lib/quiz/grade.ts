import { BASELINE, rank, type Level } from './levels';
import type { AnswerModel, Answers, Choice, QuizModel } from './model';

export interface QuizResult {
  /** The highest level any chosen answer points to (`outpatient` when none does). */
  readonly outcome: Level;
  /** True when an answer points to danger: show 988 and 911 before anything else. */
  readonly crisis: boolean;
  /** The answers that set the outcome (their level equals it), in question order. */
  readonly reasons: readonly Choice[];
  /** Other answers pointing to more than outpatient care, but less than the outcome: worth raising too. */
  readonly also: readonly Choice[];
  /** Ids of the notes the chosen answers add, in question order, without repeats. */
  readonly notes: readonly string[];
}

/** The chosen answer to each answered question, in question order. Unknown ids are ignored. */
export function chosen(quiz: QuizModel, answers: Answers): { choice: Choice; answer: AnswerModel }[] {
  const out: { choice: Choice; answer: AnswerModel }[] = [];
  for (const question of quiz.questions) {
    const id = answers.get(question.id);
    const answer = id === undefined ? undefined : question.answers.find((a) => a.id === id);
    if (answer) out.push({ choice: { question: question.id, answer: answer.id }, answer });
  }
  return out;
}

/**
 * Grades a set of answers. Pure and deterministic: the same answers always
 * give the same result. The highest-risk answer decides; nothing is averaged,
 * so no number of calm answers can outweigh one dangerous one.
 */
export function grade(quiz: QuizModel, answers: Answers): QuizResult {
  const picks = chosen(quiz, answers);
  let outcome: Level = BASELINE;
  for (const { answer } of picks) {
    if (answer.level && rank(answer.level) > rank(outcome)) outcome = answer.level;
  }
  const reasons: Choice[] = [];
  const also: Choice[] = [];
  const notes: string[] = [];
  for (const { choice, answer } of picks) {
    if (answer.level === outcome) reasons.push(choice);
    else if (answer.level && rank(answer.level) > rank(BASELINE) && rank(answer.level) < rank(outcome)) also.push(choice);
    if (answer.note && !notes.includes(answer.note)) notes.push(answer.note);
  }
  return { outcome, crisis: outcome === 'crisis', reasons, also, notes };
}
