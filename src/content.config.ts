import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { makeGuideSchema } from './schemas/guide';
import { makeGlossaryTermSchema } from './schemas/glossary';
import { pageSchema } from './schemas/page';
import { makeQuizSchema } from './schemas/quiz';
import { makeReferralStaffSchema } from './schemas/referral-staff';
import { existingGuide } from './schemas/guide-ref';
import { contentDir } from './lib/content-dir';

// Content lives in the top-level `content/` folder so editors never open src/.
// CONTENT_DIR points the build at another folder (tests use it for bad
// fixtures; the benchmark for 1,000 generated guides).
const base = contentDir(process.env.CONTENT_DIR);

// Every field that names a guide. Checked against the files on each use, so a
// guide added while `npm run dev` runs can be named at once.
const guide = existingGuide(reference('guides'), (id) => existsSync(`${base}/guides/${id}.mdx`));

const guides = defineCollection({
  // Files starting with "_" are drafts and are skipped.
  loader: glob({ base: `${base}/guides`, pattern: '**/[^_]*.mdx' }),
  schema: makeGuideSchema(guide),
});

const glossary = defineCollection({
  loader: file(`${base}/glossary.yaml`),
  schema: makeGlossaryTermSchema(guide),
});

const pages = defineCollection({
  loader: glob({ base: `${base}/pages`, pattern: '**/[^_]*.mdx' }),
  schema: pageSchema,
});

// The "Is IOP right for me?" self-check: one YAML file per quiz.
const quiz = defineCollection({
  loader: glob({ base: `${base}/quiz`, pattern: '**/[^_]*.yaml' }),
  schema: makeQuizSchema(guide),
});

// The "For referral staff" page: one YAML file, /referral-staff/.
const referralStaff = defineCollection({
  loader: glob({ base, pattern: 'referral-staff.yaml' }),
  schema: makeReferralStaffSchema(guide),
});

export const collections = { guides, glossary, pages, quiz, referralStaff };
