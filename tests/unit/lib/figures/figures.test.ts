import { describe, it, expect } from 'vitest';
import { layout, wrap, WIDTH, type Diagram } from '../../../../src/lib/figures/layout';
import { acronymsIn } from '../../../../src/lib/acronyms';
import { figureSchema } from '../../../../src/schemas/figure';
import { readMdx } from '../../../support/content-files';

describe('wrap', () => {
  it('breaks at spaces, never above the limit unless a word is longer, and loses no word', () => {
    const text = 'At least 9 hours a week for adults and 6 for teens, while you live at home';
    const lines = wrap(text, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(wrap('supercalifragilistic word', 5)).toEqual(['supercalifragilistic', 'word']);
  });
});

const EXAMPLES: Diagram[] = [
  { kind: 'ladder', steps: [{ label: 'Hospital care', detail: '24-hour medical care' }, { label: 'Intensive outpatient (IOP)', detail: 'At least 9 hours a week', mark: true }] },
  { kind: 'path', steps: [{ label: 'Residential care', arrow: 'Step down' }, { label: 'IOP' }, { label: 'Outpatient care' }] },
  {
    kind: 'flow',
    steps: [
      { ask: 'Is anyone in danger right now?', yes: 'Call 911' },
      { ask: 'Pregnant and using opioids?', yes: 'Do not stop suddenly. Call a prenatal care provider or opioid treatment program.' },
      { ask: 'Heavy daily drinking or benzos, past seizures, shakes, or opioid withdrawal?', yes: 'See a doctor first.' },
    ],
    otherwise: 'IOP may fit',
    yesLabel: 'Yes',
    nextLabel: 'Next question',
    endLabel: 'If all are no',
  },
  { kind: 'week', hours: 9, total: 168, part: 'IOP: about 9 hours', rest: 'The rest of your week: 159 hours' },
  { kind: 'cycle', nodes: [{ label: 'Thought' }, { label: 'Feeling' }, { label: 'Action' }], center: 'Change one and the others change' },
  { kind: 'card', title: 'Health plan card', rows: [{ label: 'Member ID', note: 'Give this when you call.' }, { label: 'Phone number', note: 'Call to ask what IOP costs.' }] },
];

describe('layout', () => {
  for (const d of EXAMPLES) {
    it(`draws a ${d.kind} inside the picture's width, with every word in it`, () => {
      const { width, height, shapes } = layout(d);
      expect(width).toBe(WIDTH);
      expect(height).toBeGreaterThan(40);
      for (const s of shapes) {
        if (s.t === 'rect') {
          expect(s.x).toBeGreaterThanOrEqual(0);
          expect(s.x + s.w).toBeLessThanOrEqual(WIDTH);
          expect(s.y + s.h).toBeLessThanOrEqual(height);
        }
        if (s.t === 'arrow') for (const [x, y] of s.points) expect(x <= WIDTH && y <= height).toBe(true);
      }
      // Every line fits inside the picture, at the widest the reading font gets (bold 0.62 em a character).
      for (const sh of shapes) {
        if (sh.t !== 'text') continue;
        for (const line of sh.lines) {
          const w = line.length * 14 * (sh.cls === 'label' || sh.cls === 'small' ? 0.62 : 0.57);
          const left = sh.anchor === 'middle' ? sh.x - w / 2 : sh.x;
          expect(left + w, `"${line}"`).toBeLessThanOrEqual(WIDTH);
        }
      }
      const drawn = shapes.flatMap((s) => (s.t === 'text' ? s.lines : [])).join(' ');
      const words = JSON.stringify(d).match(/"(label|detail|ask|yes|otherwise|part|rest|title|note|center|arrow)":"([^"]+)"/g) ?? [];
      for (const w of words) for (const word of w.split(':"')[1]!.replace(/"$/, '').split(' ')) expect(drawn).toContain(word);
    });
  }

  it('marks the highlighted step', () => {
    expect(layout(EXAMPLES[0]!).shapes.filter((s) => s.t === 'rect' && s.cls === 'mark')).toHaveLength(1);
  });

  it('fills the part of the week spent in treatment in proportion', () => {
    const rects = layout(EXAMPLES[3]!).shapes.filter((s): s is Extract<typeof s, { t: 'rect' }> => s.t === 'rect');
    const [bar, fill] = rects;
    expect(fill!.w / bar!.w).toBeCloseTo(9 / 168, 1);
  });
});

// A flowchart must say "check every question": the main line runs question
// to question, and each action box hangs off it with nothing leaving it. An
// arrow from an action box to the next question would read "go on only if
// no", and a reader could stop at the first box that fits (is-iop-right-for-me).
type Rect = Extract<ReturnType<typeof layout>['shapes'][number], { t: 'rect' }>;
type Arrow = Extract<ReturnType<typeof layout>['shapes'][number], { t: 'arrow' }>;
type Flow = Extract<Diagram, { kind: 'flow' }>;
const near = (a: number, b: number) => Math.abs(a - b) <= 4;
const across = (r: Rect, x: number) => x >= r.x && x <= r.x + r.w;
const touches = (r: Rect, [x, y]: readonly [number, number]) => across(r, x) && y >= r.y - 4 && y <= r.y + r.h + 4;
/** Where an arrow starts and where it points. */
const ends = (a: Arrow) => [a.points[0]!, a.points[a.points.length - 1]!] as const;

function checkFlow(d: Flow, where: string, shapes = layout(d).shapes) {
  const rects = shapes.filter((s): s is Rect => s.t === 'rect');
  const arrows = shapes.filter((s): s is Arrow => s.t === 'arrow');
  const actions = rects.filter((r) => r.cls === 'mark');
  // Questions in order, then the last box.
  const main = rects.filter((r) => r.cls === 'box');
  expect(actions, where).toHaveLength(d.steps.length);
  expect(main, where).toHaveLength(d.steps.length + 1);

  // Nothing leaves an action box.
  for (const a of arrows) {
    const [start] = ends(a);
    const from = actions.find((r) => touches(r, start));
    expect(from, `${where}: an arrow leaves the action box at y=${from?.y}`).toBeUndefined();
  }
  // Each question leads to its own action box ("Yes") and to the next question or the last box (the main line).
  d.steps.forEach((_, i) => {
    const q = main[i]!;
    const next = main[i + 1]!;
    const action = actions[i]!;
    const fromQ = arrows.filter((a) => near(ends(a)[0][1], q.y + q.h) && across(q, ends(a)[0][0]));
    const toAction = fromQ.filter((a) => near(ends(a)[1][1], action.y) && across(action, ends(a)[1][0]));
    const toNext = fromQ.filter((a) => near(ends(a)[1][1], next.y) && across(next, ends(a)[1][0]));
    expect(toAction, `${where}: question ${i + 1} → its action box`).toHaveLength(1);
    expect(toNext, `${where}: question ${i + 1} → ${i + 1 < d.steps.length ? `question ${i + 2}` : 'the last box'}`).toHaveLength(1);
    // The main line passes beside the action box, never through it.
    for (const [x] of toNext[0]!.points) expect(across(action, x), `${where}: the main line runs through action box ${i + 1}`).toBe(false);
    // The action box sits between the question and the next one, off the main line.
    expect(action.y).toBeGreaterThan(q.y + q.h);
    expect(action.y + action.h).toBeLessThan(next.y);
  });
  // Exactly those arrows: a branch and a main-line step per question.
  expect(arrows, where).toHaveLength(2 * d.steps.length);
  // The main line's words say to go on whatever the answer, never "No".
  const words = shapes.flatMap((s) => (s.t === 'text' && s.cls === 'small' ? s.lines : [])).join(' ');
  expect(words).toContain(d.nextLabel.split(' ')[0]);
  expect(words).toContain(d.endLabel.split(' ')[0]);
  expect(d.nextLabel, where).not.toMatch(/^(if )?(no|yes)\b/i);
}

describe('flowcharts', () => {
  it('run the main line question to question, with each action box off it and nothing leaving a box', () => {
    checkFlow(EXAMPLES[2] as Flow, 'example');
  });

  const flows = readMdx('guides').flatMap((g) => {
    const diagram = (g.frontmatter.figure as { diagram?: Diagram } | undefined)?.diagram;
    return diagram?.kind === 'flow' ? [{ file: g.file, diagram }] : [];
  });
  it('include the two guide flowcharts', () => {
    expect(flows.map((f) => f.file).sort()).toEqual(['content/guides/does-iop-work.mdx', 'content/guides/is-iop-right-for-me.mdx']);
  });
  for (const { file, diagram } of flows) {
    it(`${file}: the same, and it fits the 320-unit width`, () => {
      checkFlow(diagram, file);
      const { shapes } = layout(diagram);
      for (const sh of shapes) {
        if (sh.t === 'rect') expect(sh.x + sh.w).toBeLessThanOrEqual(WIDTH);
        if (sh.t === 'text') for (const line of sh.lines) expect(sh.x + line.length * 14 * (sh.cls === 'detail' ? 0.57 : 0.62), `"${line}"`).toBeLessThanOrEqual(WIDTH);
      }
    });
  }

  it('would catch the old layout, where "No" ran from each action box down to the next question', () => {
    const d = EXAMPLES[2] as Flow;
    const { shapes } = layout(d);
    const first = shapes.find((s): s is Rect => s.t === 'rect' && s.cls === 'mark')!;
    // The first main-line arrow, moved to start under the first action box, as it used to.
    let moved = false;
    const old = shapes.map((s) => {
      if (moved || s.t !== 'arrow' || s.points[0]![0] >= first.x) return s;
      moved = true;
      return { ...s, points: [[first.x + first.w / 2, first.y + first.h + 2], s.points[s.points.length - 1]!] as const };
    });
    expect(moved).toBe(true);
    expect(() => checkFlow(d, 'old layout', old)).toThrow(/an arrow leaves the action box/);
  });
});

describe('the figure schema', () => {
  const base = { title: 'Where IOP sits', howToUse: 'Read from the top down.', diagram: EXAMPLES[0] };
  it('asks for a text alternative that says what the picture says', () => {
    expect(figureSchema.safeParse({ ...base, alt: 'Diagram of the levels of care, from hospital to outpatient.' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...base, alt: 'Five levels of care, from most to least: hospital care at the top, IOP in the middle.' }).success).toBe(true);
  });
});

describe('acronymsIn', () => {
  it('counts each acronym once, skips the allowed ones and service names', () => {
    expect(acronymsIn('IOP and PHP. The FDA and the SAMHSA National Helpline. ASAM, PHP again, DTs, SMART Recovery.')).toEqual(['PHP', 'ASAM', 'DT']);
  });
});
