/**
 * Acronyms in a page's reader text, for the plain-language rule: at most
 * three besides IOP, each spelled out at first use (PEMAT-P item 3; AHRQ:
 * "more than a few" acronyms hurt understanding, even spelled out).
 */

/** Known to nearly every reader, or part of the site's own subject: not counted. */
export const ACRONYMS_ALLOWED = ['IOP', 'IOPs', 'FDA', 'US', 'VA', 'HIV', 'TTY', 'OK', 'ZIP'] as const;

/** Service names a reader needs exactly as written, acronym and all: removed before counting. */
const SERVICE_NAMES = [/SAMHSA(['’]s)? National Helpline/g, /SAMHSA Helpline/g, /FindTreatment\.gov/g, /988lifeline\.org/gi, /1-800-662-HELP/g, /\(HELP4U\)/g, /SMART Recovery/g];

/** The distinct acronyms in `text`, in order of first use ("DTs" counts as DT). */
export function acronymsIn(text: string): string[] {
  let rest = text;
  for (const name of SERVICE_NAMES) rest = rest.replace(name, ' ');
  const found: string[] = [];
  for (const [, word] of rest.matchAll(/\b([A-Z][A-Z0-9]*[A-Z])s?\b/g)) {
    if (!word || (ACRONYMS_ALLOWED as readonly string[]).includes(word) || found.includes(word)) continue;
    found.push(word);
  }
  return found;
}
