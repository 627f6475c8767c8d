import { z } from 'zod';

/**
 * The crisis lines: the only place their numbers and tel:/sms: targets are
 * written. Every page shows them through src/components/safety/CrisisLines.astro
 * (or, in a script, through crisisLinks() below); src/i18n holds only their
 * words, with `{emergency}`, `{lifeline}` and `{helpline}` where a sentence
 * names a number (CRISIS_NUMBERS fills them in). Change a number here and
 * every page changes; tests/unit/lib/crisis-lines.test.ts checks the list and
 * that no other file writes a number.
 */

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * What each line must be. A function, not a constant: the search script
 * imports this file for the list, and a schema built when the file loads
 * would put zod in its bundle.
 */
export function crisisLineSchema() {
  return z
    .strictObject({
      /** The name the site uses for the line: in code, and as its placeholder in src/i18n. */
      id: z.enum(['emergency', 'lifeline', 'helpline']),
      /** The number as a reader sees it and dials it. */
      number: z.string().regex(/^(\d{3}|1-\d{3}-\d{3}-\d{4})$/),
      /** The link that calls it. */
      call: z.string().regex(/^tel:\+?\d+$/),
      /** The link that texts it, for a line that takes texts. */
      text: z.string().regex(/^sms:\d+$/).optional(),
      /** src/i18n key: what the line is for, in a few words. */
      whenToUse: z.string().startsWith('crisis.'),
      /** src/i18n key: a short name for the crisis bar on a phone, for a number too long to fit. */
      shortName: z.string().startsWith('crisis.').optional(),
      /** The languages the line's own service says it answers in (none listed: it does not say). */
      languages: z.array(z.enum(['en', 'es'])),
    })
    .refine((line) => [line.call, line.text].every((href) => href === undefined || digits(href) === digits(line.number)), {
      message: 'every link must dial the number shown',
    });
}
export type CrisisLine = z.infer<ReturnType<typeof crisisLineSchema>>;
export type CrisisLineId = CrisisLine['id'];

/**
 * 911 first: in a medical emergency (an overdose, a seizure) it is the number
 * to call, and 988 is never put before it (SAMHSA's overdose toolkit: call
 * 911 for a suspected overdose; 988 is for a mental health or suicide crisis).
 */
export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: 'emergency',
    number: '911',
    call: 'tel:911',
    whenToUse: 'crisis.emergency.whenToUse',
    // No national source says which languages 911 answers in: each local
    // 911 centre decides (many add a phone interpreter), so none is claimed.
    languages: [],
  },
  {
    id: 'lifeline',
    number: '988',
    call: 'tel:988',
    text: 'sms:988',
    whenToUse: 'crisis.lifeline.whenToUse',
    // https://988lifeline.org/get-help/what-to-expect/: Spanish by pressing 2
    // on a call, by texting AYUDA to 988, and in chat.
    languages: ['en', 'es'],
  },
  {
    id: 'helpline',
    number: '1-800-662-4357',
    call: 'tel:+18006624357',
    whenToUse: 'crisis.helpline.whenToUse',
    shortName: 'crisis.helpline.shortName',
    // https://www.samhsa.gov/find-help/national-helpline: "in English and Spanish".
    languages: ['en', 'es'],
  },
];

export function crisisLine(id: CrisisLineId): CrisisLine {
  return CRISIS_LINES.find((line) => line.id === id)!;
}

/** Each line's number by id: the values for `{emergency}`, `{lifeline}` and `{helpline}` in src/i18n. */
export const CRISIS_NUMBERS = Object.fromEntries(CRISIS_LINES.map((line) => [line.id, line.number])) as Record<CrisisLineId, string>;

export interface CrisisLink {
  line: CrisisLine;
  href: string;
  /** src/i18n key for the link's words ("Call {number}", "Text {number}"). */
  label: 'crisis.call' | 'crisis.text';
}

/** The links for the given lines, in that order: each line's call, then its text where it takes texts. */
export function crisisLinks(ids: readonly CrisisLineId[]): CrisisLink[] {
  return ids.flatMap((id) => {
    const line = crisisLine(id);
    const call: CrisisLink = { line, href: line.call, label: 'crisis.call' };
    return line.text ? [call, { line, href: line.text, label: 'crisis.text' }] : [call];
  });
}
