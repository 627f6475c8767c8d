import { describe, it, expect, beforeAll } from 'vitest';
import { loadQuiz } from './quiz-data';
import { grade, type QuizResult } from '../../src/lib/quiz/grade';
import { nextStep, hasDanger } from '../../src/lib/quiz/flow';
import { LEVELS, rank, type Level } from '../../src/lib/quiz/levels';
import { choiceKey } from '../../src/lib/quiz/model';

// The real self-check (content/quiz/iop-self-check.yaml), graded for EVERY
// possible set of answers. Each invariant below holds for all of them, not
// just for the examples someone thought of.
const quiz = loadQuiz();
const levels = new Map<string, Level | undefined>(quiz.questions.flatMap((q) => q.answers.map((a) => [`${q.id}:${a.id}`, a.level] as const)));
const levelOf = (q: string, a: string): Level | undefined => levels.get(`${q}:${a}`);

/** Calls `visit` once for each complete set of answers (an odometer over the questions). */
function forEveryAnswerSet(visit: (answers: Map<string, string>, picks: number[]) => void): number {
  const sizes = quiz.questions.map((q) => q.answers.length);
  const picks = sizes.map(() => 0);
  const answers = new Map<string, string>();
  let count = 0;
  for (;;) {
    quiz.questions.forEach((q, i) => answers.set(q.id, q.answers[picks[i]!]!.id));
    visit(answers, picks);
    count++;
    let i = 0;
    while (i < picks.length && ++picks[i]! === sizes[i]) picks[i++] = 0;
    if (i === picks.length) return count;
  }
}

// Pinned here, not read from the data: if an edit to the YAML ever lowered
// one of these answers' level, the invariants below would catch it.
const DANGER = ['safety:yes', 'safety:unsure', 'withdrawal-signs:now'];
const SEVERE_WITHDRAWAL = ['daily-use:yes', 'withdrawal-signs:shakes', 'withdrawal-signs:severe'];

describe('the safety-critical answers', () => {
  it('exist in the quiz with the level they must have', () => {
    for (const key of DANGER) expect(levelOf(...(key.split(':') as [string, string])), key).toBe('crisis');
    for (const key of SEVERE_WITHDRAWAL) expect(levelOf(...(key.split(':') as [string, string])), key).toBe('withdrawal');
  });
});

describe('the self-check over every possible set of answers', () => {
  const total = quiz.questions.reduce((n, q) => n * q.answers.length, 1);
  const outcomes = new Map<Level, number>();
  const failures: string[] = [];
  const fail = (answers: Map<string, string>, rule: string, r: QuizResult) => {
    if (failures.length < 5) failures.push(`${rule}: ${JSON.stringify(Object.fromEntries(answers))} → ${r.outcome}`);
  };

  let visited = 0;
  beforeAll(() => {
    visited = forEveryAnswerSet((answers) => {
      const r = grade(quiz, answers);
      outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
      const keys = [...answers].map(([q, a]) => `${q}:${a}`);
      const chosen = keys.map((k) => levels.get(k)).filter((l): l is Level => !!l);

      // 1. Any danger answer gives crisis help first (and skips the other questions);
      //    crisis only ever comes from one.
      const danger = chosen.includes('crisis') || keys.some((k) => DANGER.includes(k));
      if (danger !== (r.outcome === 'crisis') || danger !== r.crisis) fail(answers, 'danger ⇔ crisis', r);
      if (danger && (!hasDanger(quiz, answers) || nextStep(quiz, answers, 0) !== 'result')) fail(answers, 'danger skips to the result', r);
      // 2. A severe-withdrawal answer never yields IOP, or anything below medically supervised withdrawal.
      const severe = chosen.includes('withdrawal') || keys.some((k) => SEVERE_WITHDRAWAL.includes(k));
      if (severe && rank(r.outcome) < rank('withdrawal')) fail(answers, 'severe withdrawal never gives less care', r);
      // 3. Every result has at least one reason, and each reason is an answer at the result's level.
      if (r.reasons.length === 0) fail(answers, 'at least one reason', r);
      if (r.reasons.some((c) => levelOf(c.question, c.answer) !== r.outcome)) fail(answers, 'reasons are at the result level', r);
      // 4. The highest-risk answer drives the result: nothing chosen is above it; never an average.
      if (chosen.some((l) => rank(l) > rank(r.outcome))) fail(answers, 'result is the highest level chosen', r);
      if (!chosen.includes(r.outcome)) fail(answers, 'result comes from a chosen answer', r);
    });
  }, 60_000);

  it(`visits every one of the ${total.toLocaleString('en-US')} answer sets`, () => {
    expect(visited).toBe(total);
  });

  it('never breaks a safety invariant (crisis first, withdrawal never IOP, a reason for every result, highest risk decides)', () => {
    expect(failures).toEqual([]);
  });

  it('can reach all six results', () => {
    expect([...outcomes.keys()].sort()).toEqual([...LEVELS].sort());
  });
});

describe('the self-check is deterministic', () => {
  it('gives the same result for the same answers, every time and in any order (every 97th answer set)', () => {
    const mismatches: string[] = [];
    let n = 0;
    forEveryAnswerSet((answers) => {
      if (n++ % 97 !== 0) return;
      const first = JSON.stringify(grade(quiz, answers));
      const again = JSON.stringify(grade(quiz, new Map([...answers].reverse())));
      if (first !== again && mismatches.length < 5) mismatches.push(JSON.stringify(Object.fromEntries(answers)));
    });
    expect(mismatches).toEqual([]);
  }, 60_000);
});

describe('the self-check with only some answers', () => {
  it('shows crisis help as soon as any single danger answer is chosen, before the other questions', () => {
    const dangers = quiz.questions.flatMap((q) => q.answers.filter((a) => a.level === 'crisis').map((a) => [q.id, a.id] as const));
    expect(dangers.length).toBeGreaterThanOrEqual(3);
    for (const [q, a] of dangers) {
      const answers = new Map([[q, a]]);
      const r = grade(quiz, answers);
      expect(r.outcome, `${q}: ${a}`).toBe('crisis');
      expect(r.reasons.map(choiceKey)).toEqual([`${q}:${a}`]);
      expect(nextStep(quiz, answers, quiz.questions.findIndex((x) => x.id === q))).toBe('result');
    }
  });

  it('asks the safety question first', () => {
    expect(quiz.questions[0]!.id).toBe('safety');
  });
});

// Named scenarios: the ones the browser tests walk through by keyboard.
const CALM = {
  safety: 'no', substance: 'stimulants', 'daily-use': 'no', 'withdrawal-signs': 'never-stopped', health: 'no',
  'mental-health': 'ok', readiness: 'ready', relapse: 'light-support', home: 'supportive', 'step-down': 'no', time: 'yes',
} as const;
const SCENARIOS: { name: string; answers: Record<string, string>; outcome: Level; notes?: string[] }[] = [
  { name: 'thoughts of suicide', answers: { ...CALM, safety: 'yes' }, outcome: 'crisis' },
  { name: 'in dangerous withdrawal right now', answers: { ...CALM, 'withdrawal-signs': 'now' }, outcome: 'crisis' },
  { name: 'drinks heavily every day, had seizures before', answers: { ...CALM, substance: 'alcohol', 'daily-use': 'yes', 'withdrawal-signs': 'severe' }, outcome: 'withdrawal', notes: ['alcohol-medicines'] },
  { name: 'daily benzodiazepines, otherwise calm and ready', answers: { ...CALM, substance: 'sedatives', 'daily-use': 'yes' }, outcome: 'withdrawal', notes: ['sedatives'] },
  { name: 'pregnant', answers: { ...CALM, health: 'pregnant' }, outcome: 'evaluation' },
  { name: 'serious mental health symptoms', answers: { ...CALM, 'mental-health': 'serious' }, outcome: 'evaluation' },
  { name: 'no safe place to live', answers: { ...CALM, home: 'unsafe' }, outcome: 'structure' },
  { name: 'relapsed even in IOP', answers: { ...CALM, relapse: 'despite-intensive', readiness: 'unsure' }, outcome: 'structure' },
  { name: 'opioids, unsure about change, relapses without support', answers: { ...CALM, substance: 'opioids', readiness: 'unsure', relapse: 'without-support' }, outcome: 'iop', notes: ['opioid-medicines'] },
  { name: 'leaving residential care (step down)', answers: { ...CALM, 'step-down': 'yes' }, outcome: 'iop' },
  { name: 'weekly counseling not enough, little time', answers: { ...CALM, relapse: 'despite-weekly', time: 'no' }, outcome: 'iop', notes: ['time'] },
  { name: 'calm on every dimension', answers: { ...CALM }, outcome: 'outpatient' },
];

describe('named scenarios', () => {
  for (const s of SCENARIOS) {
    it(`${s.name} → ${s.outcome}`, () => {
      const r = grade(quiz, new Map(Object.entries(s.answers)));
      expect(r.outcome).toBe(s.outcome);
      expect(r.reasons.length).toBeGreaterThan(0);
      if (s.notes) expect(r.notes).toEqual(s.notes);
    });
  }
});
