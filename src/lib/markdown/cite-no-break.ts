/**
 * A citation mark never starts a line on its own. `<Cite id="…" />` follows
 * a sentence, often on the next line of the MDX source, so the space before
 * it was a place to wrap, and "[4]" could sit alone at the start of a line
 * (a usability test found 20 across 7 guides). The build turns the white
 * space before each citation mark into one no-break space
 * (src/integrations/cite-no-break.ts). Pure: a string in, a string out.
 */

/** The opening tag Cite.astro renders. */
export const CITE_OPEN = '<sup class="cite">';

/**
 * Only after text or an inline element: white space after a block (a
 * table, a list) is not a line to wrap, and a no-break space there would
 * be a line of its own.
 */
export function glueCitations(html: string): string {
  return html.replace(/(?<=[^>\s]|<\/(?:sup|a|strong|em|b|i|abbr|span|code|time)>)[ \t\r\n]+(?=<sup class="cite">)/g, '\u00a0');
}
