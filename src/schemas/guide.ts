import { z } from 'astro/zod';
import { sourceSchema } from './source';
import { reviewFields, checkReviewWindow } from './review';
import { figureSchema, toolSchema, nextStepsSchema } from './figure';
import { guideName, type GuideRef } from './guide-ref';

/** Who a guide is written for; drives the audience filter in search. */
export const AUDIENCES = ['patients', 'families', 'professionals'] as const;

/** The topic a guide belongs to; drives the topic filter in search. */
export const TOPICS = ['basics', 'treatment', 'choosing', 'after-iop', 'paying', 'families'] as const;

/**
 * Frontmatter of one guide in `content/guides/*.mdx`. A field that breaks a
 * rule fails `npm run build` with the file and the field named. `guide`
 * reads a field that names another guide (see ./guide-ref.ts).
 */
export const makeGuideSchema = (guide: GuideRef) =>
  z
    .object({
      /** Page title and `<h1>`. Plain words, ideally a question a reader asks. */
      title: z.string().min(5).max(90),
      /** One line under the title, and the meta description. At most 160 characters. */
      description: z.string().min(20).max(160),
      /** "In short" box: 3 to 5 key points, each one short sentence. */
      keyPoints: z.array(z.string().min(10).max(200)).min(3).max(5),
      /** Position in the suggested reading order (1 = read first). Unique across guides. */
      order: z.number().int().positive(),
      /** Who the guide is for; at least one. */
      audience: z.array(z.enum(AUDIENCES)).min(1),
      /** Topic for grouping and the search filter. */
      topic: z.enum(TOPICS),
      ...reviewFields,
      /** Works cited; at least two, each on an authoritative domain. */
      sources: z.array(sourceSchema).min(2),
      /** Other guides to suggest at the end, by file name without `.mdx`. Each must exist. */
      related: z.array(guide).default([]),
      /** The guide's captioned diagram, placed in the body with <Figure />. See src/schemas/figure.ts. */
      figure: figureSchema.optional(),
      /** The guide's fill-in or tick-box sheet, placed in the body with <Tool />. */
      tool: toolSchema.optional(),
      /** "What to do next": one to three steps, shown at the end of the guide. */
      nextSteps: nextStepsSchema.optional(),
      /** Set to false to keep the page out of the search index. Default: true. */
      pagefind: z.boolean().default(true),
    })
    .refine((g) => new Set(g.sources.map((s) => s.id)).size === g.sources.length, {
      message: 'every source needs its own id',
      path: ['sources'],
    })
    .superRefine(checkReviewWindow);

/** The guide schema with guide names checked for their form only, for unit tests. */
export const guideSchema = makeGuideSchema(guideName);
