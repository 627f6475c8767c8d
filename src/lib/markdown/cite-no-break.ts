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

export function glueCitations(html: string): string {
  return html.replace(/[ \t\r\n]+(?=<sup class="cite">)/g, '\u00a0');
}
