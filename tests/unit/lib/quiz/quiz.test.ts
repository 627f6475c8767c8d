import { describe, it, expect } from 'vitest';
import { loadQuiz } from '../../../support/quiz-data';
import { grade } from '../../../../src/lib/quiz/grade';
import { nextStep, hasDanger } from '../../../../src/lib/quiz/flow';
import { type Level } from '../../../../src/lib/quiz/levels';
import { choiceKey } from '../../../../src/lib/quiz/model';

// The real self-check (content/quiz/iop-self-check.yaml): its safety answers,
// partial answers and named scenarios. Every possible set of answers is
// checked in every-answer.ts. The rules are pinned here, not read from
// the data: if an edit to the YAML ever weakened a safety answer, these
// checks would catch it.
const quiz = loadQuiz();
const levelOf = (q: string, a: string): Level | undefined => quiz.questions.find((x) => x.id === q)?.answers.find((y) => y.id === a)?.level;
const CRISIS = ['safety:yes', 'safety:unsure'];
const EMERGENCY = ['withdrawal-signs:now'];
const DAILY_SEDATING = ['daily-use:alcohol', 'daily-use:sedatives'];
const PAST_WITHDRAWAL = ['withdrawal-signs:shakes', 'withdrawal-signs:severe'];

describe('the safety-critical answers', () => {
  it('exist in the quiz with the level they must have', () => {
    for (const key of CRISIS) expect(levelOf(...(key.split(':') as [string, string])), key).toBe('crisis');
    for (const key of EMERGENCY) expect(levelOf(...(key.split(':') as [string, string])), key).toBe('emergency');
    for (const key of [...DAILY_SEDATING, ...PAST_WITHDRAWAL]) expect(levelOf(...(key.split(':') as [string, string])), key).toBe('withdrawal');
  });
});

describe('the self-check with only some answers', () => {
  it('shows help as soon as any single danger answer is chosen, before the other questions', () => {
    const dangers = quiz.questions.flatMap((q) => q.answers.filter((a) => a.level === 'crisis' || a.level === 'emergency').map((a) => [q.id, a.id, a.level] as const));
    expect(dangers.length).toBeGreaterThanOrEqual(3);
    for (const [q, a, level] of dangers) {
      const answers = new Map([[q, a]]);
      const r = grade(quiz, answers);
      expect(r.outcome, `${q}: ${a}`).toBe(level);
      expect(r.reasons.map(choiceKey)).toEqual([`${q}:${a}`]);
      expect(hasDanger(quiz, answers)).toBe(true);
      expect(nextStep(quiz, answers, quiz.questions.findIndex((x) => x.id === q))).toBe('result');
    }
  });

  it('asks who the answers are for first, then the safety question', () => {
    expect(quiz.questions.slice(0, 2).map((q) => q.id)).toEqual(['who', 'safety']);
  });
});

// A reader's situation and the result it must give, one per scenario in the
// clinical review (shared/reviews/clinical-2026-12.md, section 2).
const CALM = {
  who: 'me-adult', safety: 'no', substance: 'stimulants', 'daily-use': 'no', 'step-down': 'no', 'withdrawal-signs': 'never-stopped', health: 'no',
  'mental-health': 'ok', readiness: 'ready', relapse: 'light-support', home: 'supportive', time: 'yes',
} as const;
const SCENARIOS: { name: string; answers: Record<string, string>; outcome: Level; notes?: string[]; has?: string[]; age?: 'teen'; audience?: 'other' }[] = [
  { name: 'thoughts of suicide: 988 first', answers: { ...CALM, safety: 'yes' }, outcome: 'crisis' },
  { name: 'in withdrawal now with confusion or a seizure: 911 first, not 988', answers: { ...CALM, 'withdrawal-signs': 'now' }, outcome: 'emergency' },
  { name: 'suicidal thoughts and a withdrawal seizure now: the emergency leads', answers: { ...CALM, safety: 'unsure', 'withdrawal-signs': 'now' }, outcome: 'emergency' },
  { name: 'drinks heavily every day, had seizures before', answers: { ...CALM, substance: 'alcohol', 'daily-use': 'alcohol', 'withdrawal-signs': 'severe' }, outcome: 'withdrawal', notes: ['alcohol-medicines'] },
  { name: 'daily benzodiazepines not as prescribed', answers: { ...CALM, substance: 'sedatives', 'daily-use': 'sedatives' }, outcome: 'withdrawal', notes: ['sedatives'] },
  { name: 'a prescribed, stable daily benzodiazepine, concerned about cocaine: a check, not detox', answers: { ...CALM, 'daily-use': 'prescribed' }, outcome: 'evaluation' },
  { name: 'opioids with shakes and sweats: ask about buprenorphine or methadone now, not detox', answers: { ...CALM, substance: 'opioids', 'withdrawal-signs': 'shakes' }, outcome: 'opioid-medicines', has: ['opioid-medicines'] },
  { name: 'opioids with severe past withdrawal, just out of detox: still medicines first, and the overdose warning', answers: { ...CALM, substance: 'opioids', 'withdrawal-signs': 'severe', 'step-down': 'yes' }, outcome: 'opioid-medicines', has: ['after-a-break', 'opioid-medicines'] },
  { name: 'opioids and heavy daily drinking: supervised withdrawal, medicines raised too', answers: { ...CALM, substance: 'opioids', 'daily-use': 'alcohol', 'withdrawal-signs': 'shakes' }, outcome: 'withdrawal' },
  { name: 'pregnant and using opioids, with shakes: medicine and prenatal care, never detox first', answers: { ...CALM, substance: 'opioids', health: 'pregnant', 'withdrawal-signs': 'shakes' }, outcome: 'pregnancy-opioids' },
  { name: 'pregnant and using opioids, heavy daily drinking too: still not detox first', answers: { ...CALM, substance: 'opioids', health: 'pregnant', 'daily-use': 'alcohol' }, outcome: 'pregnancy-opioids' },
  { name: 'pregnant, alcohol: a medical check, with the pregnancy note', answers: { ...CALM, substance: 'alcohol', health: 'pregnant' }, outcome: 'evaluation', has: ['pregnancy'] },
  { name: 'serious mental health symptoms', answers: { ...CALM, 'mental-health': 'serious' }, outcome: 'evaluation' },
  { name: 'no safe place to live: ask whether the home accepts medicines', answers: { ...CALM, home: 'unsafe' }, outcome: 'structure', has: ['housing-medicines'] },
  { name: 'relapsed even in IOP', answers: { ...CALM, relapse: 'despite-intensive', readiness: 'unsure' }, outcome: 'structure' },
  { name: 'opioids, unsure about change, relapses without support', answers: { ...CALM, substance: 'opioids', readiness: 'unsure', relapse: 'without-support' }, outcome: 'iop', notes: ['opioid-medicines'] },
  { name: 'just left residential care, alcohol: IOP as a step down, with the overdose-after-a-break note', answers: { ...CALM, substance: 'alcohol', 'step-down': 'yes' }, outcome: 'iop', has: ['after-a-break'] },
  { name: 'just left detox, had shakes before, alcohol: step down, and asked about symptoms now', answers: { ...CALM, substance: 'alcohol', 'step-down': 'yes', 'withdrawal-signs': 'shakes' }, outcome: 'iop', has: ['after-a-break', 'withdrawal-now'] },
  { name: 'weekly counseling not enough, no time now: other ways to start', answers: { ...CALM, relapse: 'despite-weekly', time: 'no' }, outcome: 'iop', has: ['time-short'] },
  { name: 'no time now, but supervised withdrawal comes first: no "start weekly counseling" note', answers: { ...CALM, substance: 'alcohol', 'daily-use': 'alcohol', time: 'no' }, outcome: 'withdrawal', notes: ['alcohol-medicines'] },
  { name: 'more than one substance: the mixing warning', answers: { ...CALM, substance: 'other' }, outcome: 'outpatient', has: ['mixing'] },
  { name: 'stimulants: fentanyl in street drugs', answers: { ...CALM }, outcome: 'outpatient', has: ['fentanyl-in-drugs'] },
  { name: 'a teen answering for themselves: teen hours and the teen note', answers: { ...CALM, who: 'me-teen', relapse: 'without-support' }, outcome: 'iop', has: ['teen'], age: 'teen' },
  { name: 'a parent answering for a teen', answers: { ...CALM, who: 'other-teen', safety: 'yes' }, outcome: 'crisis', age: 'teen', audience: 'other' },
  { name: 'a family member answering for an adult: worded for a loved one, with the families note', answers: { ...CALM, who: 'other-adult', home: 'hard' }, outcome: 'iop', has: ['loved-one'], audience: 'other' },
  { name: 'calm on every dimension', answers: { ...CALM }, outcome: 'outpatient' },
];

describe('named scenarios', () => {
  for (const s of SCENARIOS) {
    it(`${s.name} → ${s.outcome}`, () => {
      const r = grade(quiz, new Map(Object.entries(s.answers)));
      expect(r.outcome).toBe(s.outcome);
      expect(r.reasons.length).toBeGreaterThan(0);
      if (s.notes) expect(r.notes).toEqual(s.notes);
      for (const n of s.has ?? []) expect(r.notes).toContain(n);
      expect(r.age).toBe(s.age ?? 'adult');
      expect(r.audience).toBe(s.audience ?? 'me');
    });
  }
});
