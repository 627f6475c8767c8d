import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadQuiz, readQuizYaml, QUIZ_FILE } from './quiz-data';
import { quizSchema } from '../../src/schemas/quiz';
import { measureReadability } from '../../src/lib/readability';
import { LEVELS } from '../../src/lib/quiz/levels';
import en from '../../src/i18n/en.json';

const ROOT = resolve(import.meta.dirname, '../..');
const raw = readQuizYaml() as Record<string, unknown>;
const quiz = loadQuiz();
const issues = (data: unknown) => {
  const r = quizSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const clone = () => structuredClone(raw) as any;

describe(QUIZ_FILE, () => {
  it('passes the schema', () => {
    expect(issues(raw)).toEqual([]);
  });

  it('has 8 to 12 questions and one result for each of the six levels', () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.length).toBeLessThanOrEqual(12);
    expect(quiz.outcomes.map((o) => o.level).sort()).toEqual([...LEVELS].sort());
  });

  it('maps questions to all six ASAM dimensions', () => {
    expect([...new Set(quiz.questions.map((q) => q.asamDimension).filter(Boolean))].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('links only to guides that exist', () => {
    const links = [...quiz.outcomes.flatMap((o) => o.guides), ...quiz.notes.flatMap((n) => (n.guide ? [n.guide] : []))];
    const missing = links.map((l) => l.split('#')[0]!).filter((slug) => !existsSync(resolve(ROOT, 'content/guides', `${slug}.mdx`)));
    expect(missing).toEqual([]);
  });

  it('uses every note it defines', () => {
    const used = new Set(quiz.questions.flatMap((q) => q.answers.flatMap((a) => (a.note ? [a.note] : []))));
    expect(quiz.notes.map((n) => n.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('phrases results as education ("often"), never as a verdict', () => {
    for (const o of quiz.outcomes.filter((x) => x.level !== 'crisis')) {
      expect(o.summary, o.level).toMatch(/\boften\b/);
      expect(o.summary, o.level).not.toMatch(/\byou (need|must|have to)\b/i);
    }
  });

  it('ends every result with the SAMHSA Helpline, FindTreatment.gov and a licensed professional', () => {
    expect(en['quiz.next.professional']).toMatch(/licensed/);
    expect(en['quiz.next.helpline']).toMatch(/SAMHSA National Helpline/);
    expect(en['crisis.helpline.number']).toBe('1-800-662-4357');
    expect(en['quiz.next.findTreatmentUrl']).toBe('https://findtreatment.gov/');
  });

  it('names no dollar amounts', () => {
    expect(JSON.stringify(raw).match(/\$\s?\d|\d+\s?(dollars|USD)\b/gi) ?? []).toEqual([]);
  });

  it('reads at US grade 8 or below', () => {
    const text = [
      ...quiz.questions.flatMap((q) => [q.text, q.hint ?? '', ...q.answers.flatMap((a) => [`${a.label}.`, a.reason ?? ''])]),
      ...quiz.outcomes.flatMap((o) => [`${o.title}.`, o.summary, ...o.nextSteps]),
      ...quiz.notes.map((n) => n.text),
      ...quiz.questionsToAsk,
    ].filter(Boolean).join('\n');
    const report = measureReadability(text);
    expect(report.grade, JSON.stringify(report)).toBeLessThanOrEqual(8);
  });
});

describe('the quiz schema tells an editor what is wrong', () => {
  it('rejects an answer with a level but no reason', () => {
    const q = clone();
    delete q.questions[2].answers[0].reason;
    expect(issues(q).join('\n')).toMatch(/questions\.2\.answers\.0\.reason: answer "daily-use: yes" has a level, so it needs a reason/);
  });

  it('rejects a quiz whose first question is not the safety question', () => {
    const q = clone();
    q.questions.push(q.questions.shift());
    expect(issues(q).join('\n')).toMatch(/the first question must be the safety question/);
  });

  it('rejects a missing result', () => {
    const q = clone();
    q.outcomes = q.outcomes.filter((o: { level: string }) => o.level !== 'iop');
    expect(issues(q).join('\n')).toMatch(/outcomes/);
  });

  it('rejects a duplicated question or answer id', () => {
    const q = clone();
    q.questions[1].id = 'safety';
    q.questions[3].answers[1].id = q.questions[3].answers[0].id;
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

  it('rejects a link that is not a guide slug', () => {
    const q = clone();
    q.outcomes[0].guides = ['/guides/what-is-iop/'];
    expect(issues(q).join('\n')).toMatch(/outcomes\.0\.guides\.0: write a guide slug/);
  });
});
