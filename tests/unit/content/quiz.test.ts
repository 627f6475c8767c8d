import { describe, it, expect } from 'vitest';
import { loadQuiz, readQuizYaml, QUIZ_FILE } from '../../support/quiz-data';
import { existingGuideName } from '../../support/content-files';
import { makeQuizSchema } from '../../../src/schemas/quiz';
import { measureReadability } from '../../../src/lib/readability';
import { LEVELS } from '../../../src/lib/quiz/levels';
import en from '../../../src/i18n/en.json';
import { crisisLine } from '../../../src/lib/crisis-lines';

const raw = readQuizYaml() as Record<string, unknown>;
const quiz = loadQuiz();
// As the build applies it: a guide a result or note links to must exist.
const quizSchema = makeQuizSchema(existingGuideName);
const issues = (data: unknown) => {
  const r = quizSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const clone = () => structuredClone(raw) as any;
/** Both wordings of a text that differs for a loved one, or the one text. */
const versions = (text: string | { me: string; other: string }) => (typeof text === 'string' ? [text] : [text.me, text.other]);

describe(QUIZ_FILE, () => {
  it('passes the schema', () => {
    expect(issues(raw)).toEqual([]);
  });

  it('has 8 to 12 questions and one result for each level', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.length).toBeLessThanOrEqual(12);
    expect(quiz.outcomes.map((o) => o.level).sort()).toEqual([...LEVELS].sort());
  });

  it('maps questions to all six ASAM dimensions', () => {
    expect([...new Set(quiz.questions.map((q) => q.asamDimension).filter(Boolean))].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('uses every note it defines', () => {
    const used = new Set(quiz.questions.flatMap((q) => q.answers.flatMap((a) => [a.note, ...(a.instead ?? []).map((alt) => alt.note)].filter((n): n is string => !!n))));
    expect(quiz.notes.map((n) => n.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('phrases results as education ("often"), never as a verdict; urgent safety results speak plainly', () => {
    const urgent = ['crisis', 'emergency', 'pregnancy-opioids'];
    for (const o of quiz.outcomes) {
      for (const summary of versions(o.summary)) {
        if (!urgent.includes(o.level)) expect(summary, o.level).toMatch(/\boften\b/);
        expect(summary, o.level).not.toMatch(/\byou (need|must|have to)\b/i);
      }
    }
  });

  it('words every question for a loved one too, so a family member is never asked about "you"', () => {
    for (const q of quiz.questions.slice(1)) {
      if (typeof q.text === 'string') expect(q.text, q.id).not.toMatch(/\byou(r)?\b/i);
      else expect(q.text.other, q.id).not.toMatch(/\b(do|are|have|could) you\b/i);
    }
  });

  it('puts 911 first for a medical emergency and 988 first for a crisis', () => {
    const emergency = quiz.outcomes.find((o) => o.level === 'emergency')!;
    const crisis = quiz.outcomes.find((o) => o.level === 'crisis')!;
    for (const s of versions(emergency.summary)) expect(s.indexOf('911')).toBeGreaterThanOrEqual(0);
    for (const s of versions(emergency.summary)) expect(s.indexOf('988')).toBe(-1);
    for (const s of versions(crisis.summary)) expect(s.indexOf('988')).toBeLessThan(s.indexOf('911'));
  });

  it('tells readers who use opioids about naloxone and lost tolerance, and never sends them to detox first', () => {
    const notes = new Map(quiz.notes.map((n) => [n.id, versions(n.text).join(' ')]));
    expect(notes.get('opioid-medicines')).toMatch(/naloxone/i);
    expect(notes.get('after-a-break')).toMatch(/old amount\. Using it can kill/i);
    expect(notes.get('after-a-break')).toMatch(/naloxone/i);
    const medicines = quiz.outcomes.find((o) => o.level === 'opioid-medicines')!;
    expect(versions(medicines.summary).join(' ')).toMatch(/buprenorphine or methadone/);
    expect(versions(medicines.summary).join(' ')).toMatch(/Detox alone is not enough/);
    const pregnancy = quiz.outcomes.find((o) => o.level === 'pregnancy-opioids')!;
    expect(versions(pregnancy.title).join(' ')).toMatch(/Do not stop opioids suddenly/);
  });

  it('gives teen and adult hours', () => {
    expect(quiz.hours).toEqual({ adult: 9, teen: 6 });
    const iop = quiz.outcomes.find((o) => o.level === 'iop')!;
    for (const s of versions(iop.summary)) expect(s).toContain('{hours}');
  });

  it('ends every result with the SAMHSA Helpline, FindTreatment.gov and a licensed professional', () => {
    expect(en['quiz.next.professional']).toMatch(/licensed/);
    expect(en['quiz.next.helpline']).toMatch(/SAMHSA National Helpline/);
    expect(crisisLine('helpline').number).toBe('1-800-662-4357');
    expect(en['quiz.next.findTreatmentUrl']).toBe('https://findtreatment.gov/');
  });

  it('spells out "intensive outpatient program (IOP)" in the lead, the printed summary and the IOP and outpatient results', () => {
    const spelled = /intensive outpatient programs? \((IOP)\)/d;
    // In the page's lead and in the line under the printed summary's title, before any other "IOP".
    for (const key of ['quiz.lead', 'quiz.print.intro', 'quiz.print.introOther'] as const) {
      const m = spelled.exec(en[key]);
      expect(m, key).not.toBeNull();
      expect(en[key].indexOf('IOP'), key).toBe(m!.indices![1]![0]);
    }
    for (const level of ['iop', 'outpatient']) {
      for (const s of versions(quiz.outcomes.find((o) => o.level === level)!.summary)) expect(s, level).toMatch(spelled);
    }
  });

  it('defines benzos and sedatives, in the guides\' words, in every result, reason and note that names them', () => {
    const sedatives = quiz.terms.find((term) => term.id === 'sedatives')!.text;
    expect(sedatives).toContain('Benzos are prescription medicines for anxiety, sleep or seizures, such as Xanax or Valium.');
    expect(sedatives).toContain('Sedatives are drugs that calm you or help you sleep.');
    const names = /\b(benzo|sedative)/i;
    const texts = [
      ...quiz.outcomes.map((o) => ({ where: `outcome ${o.level}`, text: o.summary, more: o.nextSteps })),
      ...quiz.questions.flatMap((q) => q.answers.flatMap((a) => [a.reason, ...(a.instead ?? []).map((alt) => alt.reason)].flatMap((text) => (text ? [{ where: `${q.id}: ${a.id}`, text, more: [] }] : [])))),
      ...quiz.notes.map((n) => ({ where: `note ${n.id}`, text: n.text, more: [] })),
    ];
    for (const { where, text, more } of texts) {
      // A result's next steps come after its summary, so the summary carries the definition for both.
      if ([text, ...more].flatMap(versions).some((s) => names.test(s))) for (const s of versions(text)) expect(s, where).toContain('{sedatives}');
    }
  });

  it('names no dollar amounts', () => {
    expect(JSON.stringify(raw).match(/\$\s?\d|\d+\s?(dollars|USD)\b/gi) ?? []).toEqual([]);
  });

  it('reads at US grade 8 or below, in both wordings', () => {
    const text = [
      ...quiz.questions.flatMap((q) => [q.text, q.hint ?? '', ...q.answers.flatMap((a) => [a.label, a.reason ?? '', ...(a.instead ?? []).map((alt) => alt.reason ?? '')])]),
      ...quiz.outcomes.flatMap((o) => [o.title, o.summary, ...o.nextSteps]),
      ...quiz.notes.map((n) => n.text),
      ...quiz.questionsToAsk,
    ].flatMap(versions).filter(Boolean).map((s) => (/[.?!]$/.test(s) ? s : `${s}.`)).join('\n').replaceAll('{hours}', '9')
      .replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => quiz.terms.find((term) => term.id === id)?.text ?? '');
    const report = measureReadability(text);
    expect(report.grade, JSON.stringify(report)).toBeLessThanOrEqual(8);
  });
});

describe('the quiz schema tells an editor what is wrong', () => {
  it('rejects an answer with a level but no reason', () => {
    const q = clone();
    delete q.questions[3].answers[0].reason;
    expect(issues(q).join('\n')).toMatch(/questions\.3\.answers\.0\.reason: answer "daily-use: alcohol" has a level, so it needs a reason/);
  });

  it('rejects a quiz whose safety question comes later than second, or after a question that sets a level', () => {
    const late = clone();
    late.questions.push(late.questions.splice(1, 1)[0]);
    expect(issues(late).join('\n')).toMatch(/the safety question \(an answer at level "crisis"\) must come first/);
    const afterLevel = clone();
    afterLevel.questions[0].answers[0].level = 'iop';
    afterLevel.questions[0].answers[0].reason = 'A reason that is long enough.';
    expect(issues(afterLevel).join('\n')).toMatch(/the safety question \(an answer at level "crisis"\) must come first/);
  });

  it('rejects an alternative that names a question or answer that does not exist', () => {
    const q = clone();
    const shakes = q.questions[5].answers[2];
    shakes.instead[0].if = { substanse: ['opioids'] };
    shakes.instead[1].if = { 'step-down': ['maybe'] };
    const text = issues(q).join('\n');
    expect(text).toMatch(/questions\.5\.answers\.2\.instead\.0\.if: "substanse" is not another question of this quiz/);
    expect(text).toMatch(/questions\.5\.answers\.2\.instead\.1\.if\.step-down: question "step-down" has no answer "maybe"/);
  });

  it('rejects a next review more than 12 months after the last', () => {
    const q = clone();
    q.nextReview = '2028-01-01';
    expect(issues(q).join('\n')).toMatch(/nextReview: must be at most 12 months after lastReviewed/);
  });

  it('rejects a missing result', () => {
    const q = clone();
    q.outcomes = q.outcomes.filter((o: { level: string }) => o.level !== 'iop');
    expect(issues(q).join('\n')).toMatch(/outcomes/);
  });

  it('rejects a duplicated question or answer id', () => {
    const q = clone();
    q.questions[2].id = 'safety';
    q.questions[5].answers[1].id = q.questions[5].answers[0].id;
    const text = issues(q).join('\n');
    expect(text).toMatch(/question id "safety" is used twice/);
    expect(text).toMatch(/answer id "never-stopped" is used twice/);
  });

  it('rejects a note that does not exist', () => {
    const q = clone();
    q.questions[1].answers[0].note = 'no-such-note';
    expect(issues(q).join('\n')).toMatch(/note "no-such-note" is not in notes/);
  });

  it('rejects a level name that does not exist', () => {
    const q = clone();
    q.questions[5].answers[0].level = 'detox';
    expect(issues(q).join('\n')).toMatch(/questions\.5\.answers\.0\.level/);
  });

  it('rejects a quiz where some answer sets could have no reason', () => {
    const q = clone();
    for (const question of q.questions) delete question.answers[question.answers.length - 1].level;
    expect(issues(q).join('\n')).toMatch(/at least one question must give every answer a level/);
  });

  it('rejects a placeholder that is neither {hours} nor a term, and a term never used', () => {
    const q = clone();
    q.notes[0].text += ' {sedative}';
    q.terms.push({ id: 'dts', text: 'DTs are sudden, severe confusion during withdrawal.' });
    const text = issues(q).join('\n');
    expect(text).toMatch(/notes\.0\.text: "\{sedative\}" is neither \{hours\} nor a term in terms/);
    expect(text).toMatch(/terms\.1: term "dts" is never used/);
  });

  it('rejects a link that is not a guide slug, and a guide that does not exist', () => {
    const q = clone();
    q.outcomes[0].guides = ['/guides/what-is-iop/', 'no-such-guide#medicines'];
    q.notes[0].guide = 'what-is-iop';
    const text = issues(q).join('\n');
    expect(text).toMatch(/outcomes\.0\.guides\.0: write a guide slug/);
    expect(text).toMatch(/outcomes\.0\.guides\.1\.guide: there is no guide "no-such-guide": no file content\/guides\/no-such-guide\.mdx/);
    expect(text).not.toMatch(/notes\.0/);
  });
});
