/**
 * The column headings of a rendered table, for naming its scroll region.
 *
 * Wide guide tables sit in a focusable scroll box (ScrollTable.astro) that is
 * a named region, so keyboard and screen-reader users can find and scroll it.
 * Two regions with one name on a page cannot be told apart in a landmark list,
 * so each is named after its own columns: "Day, Example session".
 */
import { parse } from 'node-html-parser';

export function columnHeadings(tableHtml: string): string[] {
  const doc = parse(tableHtml);
  const row = doc.querySelector('thead tr') ?? doc.querySelector('tr');
  return (row?.querySelectorAll('th') ?? []).map((th) => th.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
