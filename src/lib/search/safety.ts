import { normalize } from './query';
import { CRISIS_NUMBERS } from '../crisis-lines';

/**
 * Searches where a reader may be in danger now. Their answer comes before
 * any result: what to do, in the site's agreed safety words (src/i18n:
 * `safety.*`, `crisis.*`), and a link to the section that says it in full.
 * A list an editor can change; tests/e2e/search.spec.ts holds each one to
 * the golden safety group in tests/fixtures/search-golden.json, and checks
 * every `href` leads to a section that exists.
 */
export interface SafetyAnswer {
  /** Names its words in src/i18n: `search.safety.<id>.title` and `.text`. */
  id: 'crisis' | 'overdose' | 'withdrawal';
  /** Reader words (normalized: lower case, no accents) that call it up. A phrase matches as whole words. */
  words: readonly string[];
  /** The section that says it in full. */
  href: string;
  /** Show the crisis lines (988 call and text, 911) in the answer itself. */
  crisisLines: boolean;
}

export const SAFETY_ANSWERS: readonly SafetyAnswer[] = [
  {
    id: 'crisis',
    words: ['suicide', 'suicidal', 'kill myself', 'end my life', 'self harm', 'hurt myself', CRISIS_NUMBERS.lifeline, 'crisis', 'emergency', CRISIS_NUMBERS.emergency, 'lifeline'],
    href: '/guides/is-iop-right-for-me/#if-you-are-in-danger-right-now',
    crisisLines: true,
  },
  {
    id: 'overdose',
    words: ['overdose', 'overdosing', 'overdosed', 'od', 'narcan', 'naloxone', 'not breathing', 'wont wake up', 'fentanyl'],
    href: '/guides/for-families/#if-someone-may-be-overdosing',
    crisisLines: false,
  },
  {
    id: 'withdrawal',
    words: ['seizure', 'seizures', 'detox', 'withdrawal', 'withdrawals', 'withdrawing', 'dts', 'delirium tremens', 'shakes', 'shaking', 'benzo', 'benzos', 'benzodiazepine', 'benzodiazepines', 'xanax'],
    href: '/guides/is-iop-right-for-me/#if-stopping-could-cause-dangerous-withdrawal',
    crisisLines: false,
  },
];

/** The safety answers a query calls up, most urgent first (the list's order). */
export function safetyAnswersFor(query: string, answers: readonly SafetyAnswer[] = SAFETY_ANSWERS): SafetyAnswer[] {
  const q = ` ${normalize(query)} `;
  return answers.filter((a) => a.words.some((w) => q.includes(` ${normalize(w)} `)));
}
