import type { Level } from './levels';

/**
 * The shape the grading logic needs, and nothing more: ids, levels, notes and
 * the conditions between answers. The words live in `content/quiz/*.yaml`;
 * the island reads this model back from the rendered page, so the page and
 * the logic cannot disagree.
 */

/** Question id → the answer ids that make a condition hold. Every entry must hold. */
export type Condition = Readonly<Record<string, readonly string[]>>;

/** What an answer means: the care it points to and the note it adds. */
export interface Effect {
  /** The care this answer points to; absent when it does not change the result. */
  readonly level?: Level | undefined;
  /** A "good to know" note this answer adds to the result, whatever the level. */
  readonly note?: string | undefined;
}

/**
 * What an answer means instead when other answers say so, e.g. past
 * withdrawal signs with opioids point to medicines, not detox. It replaces
 * the answer's level and note; a missing level means "does not change the result".
 */
export interface Alternative extends Effect {
  readonly if: Condition;
}

export interface AnswerModel extends Effect {
  /** Unique within its question. */
  readonly id: string;
  /** Checked in order; the first whose condition holds replaces this answer's effect. */
  readonly instead?: readonly Alternative[] | undefined;
  /** Who the reader is answering for (the "who is this for" question). */
  readonly audience?: Audience | undefined;
  /** The age group of the person the answers are about. */
  readonly age?: AgeGroup | undefined;
}

export interface QuestionModel {
  /** Unique within the quiz. */
  readonly id: string;
  readonly answers: readonly AnswerModel[];
}

export interface NoteModel {
  readonly id: string;
  /** Show the note only with these results (absent: with any result). */
  readonly onlyWith?: readonly Level[] | undefined;
}

export interface QuizModel {
  readonly questions: readonly QuestionModel[];
  /** Notes with a rule of their own; a note not listed here always shows when an answer adds it. */
  readonly notes?: readonly NoteModel[] | undefined;
}

export type Audience = 'me' | 'other';
export type AgeGroup = 'adult' | 'teen';

/** Question id → chosen answer id. Questions not answered yet are absent. */
export type Answers = ReadonlyMap<string, string>;

/** One chosen answer, named by its question, with the alternative that applied (if any). */
export interface Choice {
  readonly question: string;
  readonly answer: string;
  /** Index into the answer's `instead` list, when an alternative applied. */
  readonly alternative?: number | undefined;
}

/** `"question:answer"`, or `"question:answer:alternative"`: how the page names one reason text. */
export function choiceKey(choice: Choice): string {
  const base = `${choice.question}:${choice.answer}`;
  return choice.alternative === undefined ? base : `${base}:${choice.alternative}`;
}

/** True when every entry of the condition holds for the answers given. An unanswered question never holds. */
export function holds(condition: Condition, answers: Answers): boolean {
  for (const question in condition) {
    const id = answers.get(question);
    if (id === undefined || !condition[question]!.includes(id)) return false;
  }
  return true;
}

/** The effect an answer has, given the other answers, and which alternative (if any) gave it. */
export function effectOf(answer: AnswerModel, answers: Answers): Effect & { alternative?: number } {
  const alts = answer.instead;
  if (alts) {
    for (let index = 0; index < alts.length; index++) {
      const alt = alts[index]!;
      if (holds(alt.if, answers)) return { level: alt.level, note: alt.note, alternative: index };
    }
  }
  return answer;
}
