import { BASELINE, isDanger, rank, type Level } from './levels';
import { effectOf, type AgeGroup, type AnswerModel, type Answers, type Audience, type Choice, type QuizModel } from './model';

export interface QuizResult {
  /** The highest level any chosen answer points to (`outpatient` when none does). */
  readonly outcome: Level;
  /** True when the outcome is `crisis` or `emergency`: show help before anything else. */
  readonly danger: boolean;
  /** The answers that set the outcome (their level equals it), in question order. */
  readonly reasons: readonly Choice[];
  /** Other answers pointing to more than outpatient care, but less than the outcome: worth raising too. */
  readonly also: readonly Choice[];
  /** Ids of the notes the chosen answers add, in question order, without repeats. */
  readonly notes: readonly string[];
  /** Who the answers are about: the reader (`me`) or someone they care about (`other`). */
  readonly audience: Audience;
  /** The age group the answers are about (`adult` unless an answer says otherwise). */
  readonly age: AgeGroup;
}

interface Pick {
  choice: Choice;
  answer: AnswerModel;
  level: Level | undefined;
  note: string | undefined;
}

/**
 * Look-up tables built once per quiz: answer by id for each question, and
 * each note's rule. Grading runs for every answer set in the unit tests
 * (millions), so it must not search lists or build maps on each call.
 */
interface Compiled {
  answersById: ReadonlyMap<string, ReadonlyMap<string, AnswerModel>>;
  noteRule: ReadonlyMap<string, readonly Level[] | undefined>;
}
const compiledQuizzes = new WeakMap<QuizModel, Compiled>();
function compile(quiz: QuizModel): Compiled {
  let c = compiledQuizzes.get(quiz);
  if (!c) {
    c = {
      answersById: new Map(quiz.questions.map((q) => [q.id, new Map(q.answers.map((a) => [a.id, a]))])),
      noteRule: new Map((quiz.notes ?? []).map((n) => [n.id, n.onlyWith])),
    };
    compiledQuizzes.set(quiz, c);
  }
  return c;
}

/** The chosen answer to each answered question, in question order, with its effect. Unknown ids are ignored. */
export function chosen(quiz: QuizModel, answers: Answers): Pick[] {
  const { answersById } = compile(quiz);
  const out: Pick[] = [];
  for (const question of quiz.questions) {
    const id = answers.get(question.id);
    const answer = id === undefined ? undefined : answersById.get(question.id)?.get(id);
    if (!answer) continue;
    const { level, note, alternative } = effectOf(answer, answers);
    out.push({ choice: { question: question.id, answer: answer.id, alternative }, answer, level, note });
  }
  return out;
}

/** The highest level among the chosen answers, or the baseline. */
function highest(picks: readonly Pick[]): Level {
  let outcome: Level = BASELINE;
  for (const { level } of picks) if (level && rank(level) > rank(outcome)) outcome = level;
  return outcome;
}

/**
 * Grades a set of answers. Pure and deterministic: the same answers always
 * give the same result. The highest-risk answer decides; nothing is averaged,
 * so no number of calm answers can outweigh one dangerous one.
 */
export function grade(quiz: QuizModel, answers: Answers): QuizResult {
  const picks = chosen(quiz, answers);
  const outcome = highest(picks);
  const reasons: Choice[] = [];
  const also: Choice[] = [];
  const notes: string[] = [];
  const { noteRule } = compile(quiz);
  let audience: Audience = 'me';
  let age: AgeGroup = 'adult';
  for (const { choice, answer, level, note } of picks) {
    if (level === outcome) reasons.push(choice);
    else if (level && rank(level) > rank(BASELINE) && rank(level) < rank(outcome)) also.push(choice);
    const onlyWith = note ? noteRule.get(note) : undefined;
    if (note && !notes.includes(note) && (!onlyWith || onlyWith.includes(outcome))) notes.push(note);
    if (answer.audience) audience = answer.audience;
    if (answer.age) age = answer.age;
  }
  return { outcome, danger: isDanger(outcome), reasons, also, notes, audience, age };
}

/** The most urgent danger level among the answers so far (`emergency` before `crisis`), if any. */
export function dangerLevel(quiz: QuizModel, answers: Answers): Level | undefined {
  const outcome = highest(chosen(quiz, answers));
  return isDanger(outcome) ? outcome : undefined;
}
