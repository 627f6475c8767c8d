/**
 * Reads named sections of a guide's MDX body at build time, so pages such as
 * the printable question checklist and the FAQ data for search engines are
 * made from the guide an editor already keeps up to date, never a second copy.
 *
 * It understands the small subset of MDX the guides use in prose: `##`/`###`
 * headings, paragraphs, `[text](href)` links, `**bold**`/`*italic*` markers
 * and `<Cite id="…" />`. Anything else is kept as text.
 */

/** One run of inline content: text, a link, or a citation of a guide source. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'link'; text: string; href: string }
  | { type: 'cite'; id: string };

/** A `###` subsection: its heading and the raw MDX under it. */
export interface Subsection {
  heading: string;
  body: string;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

const sameHeading = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The raw MDX under the `## heading` (matched ignoring case), up to the next
 * `#` or `##` heading. `undefined` when the guide has no such section.
 */
export function findSection(body: string, heading: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => {
    const m = HEADING.exec(line);
    return m?.[1] === '##' && sameHeading(m[2]!, heading);
  });
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => {
    const m = HEADING.exec(line);
    return m !== null && m[1]!.length <= 2;
  });
  return (end === -1 ? rest : rest.slice(0, end)).join('\n');
}

/** Splits a section at its `###` headings: the text before the first one, and each subsection. */
export function subsections(section: string): { intro: string; items: Subsection[] } {
  const intro: string[] = [];
  const items: { heading: string; lines: string[] }[] = [];
  for (const line of section.split('\n')) {
    const m = HEADING.exec(line);
    if (m?.[1] === '###') items.push({ heading: m[2]!, lines: [] });
    else if (items.length) items[items.length - 1]!.lines.push(line);
    else intro.push(line);
  }
  return { intro: intro.join('\n'), items: items.map((i) => ({ heading: i.heading, body: i.lines.join('\n') })) };
}

/** Paragraphs of a block of MDX: split at blank lines, each paragraph's lines joined with a space. */
export function paragraphs(mdx: string): string[] {
  return mdx
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Curly quotes and apostrophes, as Astro's Markdown renders them
 * ("can't" -> "can’t"), so text taken from a guide here reads exactly like
 * the guide itself.
 */
export function smartQuotes(text: string, before = ''): string {
  // `before` is the character in front of the text (e.g. the end of a link), which decides opening or closing.
  const marked = `${before.slice(-1) || ' '}${text}`;
  return marked
    .replace(/(^|[\s([{\u2014-])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u2014-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .slice(1);
}

const TOKEN = /<Cite\s+id="([^"]+)"\s*\/>|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Parses one paragraph into text, links and citations. Emphasis markers are dropped; spaces are collapsed. */
export function parseInline(paragraph: string): Inline[] {
  const out: Inline[] = [];
  const pushText = (raw: string, before: string) => {
    const value = smartQuotes(raw.replace(/\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g, '').replace(/\s+/g, ' '), before);
    if (!value) return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  let at = 0;
  for (const m of paragraph.matchAll(TOKEN)) {
    pushText(paragraph.slice(at, m.index), paragraph.slice(0, at));
    if (m[1] !== undefined) out.push({ type: 'cite', id: m[1] });
    else out.push({ type: 'link', text: smartQuotes(m[2]!, paragraph.slice(0, m.index)), href: m[3]! });
    at = m.index + m[0].length;
  }
  pushText(paragraph.slice(at), paragraph.slice(0, at));
  // Trim the ends so a paragraph never starts or ends with a space.
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out.filter((i) => i.type !== 'text' || i.value !== '');
}

/** The words a reader reads: link text kept, citations dropped, spacing tidied. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((i) => (i.type === 'text' ? i.value : i.type === 'link' ? i.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}
