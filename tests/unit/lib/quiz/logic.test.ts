import { describe, it, expect } from 'vitest';
import { grade, chosen, dangerLevel } from '../../../../src/lib/quiz/grade';
import { nextStep, previousStep, hasDanger, isComplete, firstUnanswered, canShowResult } from '../../../../src/lib/quiz/flow';
import { LEVELS, rank, isLevel, type Level } from '../../../../src/lib/quiz/levels';
import { choiceKey, effectOf, holds, type QuizModel } from '../../../../src/lib/quiz/model';

// A small made-up quiz, so each rule can be shown on its own.
const quiz: QuizModel = {
  questions: [
    { id: 'safety', answers: [{ id: 'yes', level: 'crisis' }, { id: 'no' }] },
    { id: 'drug', answers: [{ id: 'opioids', note: 'moud' }, { id: 'alcohol', note: 'aud' }, { id: 'other' }] },
    { id: 'daily', answers: [{ id: 'yes', level: 'withdrawal' }, { id: 'unsure', level: 'evaluation' }, { id: 'no' }] },
    { id: 'mood', answers: [{ id: 'ok', level: 'outpatient' }, { id: 'mild', level: 'iop' }, { id: 'serious', level: 'evaluation' }] },
    { id: 'home', answers: [{ id: 'good', level: 'outpatient' }, { id: 'hard', level: 'iop' }, { id: 'none', level: 'structure' }] },
    { id: 'time', answers: [{ id: 'yes' }, { id: 'no', note: 'time' }] },
  ],
};
const answers = (entries: Record<string, string>) => new Map(Object.entries(entries));
const calm = { safety: 'no', drug: 'other', daily: 'no', mood: 'ok', home: 'good', time: 'yes' };

describe('levels', () => {
  it('rank from outpatient (least care) to emergency (most urgent)', () => {
    expect(LEVELS.map(rank)).toEqual(LEVELS.map((_, i) => i));
    expect(rank('emergency')).toBeGreaterThan(rank('crisis'));
    expect(rank('crisis')).toBeGreaterThan(rank('pregnancy-opioids'));
    expect(rank('pregnancy-opioids')).toBeGreaterThan(rank('withdrawal'));
    expect(rank('withdrawal')).toBeGreaterThan(rank('opioid-medicines'));
    expect(rank('opioid-medicines')).toBeGreaterThan(rank('evaluation'));
    expect(rank('crisis')).toBeGreaterThan(rank('withdrawal'));
    expect(rank('withdrawal')).toBeGreaterThan(rank('evaluation'));
    expect(rank('iop')).toBeGreaterThan(rank('outpatient'));
  });

  it('recognise only real level names', () => {
    expect(isLevel('iop')).toBe(true);
    expect(isLevel('IOP')).toBe(false);
    expect(isLevel(undefined)).toBe(false);
  });
});

describe('grade', () => {
  it('gives standard outpatient care when every answer is calm, with the calm answers as reasons', () => {
    const r = grade(quiz, answers(calm));
    expect(r.outcome).toBe('outpatient');
    expect(r.danger).toBe(false);
    expect(r.reasons.map(choiceKey)).toEqual(['mood:ok', 'home:good']);
  });

  it('lets the single highest-risk answer decide, however many calm answers there are', () => {
    const r = grade(quiz, answers({ ...calm, daily: 'yes' }));
    expect(r.outcome).toBe('withdrawal');
    expect(r.reasons.map(choiceKey)).toEqual(['daily:yes']);
  });

  it('never averages: one crisis answer beats everything, and lists the rest as "also"', () => {
    const r = grade(quiz, answers({ safety: 'yes', daily: 'yes', mood: 'mild', home: 'none' }));
    expect(r.outcome).toBe('crisis');
    expect(r.danger).toBe(true);
    expect(r.reasons.map(choiceKey)).toEqual(['safety:yes']);
    expect(r.also.map(choiceKey)).toEqual(['daily:yes', 'mood:mild', 'home:none']);
  });

  it('lists every answer at the deciding level as a reason, in question order', () => {
    const r = grade(quiz, answers({ ...calm, mood: 'mild', home: 'hard' }));
    expect(r.outcome).toBe('iop');
    expect(r.reasons.map(choiceKey)).toEqual(['mood:mild', 'home:hard']);
    expect(r.also).toEqual([]);
  });

  it('never lists outpatient-level answers under "also"', () => {
    const r = grade(quiz, answers({ ...calm, home: 'none' }));
    expect(r.outcome).toBe('structure');
    expect(r.also).toEqual([]);
  });

  it('adds each note once, in question order, whatever the level', () => {
    const r = grade(quiz, answers({ ...calm, drug: 'opioids', time: 'no', safety: 'yes' }));
    expect(r.notes).toEqual(['moud', 'time']);
  });

  it('ignores unknown questions and answer ids', () => {
    const r = grade(quiz, answers({ ...calm, nonsense: 'x', mood: 'made-up' }));
    expect(r.outcome).toBe('outpatient');
    expect(chosen(quiz, answers({ nonsense: 'x', mood: 'made-up' }))).toEqual([]);
  });

  it('gives the same result for the same answers, in any order', () => {
    const a = answers({ ...calm, mood: 'serious', home: 'hard', drug: 'alcohol' });
    const b = new Map([...a].reverse());
    expect(grade(quiz, b)).toEqual(grade(quiz, a));
    expect(grade(quiz, a)).toEqual(grade(quiz, a));
  });
});

describe('grade: answers that mean something else when other answers say so', () => {
  // Past withdrawal signs point to supervised withdrawal, to medicines with
  // opioids, and to nothing (with a note) for someone who has just left care.
  const q: QuizModel = {
    questions: [
      { id: 'who', answers: [{ id: 'me', audience: 'me', age: 'adult' }, { id: 'teen', audience: 'me', age: 'teen', note: 'teen' }, { id: 'other', audience: 'other', age: 'adult' }] },
      { id: 'safety', answers: [{ id: 'yes', level: 'crisis' }, { id: 'no' }] },
      { id: 'drug', answers: [{ id: 'opioids' }, { id: 'alcohol' }] },
      { id: 'left-care', answers: [{ id: 'yes', level: 'iop' }, { id: 'no' }] },
      {
        id: 'signs',
        answers: [
          { id: 'none' },
          {
            id: 'shakes',
            level: 'withdrawal',
            instead: [
              { if: { drug: ['opioids'] }, level: 'opioid-medicines' },
              { if: { 'left-care': ['yes'] }, note: 'symptoms-now' },
            ],
          },
          { id: 'seizure-now', level: 'emergency' },
        ],
      },
      { id: 'time', answers: [{ id: 'yes' }, { id: 'no', note: 'short' }] },
    ],
    notes: [{ id: 'short', onlyWith: ['iop', 'outpatient'] }],
  };
  const base = { who: 'me', safety: 'no', drug: 'alcohol', 'left-care': 'no', signs: 'none', time: 'yes' };

  it('uses the answer as it stands when no alternative holds', () => {
    const r = grade(q, answers({ ...base, signs: 'shakes' }));
    expect(r.outcome).toBe('withdrawal');
    expect(r.reasons).toEqual([{ question: 'signs', answer: 'shakes', alternative: undefined }]);
  });

  it('uses the first alternative that holds, and names it in the reason key', () => {
    const r = grade(q, answers({ ...base, signs: 'shakes', drug: 'opioids', 'left-care': 'yes' }));
    expect(r.outcome).toBe('opioid-medicines');
    expect(r.reasons.map(choiceKey)).toEqual(['signs:shakes:0']);
    expect(r.also.map(choiceKey)).toEqual(['left-care:yes']);
  });

  it('lets an alternative with no level stop an answer changing the result, and add its note', () => {
    const r = grade(q, answers({ ...base, signs: 'shakes', 'left-care': 'yes' }));
    expect(r.outcome).toBe('iop');
    expect(r.notes).toEqual(['symptoms-now']);
  });

  it('never lets a condition hold on a question not yet answered', () => {
    const a = answers({ signs: 'shakes' });
    expect(holds({ drug: ['opioids'] }, a)).toBe(false);
    expect(effectOf(q.questions[4]!.answers[1]!, a).level).toBe('withdrawal');
  });

  it('shows a note with a rule only with the results it names', () => {
    expect(grade(q, answers({ ...base, time: 'no' })).notes).toEqual(['short']);
    expect(grade(q, answers({ ...base, time: 'no', signs: 'shakes' })).notes).toEqual([]);
  });

  it('puts a medical emergency above a crisis, and both are danger', () => {
    const r = grade(q, answers({ ...base, safety: 'yes', signs: 'seizure-now' }));
    expect(r.outcome).toBe('emergency');
    expect(r.danger).toBe(true);
    expect(r.also.map(choiceKey)).toEqual(['safety:yes']);
    expect(dangerLevel(q, answers({ safety: 'yes' }))).toBe('crisis');
    expect(dangerLevel(q, answers({ signs: 'seizure-now' }))).toBe('emergency');
    expect(dangerLevel(q, answers(base))).toBeUndefined();
  });

  it('says who the answers are about: the reader or a loved one, adult or teen', () => {
    expect(grade(q, answers(base))).toMatchObject({ audience: 'me', age: 'adult' });
    expect(grade(q, answers({ ...base, who: 'teen' }))).toMatchObject({ audience: 'me', age: 'teen', notes: ['teen'] });
    expect(grade(q, answers({ ...base, who: 'other' }))).toMatchObject({ audience: 'other', age: 'adult' });
    expect(grade(q, answers({ safety: 'no' }))).toMatchObject({ audience: 'me', age: 'adult' });
  });
});

describe('flow', () => {
  it('goes straight to the result after a danger answer, skipping every other question', () => {
    const a = answers({ safety: 'yes' });
    expect(hasDanger(quiz, a)).toBe(true);
    expect(nextStep(quiz, a, 0)).toBe('result');
    expect(canShowResult(quiz, a)).toBe(true);
  });

  it('walks forward one question at a time, then to the result', () => {
    const a = answers(calm);
    expect(nextStep(quiz, answers({ safety: 'no' }), 0)).toBe(1);
    expect(nextStep(quiz, a, 4)).toBe(5);
    expect(nextStep(quiz, a, 5)).toBe('result');
  });

  it('after the last question, returns to the first one still unanswered', () => {
    const a = answers({ ...calm, mood: undefined as unknown as string });
    a.delete('mood');
    expect(isComplete(quiz, a)).toBe(false);
    expect(firstUnanswered(quiz, a)).toBe(3);
    expect(nextStep(quiz, a, 5)).toBe(3);
    expect(canShowResult(quiz, a)).toBe(false);
  });

  it('returns to the result after changing one answer, once everything is answered', () => {
    expect(nextStep(quiz, answers(calm), 1, true)).toBe('result');
    // Changing the safety answer from "yes" to "no" when the rest was skipped: carry on with the questions.
    expect(nextStep(quiz, answers({ safety: 'no' }), 0, true)).toBe(1);
  });

  it('goes back one question, never before the first', () => {
    expect(previousStep(3)).toBe(2);
    expect(previousStep(0)).toBe(0);
  });
});

describe('grade: a property check over random quizzes and answers', () => {
  // A seeded generator, so a failure always reproduces.
  function rng(seed: number) {
    return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  }
  it('always gives the highest level chosen, with at least one reason whenever any answer has a level', () => {
    const random = rng(42);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let run = 0; run < 2000; run++) {
      const q: QuizModel = {
        questions: Array.from({ length: 1 + Math.floor(random() * 10) }, (_, i) => ({
          id: `q${i}`,
          answers: Array.from({ length: 2 + Math.floor(random() * 4) }, (_, j) => ({
            id: `a${j}`,
            level: random() < 0.7 ? pick(LEVELS) : undefined,
          })),
        })),
      };
      const a = new Map(q.questions.filter(() => random() < 0.9).map((x) => [x.id, pick(x.answers).id]));
      const levels = q.questions.flatMap((x) => x.answers.filter((y) => y.id === a.get(x.id) && y.level).map((y) => y.level as Level));
      const r = grade(q, a);
      const expected = levels.length ? LEVELS[Math.max(...levels.map(rank))] : 'outpatient';
      expect(r.outcome).toBe(expected);
      expect(r.danger).toBe(expected === 'crisis' || expected === 'emergency');
      if (levels.length) expect(r.reasons.length).toBeGreaterThan(0);
      for (const c of r.also) {
        const lv = q.questions.find((x) => x.id === c.question)!.answers.find((y) => y.id === c.answer)!.level!;
        expect(rank(lv)).toBeLessThan(rank(r.outcome));
        expect(rank(lv)).toBeGreaterThan(rank('outpatient'));
      }
    }
  }, 30_000);
});
