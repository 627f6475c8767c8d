import { describe, it, expect } from 'vitest';
import { glueCitations } from '../../src/lib/markdown/cite-no-break';

describe('a citation mark never starts a line of its own', () => {
  it('turns the white space before each citation mark into one no-break space, and leaves other spaces alone', () => {
    const html = '<p>Longer treatment gives\nthe best results.  <sup class="cite"><a href="#source-a">[1]</a></sup> <sup class="cite"><a href="#source-b">[2]</a></sup> Then more.</p>';
    expect(glueCitations(html)).toBe(
      '<p>Longer treatment gives\nthe best results.\u00a0<sup class="cite"><a href="#source-a">[1]</a></sup>\u00a0<sup class="cite"><a href="#source-b">[2]</a></sup> Then more.</p>',
    );
  });
});
