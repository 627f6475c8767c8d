import { describe, it, expect } from 'vitest';
import { glueCitations } from '../../../../src/lib/markdown/cite-no-break';

describe('a citation mark never starts a line of its own', () => {
  it('turns the white space before each citation mark into one no-break space, and leaves other spaces alone', () => {
    const html = '<p>Longer treatment gives\nthe best results.  <sup class="cite"><a href="#source-a">[1]</a></sup> <sup class="cite"><a href="#source-b">[2]</a></sup> Then more.</p>';
    expect(glueCitations(html)).toBe(
      '<p>Longer treatment gives\nthe best results.\u00a0<sup class="cite"><a href="#source-a">[1]</a></sup>\u00a0<sup class="cite"><a href="#source-b">[2]</a></sup> Then more.</p>',
    );
  });

  it('leaves white space after a block alone: a no-break space there would be a line of its own', () => {
    const html = '</table></div>\n<sup class="cite">[3]</sup> <a href="/x/">a link</a> <sup class="cite">[4]</sup>';
    expect(glueCitations(html)).toBe('</table></div>\n<sup class="cite">[3]</sup> <a href="/x/">a link</a>\u00a0<sup class="cite">[4]</sup>');
  });
});

describe('in the guides, a citation mark follows the words it cites', () => {
  it('never stands as a paragraph of its own (after a list or a table it joins the last item, or a "Source" line in the table)', async () => {
    const { readMdx } = await import('../../../support/content-files');
    for (const { file, body } of readMdx('guides')) {
      const lines = body.split('\n');
      // MDX makes a line of nothing but components a block of its own, even right after a paragraph.
      const alone = lines.flatMap((line, i) =>
        (/^<Cite id=/.test(line) && (i === 0 || lines[i - 1]!.trim() === '')) || /^\s*(<Cite id="[^"]+" \/>\s*)+$/.test(line) ? [`${file}:${i + 1}: ${line}`] : [],
      );
      expect(alone).toEqual([]);
    }
  });
});
