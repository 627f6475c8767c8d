import { z } from 'astro/zod';
import { reviewWindowProblem } from '../lib/review-due';

/**
 * When a person last checked a page against its sources, and when they must
 * check it again. Shown on the page; `npm test` fails once `nextReview` has
 * passed (tests/unit/lib/review-due.test.ts), and the build warns.
 */
export const reviewFields = {
  /** Date a person last checked the page against its sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
  /** Date the next review is due (YYYY-MM-DD): after `lastReviewed`, and at most 12 months later. */
  nextReview: z.coerce.date(),
};

/** Adds an issue on `nextReview` when it is not within 12 months after `lastReviewed`. */
export function checkReviewWindow(data: { lastReviewed: Date; nextReview: Date }, ctx: z.RefinementCtx): void {
  const problem = reviewWindowProblem(data.lastReviewed, data.nextReview);
  if (problem) ctx.addIssue({ code: 'custom', path: ['nextReview'], message: problem });
}
