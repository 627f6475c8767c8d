import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { glossaryTermSchema } from './schemas/glossary';
import { pageSchema } from './schemas/page';
import { quizSchema } from './schemas/quiz';
import { referralStaffSchema } from './schemas/referral-staff';
import { contentDir } from './lib/content-dir';

// Content lives in the top-level `content/` folder so editors never open src/.
// CONTENT_DIR points the build at another folder (tests use it for bad
// fixtures; the benchmark for 1,000 generated guides).
const base = contentDir(process.env.CONTENT_DIR);

const guides = defineCollection({
  // Files starting with "_" are drafts and are skipped.
  loader: glob({ base: `${base}/guides`, pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

const glossary = defineCollection({
  loader: file(`${base}/glossary.yaml`),
  schema: glossaryTermSchema,
});

const pages = defineCollection({
  loader: glob({ base: `${base}/pages`, pattern: '**/[^_]*.mdx' }),
  schema: pageSchema,
});

// The "Is IOP right for me?" self-check: one YAML file per quiz.
const quiz = defineCollection({
  loader: glob({ base: `${base}/quiz`, pattern: '**/[^_]*.yaml' }),
  schema: quizSchema,
});

// The "For referral staff" page: one YAML file, /referral-staff/.
const referralStaff = defineCollection({
  loader: glob({ base, pattern: 'referral-staff.yaml' }),
  schema: referralStaffSchema,
});

export const collections = { guides, glossary, pages, quiz, referralStaff };
