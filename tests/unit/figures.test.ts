import { describe, it, expect } from 'vitest';
import { layout, wrap, WIDTH, type Diagram } from '../../src/lib/figures/layout';
import { acronymsIn } from '../../src/lib/acronyms';
import { figureSchema } from '../../src/schemas/figure';

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
  { kind: 'flow', steps: [{ ask: 'Is anyone in danger right now?', yes: 'Call 911' }], otherwise: 'IOP may fit', yesLabel: 'Yes', noLabel: 'No' },
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
