/**
 * Diagrams drawn from data: each kind of figure becomes a list of plain
 * shapes (boxes, lines of text, arrows) in a 320-unit-wide picture, tall
 * enough for its words. Pure: no DOM, no Astro. FigureSvg.astro turns the
 * shapes into inline SVG, so the words stay real text that the Spanish
 * edition can translate, dark mode and forced colours can recolour, and
 * print turns black and white.
 *
 * Everything stacks top to bottom at one width, so a figure needs no
 * sideways room at 320 px and scales up without reflowing.
 */

export const WIDTH = 320;
const PAD = 10;
const FONT = 14;
const LINE = 18;
/**
 * Characters that fit in `width` units: a wide reading font (the site's
 * own, or a phone's system font) averages up to about 0.57 em a character,
 * bold about 0.62. Erring wide only costs a shorter line.
 */
export function charsIn(width: number, bold = false): number {
  return Math.floor(width / (FONT * (bold ? 0.62 : 0.57)));
}
const CHARS = charsIn(WIDTH - 4 * PAD);

export type Diagram =
  | { kind: 'ladder'; steps: readonly { label: string; detail?: string | undefined; mark?: boolean | undefined; id?: string | undefined }[] }
  | { kind: 'flow'; steps: readonly { ask: string; yes: string }[]; otherwise: string; yesLabel: string; nextLabel: string; endLabel: string }
  | { kind: 'path'; steps: readonly { label: string; detail?: string | undefined; mark?: boolean | undefined; arrow?: string | undefined }[] }
  | { kind: 'week'; hours: number; total: number; part: string; rest: string }
  | { kind: 'cycle'; nodes: readonly { label: string; detail?: string | undefined }[]; center?: string | undefined }
  | { kind: 'card'; title: string; rows: readonly { label: string; note: string }[] };

export type Shape =
  /** `key`: a step's id, so a page can highlight it (the self-check marks "your result"). */
  | { t: 'rect'; x: number; y: number; w: number; h: number; cls: 'box' | 'mark' | 'bar' | 'fill' | 'card'; key?: string | undefined }
  | { t: 'text'; x: number; y: number; lines: readonly string[]; cls: 'label' | 'detail' | 'small'; anchor?: 'start' | 'middle' }
  /** A line through the points, with an arrowhead at the last one. */
  | { t: 'arrow'; points: readonly (readonly [number, number])[] }
  | { t: 'circle'; cx: number; cy: number; r: number };

export interface Layout {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Breaks `text` into lines of at most `max` characters, at spaces (a longer word stands alone). */
export function wrap(text: string, max = CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A box of full or given width holding a bold label and an optional detail, at `y`. Returns its height. */
function box(shapes: Shape[], y: number, label: string, detail: string | undefined, cls: 'box' | 'mark', x = PAD, w = WIDTH - 2 * PAD, key?: string): number {
  const labelLines = wrap(label, charsIn(w - 2 * PAD, true));
  const detailLines = detail ? wrap(detail, charsIn(w - 2 * PAD)) : [];
  const h = PAD * 2 + labelLines.length * LINE + detailLines.length * (LINE - 2) + (detailLines.length ? 2 : 0);
  shapes.push({ t: 'rect', x, y, w, h, cls, key });
  shapes.push({ t: 'text', x: x + PAD, y: y + PAD + FONT, lines: labelLines, cls: 'label' });
  if (detailLines.length) shapes.push({ t: 'text', x: x + PAD, y: y + PAD + FONT + labelLines.length * LINE + 2, lines: detailLines, cls: 'detail' });
  return h;
}

function down(shapes: Shape[], y: number, label?: string): number {
  const h = label ? 34 : 24;
  shapes.push({ t: 'arrow', points: [[WIDTH / 2, y + 2], [WIDTH / 2, y + h - 2]] });
  if (label) shapes.push({ t: 'text', x: WIDTH / 2 + 10, y: y + h / 2 + 5, lines: [label], cls: 'small' });
  return h;
}

export function layout(d: Diagram): Layout {
  const shapes: Shape[] = [];
  let y = 2;
  switch (d.kind) {
    case 'ladder':
    case 'path': {
      // A ladder is rungs with a small gap; a path joins its steps with arrows,
      // each labelled by the step it leaves (e.g. "Step down").
      const steps: readonly { label: string; detail?: string | undefined; mark?: boolean | undefined; arrow?: string | undefined; id?: string | undefined }[] = d.steps;
      steps.forEach((s, i) => {
        if (i > 0) y += d.kind === 'path' ? down(shapes, y, steps[i - 1]!.arrow) : 6;
        y += box(shapes, y, s.label, s.detail, s.mark ? 'mark' : 'box', PAD, WIDTH - 2 * PAD, s.id);
      });
      break;
    }
    case 'flow': {
      // Every question is checked, whatever the answer: the main line runs
      // down the left edge from each question to the next ("Next"), and on
      // to the last box ("If all are no"). A question's "yes" branches off to
      // its action box, set in to the right of the main line. Nothing leaves
      // an action box, so no box reads as the way on to the next question.
      const lane = PAD + 12;
      const boxX = PAD + 40;
      const branch = boxX + 24;
      d.steps.forEach((s, i) => {
        y += box(shapes, y, s.ask, undefined, 'box');
        const from = y;
        shapes.push({ t: 'arrow', points: [[branch, from + 2], [branch, from + 26]] });
        shapes.push({ t: 'text', x: branch + 8, y: from + 19, lines: [d.yesLabel], cls: 'small' });
        y += 28;
        y += box(shapes, y, s.yes, undefined, 'mark', boxX, WIDTH - PAD - boxX);
        // The main line's label sits under the action box, beside the line.
        const label = wrap(i === d.steps.length - 1 ? d.endLabel : d.nextLabel, charsIn(WIDTH - PAD - lane - 10, true));
        shapes.push({ t: 'text', x: lane + 10, y: y + 8 + FONT, lines: label, cls: 'small' });
        y += 8 + label.length * LINE + 10;
        shapes.push({ t: 'arrow', points: [[lane, from + 2], [lane, y - 2]] });
      });
      y += box(shapes, y, d.otherwise, undefined, 'box');
      break;
    }
    case 'week': {
      const barW = WIDTH - 2 * PAD;
      const partW = Math.max(4, Math.round((barW * d.hours) / d.total));
      shapes.push({ t: 'rect', x: PAD, y, w: barW, h: 36, cls: 'bar' });
      shapes.push({ t: 'rect', x: PAD, y, w: partW, h: 36, cls: 'fill' });
      y += 36 + 8;
      const legend = WIDTH - 2 * PAD - 22;
      const part = wrap(d.part, charsIn(legend, true));
      shapes.push({ t: 'rect', x: PAD, y: y + 2, w: 14, h: 14, cls: 'fill' });
      shapes.push({ t: 'text', x: PAD + 22, y: y + FONT, lines: part, cls: 'label' });
      y += part.length * LINE + 8;
      const rest = wrap(d.rest, charsIn(legend));
      shapes.push({ t: 'rect', x: PAD, y: y + 2, w: 14, h: 14, cls: 'bar' });
      shapes.push({ t: 'text', x: PAD + 22, y: y + FONT, lines: rest, cls: 'detail' });
      y += rest.length * LINE;
      break;
    }
    case 'cycle': {
      // A loop read top to bottom: each step, an arrow, and back to the first
      // along a lane on the right.
      const w = WIDTH - 2 * PAD - 26;
      const lane = WIDTH - PAD;
      let firstMid = 0;
      let lastMid = 0;
      d.nodes.forEach((n, i) => {
        if (i > 0) {
          shapes.push({ t: 'arrow', points: [[PAD + w / 2, y + 2], [PAD + w / 2, y + 22]] });
          y += 24;
        }
        const h = box(shapes, y, n.label, n.detail, i === 0 ? 'mark' : 'box', PAD, w);
        if (i === 0) firstMid = y + h / 2;
        lastMid = y + h / 2;
        y += h;
      });
      shapes.push({ t: 'arrow', points: [[PAD + w, lastMid], [lane, lastMid], [lane, firstMid], [PAD + w + 2, firstMid]] });
      if (d.center) {
        y += 8;
        const lines = wrap(d.center, charsIn(WIDTH - 2 * PAD));
        shapes.push({ t: 'text', x: WIDTH / 2, y: y + FONT, lines, cls: 'detail', anchor: 'middle' });
        y += lines.length * LINE;
      }
      break;
    }
    case 'card': {
      const start = y;
      y += PAD;
      const title = wrap(d.title, charsIn(WIDTH - 4 * PAD, true));
      shapes.push({ t: 'text', x: PAD * 2, y: y + FONT, lines: title, cls: 'label' });
      y += title.length * LINE + 6;
      d.rows.forEach((r, i) => {
        shapes.push({ t: 'circle', cx: PAD * 2 + 9, cy: y + 9, r: 9 });
        shapes.push({ t: 'text', x: PAD * 2 + 9, y: y + 14, lines: [String(i + 1)], cls: 'small', anchor: 'middle' });
        const lines = wrap(r.label, charsIn(WIDTH - 4 * PAD - 26, true));
        shapes.push({ t: 'text', x: PAD * 2 + 26, y: y + FONT, lines, cls: 'label' });
        y += lines.length * LINE + 6;
      });
      shapes.splice(0, 0, { t: 'rect', x: PAD, y: start, w: WIDTH - 2 * PAD, h: y - start + PAD, cls: 'card' });
      y += PAD + 10;
      d.rows.forEach((r, i) => {
        const lines = wrap(`${i + 1}. ${r.note}`, charsIn(WIDTH - 2 * PAD));
        shapes.push({ t: 'text', x: PAD, y: y + FONT, lines, cls: 'detail' });
        y += lines.length * LINE + 4;
      });
      break;
    }
  }
  return { width: WIDTH, height: Math.ceil(y + 4), shapes };
}
