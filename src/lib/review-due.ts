/**
 * Review dates for clinical content: every guide and the self-check carry
 * `lastReviewed` and `nextReview`. A review window longer than a year, or an
 * overdue review, is a problem an editor must see.
 */

/** The latest `nextReview` allowed: 12 months after the last review. */
export const MAX_REVIEW_MONTHS = 12;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Why `next` is not a valid next-review date after `last`, or undefined when it is. */
export function reviewWindowProblem(last: Date, next: Date): string | undefined {
  if (next.getTime() <= last.getTime()) return `must come after lastReviewed (${day(last)})`;
  const limit = new Date(last);
  limit.setUTCMonth(limit.getUTCMonth() + MAX_REVIEW_MONTHS);
  if (next.getTime() > limit.getTime()) return `must be at most ${MAX_REVIEW_MONTHS} months after lastReviewed (${day(last)}), so by ${day(limit)}`;
  return undefined;
}

/** True once the due date has passed (the day after it, UTC). */
export function isOverdue(next: Date, today: Date): boolean {
  return day(today) > day(next);
}

/** "file: review was due on YYYY-MM-DD" for each overdue entry, in the order given. */
export function overdueReviews(entries: readonly { file: string; nextReview: Date }[], today: Date): string[] {
  return entries.filter((e) => isOverdue(e.nextReview, today)).map((e) => `${e.file}: review was due on ${day(e.nextReview)} (nextReview); check the page against its sources, then update lastReviewed and nextReview`);
}
