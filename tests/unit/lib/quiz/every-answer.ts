import { describe, it, expect, beforeAll } from 'vitest';
import { loadQuiz } from '../../../support/quiz-data';
import { grade, type QuizResult } from '../../../../src/lib/quiz/grade';
import { LEVELS, rank, type Level } from '../../../../src/lib/quiz/levels';

// The real self-check (content/quiz/iop-self-check.yaml), graded for EVERY
// possible set of answers. Each invariant below holds for all of them, not
// just for the examples someone thought of. The rules are pinned here, not
// read from the data: if an edit to the YAML ever weakened a safety answer,
// these checks would catch it (quiz.test.ts checks those answers' levels).
//
// Millions of answer sets take over a minute on one core, so the work is
// split by the first question's answers into parts, one test file each
// (every-answer-*.test.ts), which Vitest runs side by side.
const quiz = loadQuiz();
/** Each answer by "question:answer", looked up once per reason over millions of answer sets. */
const answerByKey = new Map(quiz.questions.flatMap((q) => q.answers.map((a) => [`${q.id}:${a.id}`, a] as const)));
/** The level a reason stands for: its answer's, or that of the alternative that applied. */
const levelOfChoice = (c: { question: string; answer: string; alternative?: number | undefined }) => {
  const a = answerByKey.get(`${c.question}:${c.answer}`)!;
  return c.alternative === undefined ? a.level : a.instead![c.alternative]!.level;
};

/**
 * Calls `visit` once for each complete set of answers (an odometer over the
 * questions) whose first answer is one of `firstAnswers`.
 */
function forEveryAnswerSet(firstAnswers: readonly string[], visit: (answers: Map<string, string>) => void): number {
  const choices = quiz.questions.map((q, i) => (i === 0 ? firstAnswers : q.answers.map((a) => a.id)));
  const picks = choices.map(() => 0);
  const answers = new Map<string, string>();
  let count = 0;
  for (;;) {
    quiz.questions.forEach((q, i) => answers.set(q.id, choices[i]![picks[i]!]!));
    visit(answers);
    count++;
    let i = 0;
    while (i < picks.length && ++picks[i]! === choices[i]!.length) picks[i++] = 0;
    if (i === picks.length) return count;
  }
}

/** Part `part` (from 1) of `parts`: the answer sets whose first answer falls to this part. */
export function describeEveryAnswerSet(part: number, parts: number): void {
  const first = quiz.questions[0]!.answers.map((a) => a.id).filter((_, i) => i % parts === part - 1);
  const total = quiz.questions.slice(1).reduce((n, q) => n * q.answers.length, first.length);
  describe(`the self-check over every possible set of answers (part ${part} of ${parts}: "${quiz.questions[0]!.id}" is ${first.join(' or ')})`, () => {
    const outcomes = new Map<Level, number>();
    const failures: string[] = [];
    const fail = (answers: Map<string, string>, rule: string, r: QuizResult) => {
      if (failures.length < 5) failures.push(`${rule}: ${JSON.stringify(Object.fromEntries(answers))} → ${r.outcome}`);
    };

    let visited = 0;
    beforeAll(() => {
      visited = forEveryAnswerSet(first, (answers) => {
        const r = grade(quiz, answers);
        outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
        const who = answers.get('who');
        const substance = answers.get('substance');
        const daily = answers.get('daily-use');
        const signs = answers.get('withdrawal-signs');
        const stepDown = answers.get('step-down') === 'yes';
        const opioids = substance === 'opioids';
        const emergency = signs === 'now';
        const crisis = ['yes', 'unsure'].includes(answers.get('safety')!);
        const dailySedating = daily === 'alcohol' || daily === 'sedatives';
        const pastWithdrawal = signs === 'shakes' || signs === 'severe';
        const atLeast = (level: Level) => rank(r.outcome) >= rank(level);
        const notes = r.notes;

        // 1. A medical emergency puts 911 first; thoughts of suicide put 988 first. Both skip the other questions.
        if (emergency !== (r.outcome === 'emergency')) fail(answers, 'emergency ⇔ in withdrawal now with confusion or a seizure', r);
        if (!emergency && crisis !== (r.outcome === 'crisis')) fail(answers, 'crisis ⇔ thoughts of suicide', r);
        const danger = emergency || crisis;
        if (danger !== r.danger) fail(answers, 'danger ⇔ help first', r);
        // 2. Heavy daily drinking or daily sedatives (not as prescribed) never get less than supervised withdrawal.
        if (dailySedating && !atLeast('withdrawal')) fail(answers, 'daily heavy drinking or sedatives → supervised withdrawal', r);
        // 3. Opioid withdrawal points to medicines, never to "detox first" on its own account.
        if (opioids && pastWithdrawal && !atLeast('opioid-medicines')) fail(answers, 'opioid withdrawal → medicines', r);
        if (opioids && !dailySedating && r.outcome === 'withdrawal') fail(answers, 'opioids never get detox first', r);
        // 4. Pregnant and using opioids: never detox first; the pregnancy result outranks withdrawal.
        if (opioids && answers.get('health') === 'pregnant' && !danger && r.outcome !== 'pregnancy-opioids') fail(answers, 'pregnant with opioids → medicine and prenatal care', r);
        // 5. Past withdrawal does not send someone who has just left care back to detox (unless they use daily now).
        if (!opioids && stepDown && pastWithdrawal && !dailySedating && r.outcome === 'withdrawal') fail(answers, 'step-down is not overridden by past withdrawal', r);
        if (!opioids && stepDown && pastWithdrawal && !notes.includes('withdrawal-now')) fail(answers, 'step-down with past withdrawal asks about symptoms now', r);
        if (!opioids && !stepDown && pastWithdrawal && !atLeast('withdrawal')) fail(answers, 'past withdrawal → supervised withdrawal', r);
        // 6. The safety notes: lost tolerance after leaving care, naloxone with opioids, mixing, teens, a loved one.
        if (stepDown && !notes.includes('after-a-break')) fail(answers, 'leaving care → overdose after a break', r);
        if (opioids && !notes.includes('opioid-medicines')) fail(answers, 'opioids → medicines and naloxone note', r);
        if (substance === 'other' && !notes.includes('mixing')) fail(answers, 'more than one substance → mixing note', r);
        const teen = who === 'me-teen' || who === 'other-teen';
        if (teen !== (r.age === 'teen') || teen !== notes.includes('teen')) fail(answers, 'under 18 → teen hours and the teen note', r);
        if ((who === 'other-adult' || who === 'other-teen') !== (r.audience === 'other')) fail(answers, 'a loved one → worded for a loved one', r);
        // 7. "Not right now" on time offers other ways to start, but only where IOP or less (or a check) is the result.
        const shortOk = r.outcome === 'iop' || r.outcome === 'outpatient' || r.outcome === 'structure' || r.outcome === 'evaluation';
        if (answers.get('time') === 'no' && shortOk !== notes.includes('time-short')) fail(answers, 'no time → other ways to start', r);
        // 8. Every result has a reason at its level; the highest-risk answer decides; nothing is averaged.
        if (r.reasons.length === 0) fail(answers, 'at least one reason', r);
        for (const c of r.reasons) if (levelOfChoice(c) !== r.outcome) fail(answers, 'reasons are at the result level', r);
        for (const c of r.also) if (rank(levelOfChoice(c)!) >= rank(r.outcome)) fail(answers, '"also" is below the result', r);
      });
      // Half a minute or more a part on a quiet 2-core machine; a loaded one can take several times that, and a timeout is not a finding.
    }, 600_000);

    it(`visits every one of the ${total.toLocaleString('en-US')} answer sets`, () => {
      expect(visited).toBe(total);
    });

    it('never breaks a safety invariant (911 and 988 first, medicines first for opioids, no detox first in pregnancy, a reason for every result)', () => {
      expect(failures).toEqual([]);
    });

    it('can reach every result', () => {
      expect([...outcomes.keys()].sort()).toEqual([...LEVELS].sort());
    });
  });
}
