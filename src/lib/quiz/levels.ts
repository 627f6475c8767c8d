/**
 * The results the self-check can give, from least to most urgent. The order
 * is the whole grading rule: the result is the highest level any answer
 * points to. Levels are never added up or averaged, because one serious risk
 * (say, dangerous withdrawal) changes where a person should start, however
 * calm the other answers look (ASAM: the highest-risk dimension drives
 * placement).
 *
 * - `outpatient`: standard outpatient care may be enough (ASAM Level 1).
 * - `iop`: an intensive outpatient program is often a fit (Level 2.1), as a
 *   first step, a step up, or a step down.
 * - `structure`: more structure first: residential care, or recovery housing
 *   paired with outpatient treatment (Level 3).
 * - `evaluation`: a medical or mental health check first (pregnancy, an
 *   unstable health problem, serious mental health symptoms, a prescribed
 *   daily sedative).
 * - `opioid-medicines`: opioid withdrawal: ask now about starting
 *   buprenorphine or methadone, which treat withdrawal and are the main
 *   treatment (detox alone raises overdose risk). Below `withdrawal`, so that
 *   heavy daily drinking or sedative use still leads to supervised care.
 * - `withdrawal`: medically supervised withdrawal first (alcohol, sedatives).
 * - `pregnancy-opioids`: pregnant and using opioids: do not stop suddenly;
 *   methadone or buprenorphine, through prenatal care or an opioid treatment
 *   program, now. Outranks `withdrawal`: "detox first" is wrong here.
 * - `crisis`: thoughts of suicide or of hurting someone: 988 first.
 * - `emergency`: a medical emergency (a withdrawal seizure, confusion,
 *   hallucinations): 911 first, 988 after it.
 */
export const LEVELS = [
  'outpatient',
  'iop',
  'structure',
  'evaluation',
  'opioid-medicines',
  'withdrawal',
  'pregnancy-opioids',
  'crisis',
  'emergency',
] as const;

export type Level = (typeof LEVELS)[number];

/** Levels that show help at once and skip the other questions. */
export const DANGER_LEVELS: readonly Level[] = ['crisis', 'emergency'];

/** The lowest level: the result when no answer points to more care. */
export const BASELINE: Level = 'outpatient';

const RANKS = Object.fromEntries(LEVELS.map((level, i) => [level, i])) as Record<Level, number>;

/** 0 for `outpatient` up to the last level for `emergency`. */
export function rank(level: Level): number {
  return RANKS[level];
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

export function isDanger(level: Level | undefined): boolean {
  return level !== undefined && DANGER_LEVELS.includes(level);
}
