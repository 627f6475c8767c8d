import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { SiteWords, pageKind, asksForDefinition, kindWeight, NON_GUIDE_WEIGHT } from '../../../../src/lib/search/words';
import { runSearch, type SearchEngine } from '../../../../src/lib/search/run';
import { normalize } from '../../../../src/lib/search/query';
import { statusFor } from '../../../../src/lib/search/status';
import { safetyAnswersFor, SAFETY_ANSWERS } from '../../../../src/lib/search/safety';
import { toDefinitionView, markWords } from '../../../../src/lib/search/results';
import { siteWordsFile } from '../../../../src/lib/search/site-words-file';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../../../support/content-files';

// Search that says "nothing" when nothing matches, puts the guide that
// answers first, and leads with safety answers (src/lib/search/words.ts,
// safety.ts, results.ts).

const words = new SiteWords({
  words: 'detox detoxification withdrawal meeting meetings insurance naloxone narcan na family use used using study studies',
  pages: {
    g1: { kind: 'guide', url: '/guides/a/', title: 'A guide' },
    gl: { kind: 'glossary', url: '/glossary/', title: 'Glossary' },
    g2: { kind: 'guide', url: '/guides/b/', title: 'B guide' },
  },
});

describe('SiteWords: which of the reader\'s words some page uses', () => {
  it('finds a word as written, with an English ending, and from a word still being typed', () => {
    expect(words.formsOf('detox').sort()).toEqual(['detox', 'detoxification']);
    expect(words.formsOf('meetings').sort()).toEqual(['meeting', 'meetings']);
    expect(words.formsOf('using').sort()).toContain('use');
    expect(words.formsOf('study').sort()).toEqual(['studies', 'study']);
    expect(words.formsOf('insur')).toEqual(['insurance']);
  });

  it('never matches a shorter word or a fragment: "narcan" is not "na", "nar" is nothing', () => {
    expect(words.formsOf('narcan')).toEqual(['narcan']);
    expect(words.formsOf('nar')).toEqual([]);
    expect(words.formsOf('asdf')).toEqual([]);
    expect(words.formsOf('son')).toEqual([]);
  });

  it('knows a phrase only when every word of it is on some page', () => {
    expect(words.has('family meeting')).toBe(true);
    expect(words.has('family asdf')).toBe(false);
  });

  it('tells a result\'s kind of page by its id, and lists the guides for a dead end', () => {
    expect(words.kindOf('gl')).toBe('glossary');
    expect(words.kindOf('unknown')).toBe('page');
    expect(words.guides().map((g) => g.url)).toEqual(['/guides/a/', '/guides/b/']);
  });
});

describe('what kind of page answers', () => {
  it('names each page by its address', () => {
    expect(pageKind('/guides/what-is-iop/')).toBe('guide');
    expect(pageKind('/glossary/#detox')).toBe('glossary');
    expect(pageKind('/quiz/')).toBe('self-check');
    expect(pageKind('/referral-staff/')).toBe('referral');
    expect(pageKind('/guides/')).toBe('page');
    expect(pageKind('/about/')).toBe('page');
  });

  it('reads a request for a definition', () => {
    for (const q of ['what is detox', "What's CBT?", 'define ASAM', 'PHP meaning', 'what does IOP stand for']) expect(asksForDefinition(q), q).toBe(true);
    for (const q of ['do I need detox', 'how much does it cost', 'detox']) expect(asksForDefinition(q), q).toBe(false);
  });

  it('counts the glossary, the self-check and the referral page half, unless asked for', () => {
    expect(kindWeight('guide', 'detox')).toBe(1);
    expect(kindWeight('glossary', 'do I need detox')).toBe(NON_GUIDE_WEIGHT);
    expect(kindWeight('glossary', 'what is detox')).toBe(1);
    expect(kindWeight('self-check', 'is iop right for me')).toBe(NON_GUIDE_WEIGHT);
    expect(kindWeight('self-check', 'iop quiz')).toBe(1);
    expect(kindWeight('referral', 'referral handout')).toBe(1);
    expect(kindWeight('page', 'detox')).toBe(NON_GUIDE_WEIGHT);
  });
});

describe('runSearch with the site\'s words', () => {
  /** A fake Pagefind that, like the real one, shortens a word it does not know until something matches. */
  function engine(pages: Record<string, string>) {
    const queries: string[] = [];
    const fake: SearchEngine = {
      async search(query) {
        queries.push(query ?? '');
        const asked = normalize(query ?? '').split(' ').filter(Boolean);
        const results = Object.entries(pages)
          .filter(([, text]) => asked.every((w) => text.split(' ').some((t) => t.startsWith(w.slice(0, 2)))))
          .map(([id, text]) => ({ id, score: asked.filter((w) => text.includes(w)).length + 1 }));
        return { results };
      },
    };
    return { fake, queries };
  }

  it('finds nothing for nonsense, and never asks Pagefind', async () => {
    const { fake, queries } = engine({ g1: 'as well as detox', g2: 'as in family' });
    const outcome = await runSearch(fake, 'asdf', { words });
    expect(outcome.results).toEqual([]);
    expect(outcome.unknown).toEqual(['asdf']);
    expect(queries).toEqual([]);
    expect(statusFor({ query: 'asdf', count: 0, broadened: outcome.broadened }).key).toBe('search.status.none');
  });

  it('says when only some of the words are on any page', async () => {
    const { fake } = engine({ g1: 'detox withdrawal', g2: 'family meeting' });
    const outcome = await runSearch(fake, 'detox xyzzy', { words });
    expect(outcome.results.map((r) => r.id)).toEqual(['g1']);
    expect(outcome.unknown).toEqual(['xyzzy']);
    expect(outcome.broadened).toBe(true);
    expect(statusFor({ query: 'detox xyzzy', count: 1, broadened: true }).key).toBe('search.status.broadenedOne');
  });

  it('puts the guide that answers above a glossary entry with the same words, unless a definition is asked for', async () => {
    const { fake } = engine({ gl: 'detox detox detox withdrawal', g1: 'detox withdrawal' });
    expect((await runSearch(fake, 'do I need detox', { words })).results.map((r) => r.id)).toEqual(['g1', 'gl']);
    expect((await runSearch(fake, 'what is detox', { words })).results.map((r) => r.id)).toEqual(['gl', 'g1']);
  });
});

describe('safety answers come first', () => {
  it('answers danger words, most urgent first, and ignores the same letters inside other words', () => {
    expect(safetyAnswersFor('narcan').map((a) => a.id)).toEqual(['overdose']);
    expect(safetyAnswersFor('Is he overdosing?').map((a) => a.id)).toEqual(['overdose']);
    expect(safetyAnswersFor('alcohol withdrawal seizures').map((a) => a.id)).toEqual(['withdrawal']);
    expect(safetyAnswersFor('I want to kill myself').map((a) => a.id)).toEqual(['crisis']);
    expect(safetyAnswersFor('988').map((a) => a.id)).toEqual(['crisis']);
    expect(safetyAnswersFor('suicide after detox').map((a) => a.id)).toEqual(['crisis', 'withdrawal']);
    expect(safetyAnswersFor('how much does IOP cost')).toEqual([]);
    expect(safetyAnswersFor('methods of payment')).toEqual([]);
  });

  it('links each answer to a section a guide really has', () => {
    for (const a of SAFETY_ANSWERS) {
      const [, slug, anchor] = a.href.match(/^\/guides\/([^/]+)\/#(.+)$/) ?? [];
      expect(slug, a.href).toBeDefined();
      const mdx = readFileSync(resolve(ROOT, `content/guides/${slug}.mdx`), 'utf8');
      const headings = [...mdx.matchAll(/^#{2,3} (.+)$/gm)].map((m) => normalize(m[1]!).replace(/ /g, '-'));
      // The overdose box is a component: its heading comes from the i18n words, and the guide must use it.
      const hasBox = anchor === 'if-someone-may-be-overdosing' && mdx.includes('<OverdoseBox');
      expect(headings.includes(anchor!) || hasBox, `${a.href}: no such section in content/guides/${slug}.mdx`).toBe(true);
    }
  });
});

describe('a glossary hit shows as its entry', () => {
  const data = {
    url: '/glossary/',
    excerpt: 'x',
    content: 'Glossary. Detox. Short for detoxification. Care that helps you stop safely, with a doctor. It can take days. Relapse. Using again.',
    meta: { title: 'Glossary' },
    sub_results: [
      { title: 'Detox', url: '/glossary/#detox', excerpt: '…<mark>detox</mark>…', locations: [1, 4], anchor: { id: 'detox', element: 'dt', location: 1 } },
      { title: 'Relapse', url: '/glossary/#relapse', excerpt: '…', locations: [], anchor: { id: 'relapse', element: 'dt', location: 17 } },
    ],
  };

  it('the term, its definition to the first full stop, and a link to the entry itself', () => {
    const view = toDefinitionView(data, ['detox'])!;
    expect(view.title).toBe('Detox');
    expect(view.url).toBe('/glossary/?highlight=detox#detox');
    expect(view.excerpt.map((p) => p.text).join('')).toBe('Short for detoxification.');
    expect(view.definition).toBe(true);
  });

  it('marks whole words only', () => {
    expect(markWords('The son of a person', ['son'])).toEqual([
      { text: 'The ', mark: false },
      { text: 'son', mark: true },
      { text: ' of a person', mark: false },
    ]);
  });
});

describe('the site\'s words file, built from what Pagefind indexed', () => {
  const fragment = (page: object) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(page)}`));

  it('holds every indexed word and each page\'s kind, and refuses a fragment it cannot read', () => {
    const file = siteWordsFile([
      { id: 'en_1', content: fragment({ url: '/glossary/', content: 'Detox. Care that helps.', meta: { title: 'Glossary' } }) },
      { id: 'en_2', content: fragment({ url: '/guides/a/', content: 'Naloxone (Narcan) saves lives.', meta: { title: 'A guide' } }) },
    ]);
    expect(file.words.split(' ')).toEqual(['a', 'care', 'detox', 'glossary', 'guide', 'helps', 'lives', 'naloxone', 'narcan', 'saves', 'that']);
    expect(file.pages['en_2']).toEqual({ kind: 'guide', url: '/guides/a/', title: 'A guide' });
    expect(() => siteWordsFile([{ id: 'en_3', content: gzipSync(Buffer.from('{}')) }])).toThrow(/en_3/);
  });
});
