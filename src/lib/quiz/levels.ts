/**
 * The results the self-check can give, from least to most care. The order is
 * the whole grading rule: the result is the highest level any answer points
 * to. Levels are never added up or averaged, because one serious risk (say,
 * dangerous withdrawal) changes where a person should start, however calm the
 * other answers look (ASAM: the highest-risk dimension drives placement).
 *
 * - `outpatient`: standard outpatient care may be enough (ASAM Level 1).
 * - `iop`: an intensive outpatient program is likely a fit (Level 2.1), as a
 *   first step, a step up, or a step down.
 * - `structure`: more structure first: residential care, or recovery housing
 *   paired with outpatient treatment (Level 3).
 * - `evaluation`: a medical or mental health check first (pregnancy, an
 *   unstable health problem, serious mental health symptoms).
 * - `withdrawal`: medically supervised withdrawal first.
 * - `crisis`: get help now (988, 911), before anything else.
 */
export const LEVELS = ['outpatient', 'iop', 'structure', 'evaluation', 'withdrawal', 'crisis'] as const;

export type Level = (typeof LEVELS)[number];

/** The lowest level: the result when no answer points to more care. */
export const BASELINE: Level = 'outpatient';

/** 0 for `outpatient` up to 5 for `crisis`. */
export function rank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
