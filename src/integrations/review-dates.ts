import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, splitFrontmatter } from '../lib/frontmatter.ts';
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
function frontmatterOf(text: string): Record<string, unknown> | null {
  return splitFrontmatter(text).frontmatter ?? (parseYaml(text) as Record<string, unknown> | null);
}

function dateIn(data: Record<string, unknown> | null, field: 'lastReviewed' | 'nextReview'): Date | undefined {
  const value = data?.[field];
  if (value === undefined || value === null) return undefined;
  return value instanceof Date ? value : new Date(String(value));
}

const isoDay = (date: Date | undefined) => (date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined);

export function reviewDateOf(text: string): string | undefined {
  return isoDay(dateIn(frontmatterOf(text), 'lastReviewed'));
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

/** A file's review dates, parsed once: the sitemap wants the last review, the overdue warning the next. */
interface FileDates {
  name: string;
  lastReviewed: string | undefined;
  nextReview: Date | undefined;
}

function filesIn(dir: string, ext: string): FileDates[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext) && !name.startsWith('_'))
    .map((name) => {
      const data = frontmatterOf(readFileSync(join(dir, name), 'utf8'));
      return { name, lastReviewed: isoDay(dateIn(data, 'lastReviewed')), nextReview: dateIn(data, 'nextReview') };
    });
}

const byName = (files: FileDates[], ext: string) =>
  new Map(files.filter((f) => f.lastReviewed).map((f) => [f.name.slice(0, -ext.length), f.lastReviewed!]));

/**
 * Reads every review date under `contentDir`: the last review of each page
 * (for the sitemap) and the next review of each guide and self-check file
 * (for the build's overdue warning), each file parsed once.
 */
export function readReviewDates(contentDir: string): ReviewDates & { nextReviews: { file: string; nextReview: Date }[] } {
  const referral = join(contentDir, 'referral-staff.yaml');
  const guides = filesIn(join(contentDir, 'guides'), '.mdx');
  const quiz = filesIn(join(contentDir, 'quiz'), '.yaml');
  const next = (folder: string, files: FileDates[]) =>
    files.filter((f) => f.nextReview).map((f) => ({ file: `content/${folder}/${f.name}`, nextReview: f.nextReview! }));
  return {
    guides: byName(guides, '.mdx'),
    pages: byName(filesIn(join(contentDir, 'pages'), '.mdx'), '.mdx'),
    quiz: newest(quiz.map((f) => f.lastReviewed)),
    referralStaff: existsSync(referral) ? reviewDateOf(readFileSync(referral, 'utf8')) : undefined,
    nextReviews: [...next('guides', guides), ...next('quiz', quiz)],
  };
}
