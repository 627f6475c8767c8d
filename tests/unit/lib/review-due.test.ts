import { describe, it, expect } from 'vitest';
import { readMdx } from '../../support/content-files';
import { readQuizYaml, QUIZ_FILE } from '../../support/quiz-data';
import { reviewWindowProblem, isOverdue, overdueReviews } from '../../../src/lib/review-due';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('review dates', () => {
  it('accept a next review after the last one, up to 12 months later', () => {
    expect(reviewWindowProblem(d('2026-12-03'), d('2027-06-01'))).toBeUndefined();
    expect(reviewWindowProblem(d('2026-12-03'), d('2027-12-03'))).toBeUndefined();
  });

  it('reject a next review before the last one, or more than 12 months later, saying by when', () => {
    expect(reviewWindowProblem(d('2026-12-03'), d('2026-12-03'))).toMatch(/must come after lastReviewed \(2026-12-03\)/);
    expect(reviewWindowProblem(d('2026-12-03'), d('2027-12-04'))).toMatch(/at most 12 months after lastReviewed \(2026-12-03\), so by 2027-12-03/);
  });

  it('count a review as overdue from the day after it was due', () => {
    expect(isOverdue(d('2027-06-01'), d('2027-06-01'))).toBe(false);
    expect(isOverdue(d('2027-06-01'), d('2027-06-02'))).toBe(true);
    expect(overdueReviews([{ file: 'content/guides/a.mdx', nextReview: d('2027-06-01') }, { file: 'b', nextReview: d('2028-01-01') }], d('2027-07-01'))).toEqual([
      'content/guides/a.mdx: review was due on 2027-06-01 (nextReview); check the page against its sources, then update lastReviewed and nextReview',
    ]);
  });
});

// Clinical pages must be checked again on time: once a due date has passed,
// `npm test` fails and names the file. (The build only warns, so an urgent
// fix can still be published.)
describe('every guide and the self-check', () => {
  const entries = [
    ...readMdx('guides').map((g) => ({ file: g.file, nextReview: g.frontmatter['nextReview'] })),
    { file: QUIZ_FILE, nextReview: (readQuizYaml() as Record<string, unknown>)['nextReview'] },
  ].map((e) => ({ file: e.file, nextReview: e.nextReview instanceof Date ? e.nextReview : new Date(String(e.nextReview)) }));

  it('has a next review date', () => {
    expect(entries.filter((e) => Number.isNaN(e.nextReview.getTime())).map((e) => e.file)).toEqual([]);
  });

  it('is not overdue for review', () => {
    expect(overdueReviews(entries, new Date())).toEqual([]);
  });
});
