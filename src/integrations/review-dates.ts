import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { QUESTIONS_GUIDE } from '../lib/questions-to-ask.ts';

/**
 * The sitemap's `<lastmod>` for each page: the date a person last reviewed
 * its words (`lastReviewed` in the content files), so search engines recrawl
 * a guide when it has been checked again, not on every build. Read from the
 * files directly because astro.config.mjs runs before content collections load.
 */

/** Review dates found in the content folder, as YYYY-MM-DD. */
export interface ReviewDates {
  /** guide slug -> date */
  guides: Map<string, string>;
  /** stand-alone page slug (content/pages/) -> date */
  pages: Map<string, string>;
  /** newest date of the self-check files (content/quiz/) */
  quiz?: string | undefined;
  /** content/referral-staff.yaml */
  referralStaff?: string | undefined;
}

/** A date field of a content file (an MDX file's frontmatter, or a whole YAML document), if set. */
function dateField(text: string, field: 'lastReviewed' | 'nextReview'): Date | undefined {
  const data = splitFrontmatter(text).frontmatter ?? (parse(text) as Record<string, unknown> | null);
  const value = data?.[field];
  if (value === undefined || value === null) return undefined;
  return value instanceof Date ? value : new Date(String(value));
}

/** `lastReviewed` of a YAML document or of an MDX file's frontmatter, as YYYY-MM-DD. */
export function reviewDateOf(text: string): string | undefined {
  const date = dateField(text, 'lastReviewed');
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

const newest = (dates: Iterable<string | undefined>) =>
  [...dates].filter((d): d is string => d !== undefined).sort().at(-1);

/** URL path -> lastmod. Pages without a review date (e.g. the glossary) are left out rather than given a made-up one. */
export function lastmodByPath(d: ReviewDates): Map<string, string> {
  const out = new Map<string, string>();
  for (const [slug, date] of d.guides) out.set(`/guides/${slug}/`, date);
  for (const [slug, date] of d.pages) out.set(`/${slug}/`, date);
  // The home page and the guide list change when a guide they list does.
  const latestGuide = newest(d.guides.values());
  if (latestGuide) {
    out.set('/', latestGuide);
    out.set('/guides/', latestGuide);
  }
  if (d.quiz) out.set('/quiz/', d.quiz);
  if (d.referralStaff) out.set('/referral-staff/', d.referralStaff);
  const questions = d.guides.get(QUESTIONS_GUIDE);
  if (questions) out.set('/questions-to-ask/', questions);
  return out;
}

function datesIn(dir: string, ext: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(ext) || name.startsWith('_')) continue;
    const date = reviewDateOf(readFileSync(join(dir, name), 'utf8'));
    if (date) out.set(name.slice(0, -ext.length), date);
  }
  return out;
}

/** Reads every review date under `contentDir`. */
export function readReviewDates(contentDir: string): ReviewDates {
  const referral = join(contentDir, 'referral-staff.yaml');
  return {
    guides: datesIn(join(contentDir, 'guides'), '.mdx'),
    pages: datesIn(join(contentDir, 'pages'), '.mdx'),
    quiz: newest(datesIn(join(contentDir, 'quiz'), '.yaml').values()),
    referralStaff: existsSync(referral) ? reviewDateOf(readFileSync(referral, 'utf8')) : undefined,
  };
}

/** `nextReview` of every guide and self-check file under `contentDir`, for the build's overdue warning. */
export function readNextReviews(contentDir: string): { file: string; nextReview: Date }[] {
  const out: { file: string; nextReview: Date }[] = [];
  for (const [folder, ext] of [['guides', '.mdx'], ['quiz', '.yaml']] as const) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(ext) || name.startsWith('_')) continue;
      const nextReview = dateField(readFileSync(join(dir, name), 'utf8'), 'nextReview');
      if (nextReview) out.push({ file: `content/${folder}/${name}`, nextReview });
    }
  }
  return out;
}
