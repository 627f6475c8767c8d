import { describe, it, expect } from 'vitest';
import { splitSentences, listenPieces, normalizeText, MAX_PIECE, type ListenBlock } from '../../../../src/lib/listen/pieces';
import { pickVoice } from '../../../../src/lib/listen/voices';
import { LISTEN_SKIP_SELECTORS } from '../../../../src/lib/listen/skip';
import { INDEX_EXCLUDE_SELECTORS } from '../../../../src/lib/search/exclude';
import { readMdx } from '../../../support/content-files';

// "Listen to this page": the pure code that cuts a page's words into the
// pieces the speech engine reads (src/lib/listen/). The browser side is
// tested in tests/e2e/listen.spec.ts with a stand-in speech engine.

const words = (text: string) => normalizeText(text).split(' ').filter(Boolean);

describe('splitSentences', () => {
  it('keeps short text whole and collapses white space', () => {
    expect(splitSentences('  You go to group.\n\n ')).toEqual(['You go to group.']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('reads one or two sentences at a time', () => {
    const text =
      'IOP is a kind of treatment for drug and alcohol problems that meets for several hours a day. ' +
      'You live at home while you take part in it, and you can often keep your job or school. ' +
      'It works. Most programs meet three to five days a week for a few months.';
    const pieces = splitSentences(text);
    // Two sentences share a piece when together they are short (200 characters or less).
    expect(pieces).toEqual([
      'IOP is a kind of treatment for drug and alcohol problems that meets for several hours a day. You live at home while you take part in it, and you can often keep your job or school.',
      'It works. Most programs meet three to five days a week for a few months.',
    ]);
    // Never three.
    expect(splitSentences('One. Two. Three.')).toEqual(['One. Two.', 'Three.']);
  });

  it('does not end a sentence at "Dr.", at a decimal, or before a word in lower case', () => {
    expect(splitSentences('Ask Dr. Lee about it. She knows.')).toEqual(['Ask Dr. Lee about it. She knows.']);
    const levels =
      'IOP is Level 2.1 in the ASAM Criteria, and partial hospitalization is Level 2.5 on the same scale that programs use. ' +
      'Dr. Smith at the clinic can tell you which level your program is and what that means for your insurance.';
    const pieces = splitSentences(levels);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toContain('Level 2.1 in the ASAM Criteria');
    expect(pieces[0]).toContain('Level 2.5 on the same scale');
    expect(pieces[1]!.startsWith('Dr. Smith at the clinic')).toBe(true);
    // "e.g." need not be perfect, but it must not lose words.
    const eg = 'Some plans, e.g. Medicaid, pay for it. Ask yours.';
    expect(splitSentences(eg).join(' ')).toBe(eg);
  });

  it('ends sentences at question and exclamation marks and after closing quotes', () => {
    const text = `${'Is IOP right for me and for the people I live with every day? '.repeat(2)}“Yes,” she said. “It helped.” Then she left the room and went home to her family.`;
    const pieces = splitSentences(text);
    expect(pieces.every((p) => p.length <= MAX_PIECE)).toBe(true);
    expect(pieces.join(' ')).toBe(normalizeText(text));
    expect(pieces[0]).toBe('Is IOP right for me and for the people I live with every day? Is IOP right for me and for the people I live with every day?');
  });

  it('splits a 900-character sentence at commas into pieces of at most 300 characters', () => {
    const clauses = Array.from({ length: 30 }, (_, i) => `step ${i + 1} is to talk with the team about your plan`);
    const sentence = `${clauses.join(', ')}.`;
    expect(sentence.length).toBeGreaterThan(900);
    const pieces = splitSentences(sentence);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(300);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith(','), piece).toBe(true);
    expect(pieces.join(' ')).toBe(sentence);
  });

  it('splits at semicolons, then at spaces, then anywhere', () => {
    const semi = `${Array.from({ length: 12 }, () => 'you keep your job and home life while you get care').join('; ')}.`;
    const bySemi = splitSentences(semi);
    for (const piece of bySemi.slice(0, -1)) expect(piece.endsWith(';')).toBe(true);
    expect(bySemi.join(' ')).toBe(semi);

    const noCommas = `${'word '.repeat(200).trim()}.`;
    const bySpace = splitSentences(noCommas);
    expect(bySpace.every((p) => p.length <= 300 && !p.startsWith(' ') && !p.endsWith(' '))).toBe(true);
    expect(bySpace.join(' ')).toBe(noCommas);

    const oneWord = 'x'.repeat(700);
    expect(splitSentences(oneWord).map((p) => p.length)).toEqual([300, 300, 100]);
    expect(splitSentences(oneWord).join('')).toBe(oneWord);
  });

  it('honours a smaller maximum', () => {
    const pieces = splitSentences('One two three four five six seven eight nine ten.', 20);
    expect(pieces.every((p) => p.length <= 20)).toBe(true);
    expect(pieces.join(' ')).toBe('One two three four five six seven eight nine ten.');
  });
});

describe('listenPieces', () => {
  const guide: ListenBlock[] = [
    { kind: 'heading', level: 1, text: 'What is IOP?' },
    { kind: 'text', text: 'A short summary.' },
    { kind: 'heading', level: 2, text: 'In short' },
    { kind: 'item', text: 'IOP meets 9 or more hours a week.' },
    { kind: 'item', text: '' },
    { kind: 'heading', level: 2, text: 'How it works' },
    { kind: 'heading', level: 3, text: 'Groups' },
    { kind: 'text', text: 'You meet in a group.   You talk.' },
    { kind: 'heading', level: 2, text: 'Costs' },
    { kind: 'cell', text: 'Medicaid' },
    { kind: 'cell', text: 'Often covers IOP' },
  ];

  it('keeps the order, skips empty blocks, and numbers sections at the top heading level after the title', () => {
    const { pieces, sections } = listenPieces(guide);
    expect(sections).toBe(4);
    expect(pieces.map((p) => [p.text, p.block, p.section])).toEqual([
      ['What is IOP?', 0, 1],
      ['A short summary.', 1, 1],
      ['In short', 2, 2],
      ['IOP meets 9 or more hours a week.', 3, 2],
      ['How it works', 5, 3],
      ['Groups', 6, 3],
      ['You meet in a group. You talk.', 7, 3],
      ['Costs', 8, 4],
      ['Medicaid', 9, 4],
      ['Often covers IOP', 10, 4],
    ]);
  });

  it('says where each piece is in its block (normalized), for the highlight', () => {
    const long = `${'You keep going to work, '.repeat(20)}and you get care.`;
    const { pieces } = listenPieces([{ kind: 'text', text: `  ${long}  ` }]);
    const clean = normalizeText(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(clean.slice(p.start, p.end)).toBe(p.text);
  });

  it('makes each term a section where terms are the only headings after the title (the glossary)', () => {
    const glossary: ListenBlock[] = [
      { kind: 'heading', level: 1, text: 'Glossary' },
      { kind: 'text', text: 'Words used on this site.' },
      { kind: 'heading', level: 6, text: 'ASAM Criteria' },
      { kind: 'text', text: 'A guide to levels of care.' },
      { kind: 'heading', level: 6, text: 'Detox' },
      { kind: 'text', text: 'Help to stop safely.' },
    ];
    const { pieces, sections } = listenPieces(glossary);
    expect(sections).toBe(3);
    expect(pieces.map((p) => p.section)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('has one section when there is no heading after the first block, and none when there are no words', () => {
    expect(listenPieces([{ kind: 'text', text: 'One.' }, { kind: 'item', text: 'Two.' }]).sections).toBe(1);
    expect(listenPieces([{ kind: 'text', text: ' ' }])).toEqual({ pieces: [], sections: 0 });
    expect(listenPieces([])).toEqual({ pieces: [], sections: 0 });
  });
});

/**
 * A guide's MDX as blocks, roughly as the page shows it: frontmatter,
 * imports, JSX tags, citation marks and markdown syntax dropped; headings,
 * list items, table cells and paragraphs each a block.
 */
function mdxBlocks(body: string): ListenBlock[] {
  const blocks: ListenBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'text', text: paragraph.join(' ') });
    paragraph = [];
  };
  const inline = (line: string) =>
    line
      .replace(/<Cite[^>]*\/>/g, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/[*_`]+/g, '');
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || /^(import|export)\s/.test(line) || /^<\/?[A-Z]/.test(line) || /^\|?\s*:?-{3,}/.test(line)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: inline(heading[2]!) });
    } else if (item) {
      flush();
      blocks.push({ kind: 'item', text: inline(item[1]!) });
    } else if (line.startsWith('|')) {
      flush();
      for (const cell of line.split('|').slice(1, -1)) blocks.push({ kind: 'cell', text: inline(cell) });
    } else if (/^>\s?/.test(line)) {
      paragraph.push(inline(line.replace(/^>\s?/, '')));
    } else if (blocks.at(-1)?.kind === 'item' && !paragraph.length && /^\s{2,}\S/.test(raw)) {
      // A list item's continuation line.
      const last = blocks.at(-1)!;
      last.text += ` ${inline(line)}`;
    } else {
      paragraph.push(inline(line));
    }
  }
  flush();
  return blocks;
}

describe('every guide, read aloud', () => {
  const guides = readMdx('guides');

  it('finds the guides', () => {
    expect(guides.length).toBeGreaterThanOrEqual(10);
  });

  for (const guide of guides) {
    it(`${guide.file}: pieces of at most 300 characters, in order, no words lost, none empty`, () => {
      const title = String(guide.frontmatter['title'] ?? '');
      const points = (guide.frontmatter['keyPoints'] as string[] | undefined) ?? [];
      const blocks: ListenBlock[] = [
        { kind: 'heading', level: 1, text: title },
        { kind: 'text', text: String(guide.frontmatter['description'] ?? '') },
        { kind: 'heading', level: 2, text: 'In short' },
        ...points.map((p): ListenBlock => ({ kind: 'item', text: p })),
        ...mdxBlocks(guide.body),
      ];
      const { pieces, sections } = listenPieces(blocks);
      expect(pieces.length).toBeGreaterThan(20);
      expect(pieces[0]!.text).toBe(normalizeText(title));
      expect(sections).toBeGreaterThan(3);

      for (const p of pieces) {
        expect(p.text.length, p.text).toBeLessThanOrEqual(300);
        expect(p.text.trim(), `an empty piece in block ${p.block}`).not.toBe('');
        expect(p.text).toBe(p.text.trim());
      }
      // Order: blocks and sections never go back, and pieces of a block follow one another.
      for (let i = 1; i < pieces.length; i++) {
        const [a, b] = [pieces[i - 1]!, pieces[i]!];
        expect(b.block).toBeGreaterThanOrEqual(a.block);
        expect(b.section).toBeGreaterThanOrEqual(a.section);
        if (a.block === b.block) expect(b.start).toBeGreaterThanOrEqual(a.end);
      }
      // Nothing lost, nothing added: the pieces' words are the blocks' words, in order.
      expect(pieces.flatMap((p) => words(p.text))).toEqual(blocks.flatMap((b) => words(b.text)));
      // Each block's pieces, joined, give back its text.
      blocks.forEach((block, i) => {
        const own = pieces.filter((p) => p.block === i).map((p) => p.text);
        expect(own.join(' ')).toBe(normalizeText(block.text));
      });
    });
  }
});

describe('pickVoice', () => {
  const voice = (lang: string, localService: boolean, isDefault = false) => ({ lang, localService, default: isDefault, name: `${lang}${localService ? '' : ' (online)'}` });

  it('takes only on-device voices in the page language', () => {
    expect(pickVoice([voice('en-US', false), voice('fr-FR', true)], 'en')).toBeUndefined();
    expect(pickVoice([voice('en-US', false), voice('en-GB', true)], 'en')?.name).toBe('en-GB');
    expect(pickVoice([], 'en')).toBeUndefined();
    expect(pickVoice([voice('en-US', true)], '')).toBeUndefined();
  });

  it('prefers the exact language, then the default voice; reads "en_US" as "en-US"; never "eng" for "en"', () => {
    const voices = [voice('en-GB', true), voice('en_US', true), voice('en-AU', true, true)];
    expect(pickVoice(voices, 'en-US')?.name).toBe('en_US');
    expect(pickVoice(voices, 'en')?.name).toBe('en-AU');
    expect(pickVoice([voice('es-MX', true), voice('es-ES', true)], 'es')?.name).toBe('es-MX');
    expect(pickVoice([voice('eng', true)], 'en')).toBeUndefined();
  });
});

describe('what is never read aloud', () => {
  it('leaves out what search leaves out, and what is not on screen or not prose', () => {
    for (const selector of INDEX_EXCLUDE_SELECTORS) expect(LISTEN_SKIP_SELECTORS).toContain(selector);
    for (const selector of ['.cite', '.sources', '.toc', '.breadcrumb', 'page-actions', '.print-qr', 'nav', '.print-only', '[data-pagefind-ignore]', 'listen-page', 'button']) {
      expect(LISTEN_SKIP_SELECTORS).toContain(selector);
    }
  });
});
