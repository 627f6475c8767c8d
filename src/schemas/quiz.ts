import { z } from 'astro/zod';
import { LEVELS } from '../lib/quiz/levels';
import { sourceSchema } from './source';

/*
 * The "Is IOP right for me?" self-check (`content/quiz/*.yaml`). Editors
 * change questions, answers and results here; the grading rule lives in
 * src/lib/quiz/ and never changes with the words. A broken rule fails
 * `npm run build` with the file and the field named.
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** "slug" or "slug#heading-id": a guide in content/guides/, optionally a heading on it. */
const guideLink = z
  .string()
  .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'write a guide slug, optionally with #heading-id, e.g. "what-happens-in-iop#medicines"');

/** One answer a reader can choose. */
export const quizAnswerSchema = z.object({
  /** Stable id, unique within its question (used for the radio button's value). */
  id,
  /** The words on the radio button. Plain, first person where it helps ("I'm not sure"). */
  label: z.string().min(2).max(160),
  /**
   * The care this answer points to, if it points anywhere: one of
   * outpatient, iop, structure, evaluation, withdrawal, crisis (least to most).
   * The result is the highest level among the chosen answers; levels are never
   * averaged. `crisis` shows 988 and 911 at once. Leave out when the answer
   * does not change the result (e.g. which substance).
   */
  level: z.enum(LEVELS).optional(),
  /**
   * Why this answer matters, in one or two short sentences addressed to the
   * reader ("You said …"). Shown under "Why this result" when this answer sets
   * the result. Required whenever `level` is set.
   */
  reason: z.string().min(10).max(300).optional(),
  /** Id of a note (see `notes`) this answer adds to the result, whatever the level. */
  note: id.optional(),
});

/** One question, shown on its own with native radio buttons. */
export const quizQuestionSchema = z.object({
  /** Stable id, unique in the quiz. Never shown; never put in the URL. */
  id,
  /**
   * The ASAM dimension the question maps to (1 withdrawal, 2 physical health,
   * 3 mental health and safety, 4 readiness, 5 relapse, 6 recovery
   * environment). Leave out for practical questions (substance, time, step-down).
   * @see ../shared/DOMAIN.md §1.3 and §4.3
   */
  asamDimension: z.number().int().min(1).max(6).optional(),
  /** The question, in plain words. It is the fieldset's legend and the heading focus moves to. */
  text: z.string().min(10).max(200),
  /** Optional help under the question, e.g. "Count sedatives even if a doctor prescribed them." */
  hint: z.string().min(5).max(240).optional(),
  /** Two to six answers, in the order readers see them. */
  answers: z.array(quizAnswerSchema).min(2).max(6),
});

/** A result the self-check can give: one for each level. */
export const quizOutcomeSchema = z.object({
  /** Which level this result is for; each level has exactly one outcome. */
  level: z.enum(LEVELS),
  /** Short title, e.g. "IOP is likely a good fit". */
  title: z.string().min(5).max(80),
  /**
   * One to three sentences, phrased as education, never a verdict:
   * "Programs like X are often a fit for situations like yours."
   */
  summary: z.string().min(20).max(500),
  /** Next steps for this result, in order. The page adds the ones every result shares (a professional, the SAMHSA Helpline, FindTreatment.gov). */
  nextSteps: z.array(z.string().min(10).max(240)).min(1).max(5),
  /** Guides to read next: slugs of content/guides/*.mdx (each must exist; the build checks). */
  guides: z.array(guideLink).min(1).max(4),
});

/** A "good to know" note an answer can add (e.g. medicines for opioid use disorder). */
export const quizNoteSchema = z.object({
  /** Id that answers name in their `note` field. */
  id,
  /** The note: two or three short sentences. */
  text: z.string().min(20).max(400),
  /** A guide, optionally with a heading, that explains more. */
  guide: guideLink.optional(),
});

/** The whole self-check: one YAML file in `content/quiz/`. */
export const quizSchema = z
  .object({
    /** Date a person last checked the quiz against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** 8 to 12 questions, in order. The first should be the safety question, so crisis help can come first. */
    questions: z.array(quizQuestionSchema).min(8).max(12),
    /** One outcome per level (six in all). */
    outcomes: z.array(quizOutcomeSchema).length(LEVELS.length),
    /** Notes that answers can add to the result. */
    notes: z.array(quizNoteSchema).default([]),
    /** "Questions to ask a program", printed on the summary. */
    questionsToAsk: z.array(z.string().min(10).max(160)).min(3).max(8),
    /** Works the questions and results rest on (shown under "Sources"), each on an authoritative domain. */
    sources: z.array(sourceSchema).min(2),
  })
  .superRefine((quiz, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const questionIds = new Set<string>();
    quiz.questions.forEach((q, qi) => {
      if (questionIds.has(q.id)) issue(['questions', qi, 'id'], `question id "${q.id}" is used twice`);
      questionIds.add(q.id);
      const answerIds = new Set<string>();
      q.answers.forEach((a, ai) => {
        if (answerIds.has(a.id)) issue(['questions', qi, 'answers', ai, 'id'], `answer id "${a.id}" is used twice in question "${q.id}"`);
        answerIds.add(a.id);
        if (a.level && !a.reason) issue(['questions', qi, 'answers', ai, 'reason'], `answer "${q.id}: ${a.id}" has a level, so it needs a reason`);
        if (a.note && !quiz.notes.some((n) => n.id === a.note)) issue(['questions', qi, 'answers', ai, 'note'], `note "${a.note}" is not in notes`);
      });
    });

    // Every result must have at least one reason. The answer that sets the
    // result always has a level, so this holds as long as at least one
    // question gives every answer a level (the baseline result needs one too).
    if (!quiz.questions.some((q) => q.answers.every((a) => a.level))) {
      issue(['questions'], 'at least one question must give every answer a level, so every result has a reason');
    }
    // Crisis help comes before anything else: the safety question goes first.
    if (!quiz.questions[0]?.answers.some((a) => a.level === 'crisis')) {
      issue(['questions', 0], 'the first question must be the safety question, with at least one answer at level "crisis"');
    }

    for (const level of LEVELS) {
      const count = quiz.outcomes.filter((o) => o.level === level).length;
      if (count !== 1) issue(['outcomes'], `level "${level}" needs exactly one outcome (found ${count})`);
    }
    const noteIds = new Set<string>();
    quiz.notes.forEach((n, ni) => {
      if (noteIds.has(n.id)) issue(['notes', ni, 'id'], `note id "${n.id}" is used twice`);
      noteIds.add(n.id);
    });
    if (new Set(quiz.sources.map((s) => s.id)).size !== quiz.sources.length) issue(['sources'], 'every source needs its own id');
  });

export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;
export type QuizOutcome = z.infer<typeof quizOutcomeSchema>;
export type QuizNote = z.infer<typeof quizNoteSchema>;
