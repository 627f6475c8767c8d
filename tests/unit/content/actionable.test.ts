import { describe, it, expect } from 'vitest';
import { readMdx } from '../../support/content-files';
import { mdxToPlainText } from '../../../src/lib/plain-text';
import { acronymsIn } from '../../../src/lib/acronyms';
import { guideSchema } from '../../../src/schemas/guide';

// Every guide easy to act on (PEMAT-P, shared/reviews/pemat-2026-12.md): a
// captioned diagram, a fill-in sheet, "What to do next", captioned tables,
// plain terms. Each failure names the file.
const MAX_ACRONYMS = 3;

for (const guide of readMdx('guides')) {
  describe(guide.file, () => {
    const parsed = guideSchema.safeParse(guide.frontmatter);
    const data = parsed.success ? parsed.data : undefined;
    const body = guide.body;

    it('has a captioned diagram with a text alternative, placed in the body', () => {
      expect(data?.figure, 'frontmatter "figure"').toBeDefined();
      expect(body).toMatch(/^<Figure \/>$/m);
    });

    it('has a fill-in or tick-box sheet, placed in the body', () => {
      expect(data?.tool, 'frontmatter "tool"').toBeDefined();
      expect(body).toMatch(/^<Tool \/>$/m);
    });

    it('closes with "What to do next" (three steps at most)', () => {
      expect(data?.nextSteps?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(data?.nextSteps?.length ?? 0).toBeLessThanOrEqual(3);
    });

    it('links the printable questions to ask a program', () => {
      const links = [body, ...(data?.nextSteps ?? []).map((s) => s.href ?? '')].join('\n');
      expect(links).toContain('/questions-to-ask/');
    });

    it('gives every table a visible caption and a "how to use" line', () => {
      const lines = body.split('\n');
      let open = 0;
      const bare: number[] = [];
      lines.forEach((line, i) => {
        if (/^<TableFigure\b/.test(line)) open++;
        else if (/^<\/TableFigure>/.test(line)) open--;
        else if (/^\|/.test(line) && !/^\|/.test(lines[i - 1] ?? '') && open === 0) bare.push(i + 1);
      });
      expect(bare, 'tables outside <TableFigure> (body line numbers)').toEqual([]);
    });

    it(`uses at most ${MAX_ACRONYMS} acronyms besides IOP in what readers read`, () => {
      const extra = [
        data?.title,
        data?.description,
        ...(data?.keyPoints ?? []),
        data?.figure && [data.figure.title, data.figure.howToUse, JSON.stringify(data.figure.diagram)].join(' '),
        data?.tool && [data.tool.title, data.tool.intro, ...data.tool.items.map((x) => x.label)].join(' '),
        ...(data?.nextSteps ?? []).map((s) => `${s.text} ${s.link ?? ''}`),
      ].filter(Boolean);
      const found = acronymsIn([mdxToPlainText(guide.source), ...extra].join('\n'));
      expect(found.length, found.join(', ')).toBeLessThanOrEqual(MAX_ACRONYMS);
    });

    it('keeps "TIP 47" and percentages out of reader text', () => {
      const text = mdxToPlainText(guide.source);
      expect(text).not.toMatch(/\bTIP\s?\d+/);
      expect(text).not.toMatch(/\d+(\.\d+)?\s?%/);
    });
  });
}
