import { z } from 'astro/zod';
import { LEVELS } from '../lib/quiz/levels';
import { sourceSchema } from './source';
import { reviewFields, checkReviewWindow } from './review';
import { figureSchema } from './figure';
import { guideName, guideLink, type GuideRef, type GuideLinkSchema } from './guide-ref';

/*
 * The "Is IOP right for me?" self-check (`content/quiz/*.yaml`). Editors
 * change questions, answers and results here; the grading rule lives in
 * src/lib/quiz/ and never changes with the words. A broken rule fails
 * `npm run build` with the file and the field named.
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/**
 * Words that can differ with who the reader answers for: one string for
 * both, or `{ me: "Do you …", other: "Does your loved one …" }`. Write
 * `{hours}` where the weekly IOP hours go: the page shows 9 for adults and 6
 * for teens, as the age answer says (SAMHSA Advisory PEP20-02-01-021).
 * Write `{term-id}` (a term from `terms`) where a hard word needs its
 * definition; a result shows each definition only where it first appears.
 */
const audienceText = (min: number, max: number) =>
  z.union([z.string().min(min).max(max), z.object({ me: z.string().min(min).max(max), other: z.string().min(min).max(max) }).strict()]);

/**
 * When other answers hold: question id → the answer ids that count, e.g.
 * `{ substance: [opioids] }`. Every question named must hold.
 */
const conditionSchema = z.record(id, z.array(id).min(1));

/**
 * What an answer means instead when a condition holds. The first alternative
 * whose `if` holds replaces the answer's level, reason and note (leave out
 * `level` to say "does not change the result" in that case).
 */
const quizAlternativeSchema = z.object({
  if: conditionSchema,
  level: z.enum(LEVELS).optional(),
  reason: audienceText(10, 300).optional(),
  note: id.optional(),
});

/** One answer a reader can choose. */
const quizAnswerSchema = z.object({
  /** Stable id, unique within its question (used for the radio button's value). */
  id,
  /** The words on the radio button. Plain, first person where it helps ("I'm not sure"). */
  label: audienceText(2, 160),
  /**
   * The care this answer points to, if it points anywhere: one of LEVELS
   * (src/lib/quiz/levels.ts, least care to most). The result is the highest
   * level among the chosen answers; levels are never averaged. `crisis` and
   * `emergency` show help at once. Leave out when the answer
   * does not change the result (e.g. which substance).
   */
  level: z.enum(LEVELS).optional(),
  /**
   * Why this answer matters, in one or two short sentences addressed to the
   * reader ("You said …"). Shown under "Why this result" when this answer sets
   * the result. Required whenever `level` is set.
   */
  reason: audienceText(10, 300).optional(),
  /** Id of a note (see `notes`) this answer adds to the result, whatever the level. */
  note: id.optional(),
  /**
   * What the answer means instead when other answers say so, checked in
   * order: e.g. past withdrawal signs with opioids point to medicines, not
   * detox. See `quizAlternativeSchema`.
   */
  instead: z.array(quizAlternativeSchema).optional(),
  /** On the "who is this for" question: `other` words the quiz for someone the reader cares about. */
  audience: z.enum(['me', 'other']).optional(),
  /** On the "who is this for" question: `teen` (under 18) shows teen hours and the teen note. */
  age: z.enum(['adult', 'teen']).optional(),
});

/** One question, shown on its own with native radio buttons. */
const quizQuestionSchema = z.object({
  /** Stable id, unique in the quiz. Never shown; never put in the URL. */
  id,
  /**
   * The ASAM dimension the question maps to (1 withdrawal, 2 physical health,
   * 3 mental health and safety, 4 readiness, 5 relapse, 6 recovery
   * environment). Leave out for practical questions (substance, time, step-down).
   */
  asamDimension: z.number().int().min(1).max(6).optional(),
  /** The question, in plain words. It is the fieldset's legend and the heading focus moves to. */
  text: audienceText(10, 200),
  /** Optional help under the question, e.g. "Count sedatives even if a doctor prescribed them." */
  hint: audienceText(5, 300).optional(),
  /** Two to six answers, in the order readers see them. */
  answers: z.array(quizAnswerSchema).min(2).max(6),
});

/** A result the self-check can give: one for each level. `link` reads a link to a guide. */
const quizOutcomeSchema = (link: GuideLinkSchema) => z.object({
  /** Which level this result is for; each level has exactly one outcome. */
  level: z.enum(LEVELS),
  /** Short title, e.g. "IOP is often a fit for situations like this". */
  title: audienceText(5, 80),
  /**
   * One to three sentences, phrased as education, never a verdict:
   * "Programs like X are often a fit for situations like yours."
   */
  summary: audienceText(20, 500),
  /** Next steps for this result, in order. The page adds the ones every result shares (a professional, the SAMHSA Helpline, FindTreatment.gov). */
  nextSteps: z.array(audienceText(10, 240)).min(1).max(5),
  /** Guides to read next, each "slug" or "slug#heading-id" (the guide must exist). */
  guides: z.array(link).min(1).max(4),
});

/** A "good to know" note an answer can add (e.g. medicines for opioid use disorder). */
const quizNoteSchema = (link: GuideLinkSchema) => z.object({
  /** Id that answers name in their `note` field. */
  id,
  /** The note: two to four short sentences. */
  text: audienceText(20, 450),
  /** A guide, optionally with a heading, that explains more. */
  guide: link.optional(),
  /** Show the note only with these results (e.g. other options when time is short, only when the result is IOP). */
  onlyWith: z.array(z.enum(LEVELS)).min(1).optional(),
});

/**
 * A word a reader may not know (PEMAT-P item 4), defined in the guides' own
 * words. Texts write `{id}` after the sentence that uses the word.
 */
const quizTermSchema = z.object({
  id,
  /** One to three short sentences. */
  text: z.string().min(20).max(300),
});

/** The `{name}` placeholders in a text: `{hours}` or a term id. */
export const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The whole self-check: one YAML file in `content/quiz/`. `guide` reads a guide's name (see ./guide-ref.ts). */
export function makeQuizSchema(guide: GuideRef) {
  const link = guideLink(guide);
  return z
    .object({
      ...reviewFields,
      /** Weekly IOP hours the page shows for `{hours}`: at least 9 for adults, 6 for teens (SAMHSA Advisory PEP20-02-01-021). */
      hours: z.object({ adult: z.number().int().positive(), teen: z.number().int().positive() }).strict(),
      /**
       * 8 to 12 questions, in order. The safety question (an answer at level
       * `crisis`) comes first, or second after one question whose answers set
       * no level (who the reader is answering for), so crisis help comes first.
       */
      questions: z.array(quizQuestionSchema).min(8).max(12),
      /** One outcome per level. */
      outcomes: z.array(quizOutcomeSchema(link)).length(LEVELS.length),
      /**
       * A ladder of the levels of care shown with the result, "your result"
       * highlighted: each step's `id` names the result level it stands for.
       * Results with no step (e.g. crisis help) show no picture.
       */
      figure: figureSchema.optional(),
      /** Notes that answers can add to the result. */
      notes: z.array(quizNoteSchema(link)).default([]),
      /** Hard words, defined where a text writes `{id}`. */
      terms: z.array(quizTermSchema).default([]),
      /** "Questions to ask a program", printed on the summary. */
      questionsToAsk: z.array(z.string().min(10).max(160)).min(3).max(8),
      /** Works the questions and results rest on (shown under "Sources"), each on an authoritative domain. */
      sources: z.array(sourceSchema).min(2),
    })
    .superRefine((quiz, ctx) => {
      checkReviewWindow(quiz, ctx);
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

      const questionIds = new Set<string>();
      quiz.questions.forEach((q, qi) => {
        if (questionIds.has(q.id)) issue(['questions', qi, 'id'], `question id "${q.id}" is used twice`);
        questionIds.add(q.id);
        const answerIds = new Set<string>();
        q.answers.forEach((a, ai) => {
          const at = ['questions', qi, 'answers', ai];
          if (answerIds.has(a.id)) issue([...at, 'id'], `answer id "${a.id}" is used twice in question "${q.id}"`);
          answerIds.add(a.id);
          if (a.level && !a.reason) issue([...at, 'reason'], `answer "${q.id}: ${a.id}" has a level, so it needs a reason`);
          if (a.note && !quiz.notes.some((n) => n.id === a.note)) issue([...at, 'note'], `note "${a.note}" is not in notes`);
          a.instead?.forEach((alt, k) => {
            if (alt.level && !alt.reason) issue([...at, 'instead', k, 'reason'], `an alternative of "${q.id}: ${a.id}" has a level, so it needs a reason`);
            if (alt.note && !quiz.notes.some((n) => n.id === alt.note)) issue([...at, 'instead', k, 'note'], `note "${alt.note}" is not in notes`);
            for (const [other, ids] of Object.entries(alt.if)) {
              const target = quiz.questions.find((x) => x.id === other);
              if (!target || other === q.id) issue([...at, 'instead', k, 'if'], `"${other}" is not another question of this quiz`);
              else for (const x of ids) if (!target.answers.some((y) => y.id === x)) issue([...at, 'instead', k, 'if', other], `question "${other}" has no answer "${x}"`);
            }
          });
        });
      });

      // Every result must have at least one reason. The answer that sets the
      // result always has a level, so this holds as long as at least one
      // question gives every answer a level (the baseline result needs one too).
      if (!quiz.questions.some((q) => q.answers.every((a) => a.level))) {
        issue(['questions'], 'at least one question must give every answer a level, so every result has a reason');
      }
      // Crisis help comes before anything else: the safety question goes first,
      // after at most one question that only says who the answers are about.
      const safety = quiz.questions.findIndex((q) => q.answers.some((a) => a.level === 'crisis'));
      const setsLevel = (q: (typeof quiz.questions)[number]) => q.answers.some((a) => a.level || a.instead?.length);
      if (safety < 0 || safety > 1 || quiz.questions.slice(0, safety).some(setsLevel)) {
        issue(['questions', 0], 'the safety question (an answer at level "crisis") must come first, or second after a question whose answers set no level');
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

      // Every {placeholder} is {hours} or a term, and every term is used.
      const termIds = new Set<string>();
      quiz.terms.forEach((term, ti) => {
        if (termIds.has(term.id)) issue(['terms', ti, 'id'], `term id "${term.id}" is used twice`);
        if (term.id === 'hours') issue(['terms', ti, 'id'], '"hours" is kept for the weekly hours');
        if (/\{[^{}]*\}/.test(term.text)) issue(['terms', ti, 'text'], 'a definition cannot hold a {placeholder}');
        termIds.add(term.id);
      });
      const used = new Set<string>();
      const walk = (value: unknown, path: (string | number)[]): void => {
        if (typeof value === 'string') {
          for (const [, name = ''] of value.matchAll(PLACEHOLDER)) {
            if (name === 'hours') continue;
            if (termIds.has(name)) used.add(name);
            else issue(path, `"{${name}}" is neither {hours} nor a term in terms`);
          }
        } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      };
      (['questions', 'outcomes', 'notes', 'questionsToAsk'] as const).forEach((key) => walk(quiz[key], [key]));
      quiz.terms.forEach((term, ti) => {
        if (!used.has(term.id)) issue(['terms', ti], `term "${term.id}" is never used: write {${term.id}} where it is needed`);
      });
    });
}

/** The self-check schema with guide names checked for their form only, for unit tests. */
export const quizSchema = makeQuizSchema(guideName);

export type Quiz = z.infer<typeof quizSchema>;
export type QuizText = z.infer<ReturnType<typeof audienceText>>;
export type QuizHours = Quiz['hours'];
export type QuizAlternative = z.infer<typeof quizAlternativeSchema>;
