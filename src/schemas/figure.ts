import { z } from 'astro/zod';

/*
 * A guide's diagram (`figure:` in its frontmatter), drawn as inline SVG at
 * build time by src/lib/figures/layout.ts. Every word is here, in the
 * content, so editors and translators change words without touching code.
 * Place it in the body with <Figure />.
 */

const words = (max: number) => z.string().min(1).max(max);
const step = z.object({
  /** The words in bold in the box. */
  label: words(60),
  /** A short line under the label. */
  detail: words(90).optional(),
  /** Draw this box highlighted (e.g. where IOP sits on the ladder). */
  mark: z.boolean().optional(),
  /** An id a page can use to highlight the box (the self-check names its results' levels). */
  id: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

export const diagramSchema = z.discriminatedUnion('kind', [
  /** Levels of care, one box each, from most care (top) to least (bottom). */
  z.object({ kind: z.literal('ladder'), steps: z.array(step).min(2).max(6) }),
  /** Steps joined by arrows, top to bottom. `arrow` labels the arrow that leaves a step ("Step down"). */
  z.object({ kind: z.literal('path'), steps: z.array(step.extend({ arrow: words(30).optional() })).min(2).max(6) }),
  /**
   * Questions to check in order, every one of them: the main line runs from
   * each question to the next (`nextLabel`, e.g. "Next"), then into
   * `otherwise` (`endLabel`, e.g. "If all are no"). `yesLabel` (e.g. "Yes")
   * labels the branch from a question to its own box, `yes`, which sits
   * off the main line and leads nowhere else.
   */
  z.object({
    kind: z.literal('flow'),
    steps: z.array(z.object({ ask: words(80), yes: words(80) })).min(1).max(4),
    otherwise: words(80),
    yesLabel: words(12),
    nextLabel: words(20),
    endLabel: words(30),
  }),
  /** A bar of the week's hours with the part spent in treatment filled in. */
  z.object({ kind: z.literal('week'), hours: z.number().int().positive(), total: z.number().int().positive(), part: words(70), rest: words(70) }),
  /** Steps that lead into one another and back to the first (e.g. thought → feeling → action). */
  z.object({ kind: z.literal('cycle'), nodes: z.array(step.omit({ mark: true })).min(3).max(4), center: words(90).optional() }),
  /** A card with numbered parts, and a note on each below it (e.g. an insurance card). */
  z.object({ kind: z.literal('card'), title: words(40), rows: z.array(z.object({ label: words(40), note: words(120) })).min(2).max(5) }),
]);

export const figureSchema = z.object({
  /** Shown above the picture, e.g. "Where IOP sits among the levels of care". */
  title: z.string().min(5).max(80),
  /** One line on how to use the picture: "Start at the top…". */
  howToUse: z.string().min(10).max(160),
  /**
   * The text alternative: says what the picture says, in sentences, for
   * people who cannot see it. Never "diagram of…".
   */
  alt: z
    .string()
    .min(30)
    .max(600)
    .refine((s) => !/^(a |an )?(diagram|picture|image|figure|chart) (of|showing)/i.test(s), 'say what the picture says, not "diagram of…"'),
  diagram: diagramSchema,
});

/** A fill-in or tick-box sheet (`tool:` in frontmatter), placed with <Tool />. Nothing typed is saved or sent. */
export const toolSchema = z.object({
  /** The sheet's heading, e.g. "My IOP week". */
  title: z.string().min(5).max(60),
  /** One or two sentences: what the sheet is for and how to fill it in. */
  intro: z.string().min(20).max(240),
  /**
   * The rows, in order: `check` is a tick box, `text` a one-line answer,
   * `lines` a few lines to write on. At most 12, so it prints on one page.
   */
  items: z
    .array(z.object({ type: z.enum(['check', 'text', 'lines']), label: z.string().min(3).max(140) }))
    .min(3)
    .max(12),
});

/** "What to do next": one to three steps closing the guide. A link is optional. */
export const nextStepsSchema = z
  .array(
    z.object({
      text: z.string().min(10).max(160),
      /** Root-relative link with a trailing slash, e.g. /questions-to-ask/ (checked by the build). */
      href: z.string().regex(/^\/[a-z0-9/#-]*$/, 'a root-relative link such as /questions-to-ask/').optional(),
      /** The link's words. */
      link: z.string().min(3).max(60).optional(),
    }),
  )
  .min(1)
  .max(3);

export type Figure = z.infer<typeof figureSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type NextSteps = z.infer<typeof nextStepsSchema>;
