import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentTerms, normalize, synonymsOf, isAlias, resolveAlias } from '../../../../src/lib/search/query';
import { planSearch, highlightTerms, ALIAS_LITERAL_WEIGHT, sortTerms, toPagefindQuery, type Attempt } from '../../../../src/lib/search/plan';
import { mergeResults } from '../../../../src/lib/search/merge';
import { runSearch, type SearchEngine, type Filters } from '../../../../src/lib/search/run';
import { parseExcerpt, decodeEntities, withHighlight, toResultView } from '../../../../src/lib/search/results';
import { isOpenSearchKey } from '../../../../src/lib/search/keys';
import { moveIndex } from '../../../../src/lib/search/result-keys';
import { statusFor } from '../../../../src/lib/search/status';
import { SiteWords } from '../../../../src/lib/search/words';
import { ONE_WAY, READER_WORDS, SYNONYM_GROUPS } from '../../../../src/lib/search/synonyms';
import { STOP_WORDS } from '../../../../src/lib/search/stop-words';
import { readMdx, ROOT } from '../../../support/content-files';

describe('query words', () => {
  it('lower-cases, drops accents and apostrophes, and turns other punctuation into spaces', () => {
    expect(normalize("Don't   know: 12-step?")).toBe('dont know 12 step');
    expect(normalize('Café ÉLAN')).toBe('cafe elan');
  });

  it('keeps the words that say what a reader wants and drops the rest', () => {
    expect(contentTerms('How many hours a week?')).toEqual(['hours', 'week']);
    expect(contentTerms('Can I keep my job')).toEqual(['keep', 'job']);
    expect(contentTerms('what is it')).toEqual([]);
  });

  it('keeps phrases from the synonym map whole, even when one of their words is a stop word', () => {
    expect(contentTerms('when do I step down')).toEqual(['step down']);
    expect(contentTerms('going to IOP after inpatient')).toEqual(['iop', 'after inpatient']);
    expect(contentTerms('do I have to go to 12-step meetings')).toEqual(['12 step', 'meetings']);
  });

  it('keeps "not": "not enough" and "not sure" are what the reader is asking about', () => {
    expect(contentTerms('what if IOP is not enough')).toEqual(['iop', 'not', 'enough']);
  });

  it('drops repeated words and stops at six', () => {
    expect(contentTerms('detox detox DETOX')).toEqual(['detox']);
    expect(contentTerms('one two three four five six seven eight')).toHaveLength(6);
  });
});

describe('synonym map', () => {
  it('expands a word to the rest of its group, both ways', () => {
    expect(synonymsOf('detox')).toEqual(['withdrawal']);
    expect(synonymsOf('withdrawal')).toEqual(['detox']);
    expect(synonymsOf('insurance')).toEqual(expect.arrayContaining(['cost', 'pay']));
  });

  it("maps readers' words one way, to the words the guides use", () => {
    expect(synonymsOf('suboxone')).toEqual(['buprenorphine', 'medicine']);
    expect(synonymsOf('buprenorphine')).toEqual([]);
    expect(isAlias('son')).toBe(true);
    expect(resolveAlias('son')).toBe('family');
    expect(resolveAlias('after inpatient')).toBe('step down');
    expect(isAlias('family')).toBe(false);
    expect(resolveAlias('detox')).toBe('detox');
  });

  it('finds plural forms of listed words', () => {
    expect(synonymsOf('meetings')).toEqual(['mutual help', 'twelve step']);
    expect(synonymsOf('sons')).toEqual(['family']);
  });

  it('does not treat "work" as "job": "does IOP work" asks about results', () => {
    expect(synonymsOf('work')).toEqual([]);
    expect(synonymsOf('job')).toContain('work');
  });

  const groupWords = SYNONYM_GROUPS.flat();
  const maps = { ONE_WAY, READER_WORDS };
  it('is written in normalised words, with each word listed once', () => {
    const keys = [...groupWords, ...Object.keys(ONE_WAY), ...Object.keys(READER_WORDS)];
    for (const word of [...keys, ...Object.values(maps).flatMap((m) => Object.values(m).flat())]) {
      expect(normalize(word), word).toBe(word);
    }
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const group of SYNONYM_GROUPS) expect(group.length).toBeGreaterThan(1);
  });

  it('never maps a word to nothing, or to a stop word', () => {
    for (const [name, map] of Object.entries(maps)) {
      for (const [word, targets] of Object.entries(map)) {
        expect(targets.length, `${name}.${word}`).toBeGreaterThan(0);
        for (const t of targets) expect(STOP_WORDS.has(t), `${name}: ${word} → ${t}`).toBe(false);
      }
    }
    for (const word of groupWords.filter((w) => !w.includes(' '))) expect(STOP_WORDS.has(word), word).toBe(false);
  });

  // The map follows the guides: a group word no guide uses is a reader's
  // word, and a "reader's word" the guides use more than their own is not.
  const guideTexts = readMdx('guides').map((g) => normalize(g.body));
  const guidesUsing = (word: string) => guideTexts.filter((text) => ` ${text} `.includes(` ${word} `)).length;
  it('lists in groups only words some guide uses', () => {
    for (const word of groupWords) expect(guidesUsing(word), `"${word}" is in no guide: move it to READER_WORDS`).toBeGreaterThan(0);
  });

  it("lists as readers' words only words fewer guides use than the word they are swapped for", () => {
    for (const [word, [first]] of Object.entries(READER_WORDS)) {
      expect(guidesUsing(word), `"${word}" → "${first}"`).toBeLessThan(guidesUsing(first!.split(' ')[0]!) || 1);
    }
  });
});

describe('planSearch', () => {
  const queries = (stage: Attempt[] | undefined) => (stage ?? []).map((a) => a.query);

  it('first searches the content words (short ones as whole words), then each synonym swap; never the stop words', () => {
    const [first] = planSearch('Does insurance pay?');
    expect(queries(first)).toEqual([
      'insurance "pay"',
      'cost "pay"',
      'price "pay"',
      'afford "pay"',
      'insurance cost',
      'insurance price',
      'insurance afford',
    ]);
    expect(first![0]).toMatchObject({ kind: 'terms', weight: 1 });
    expect(first![1]).toMatchObject({ kind: 'synonym' });
    // "Does" alone matches every page: the query as typed is never searched.
    expect(first!.some((a) => a.kind === 'exact')).toBe(false);
  });

  it('trusts the guides\' words over a word they never use', () => {
    const [first] = planSearch('can I make my daughter go to rehab');
    expect(first![0]).toMatchObject({ query: 'make daughter rehab', weight: ALIAS_LITERAL_WEIGHT });
    expect(first![1]).toMatchObject({ query: 'make family treatment', weight: 1 });
  });

  it('never searches a word no page uses: Pagefind would shorten it until something matched', () => {
    const known = (t: string) => ['family', 'treatment', 'make', 'detox', 'withdrawal'].includes(t);
    expect(planSearch('asdf qwerty', { known })).toEqual([]);
    const [first] = planSearch('can I make my daughter go to rehab', { known });
    // "daughter" and "rehab" are on no page: only the guides' words are searched.
    expect(queries(first)).toEqual(['make family treatment']);
    expect(first![0]).toMatchObject({ weight: 1 });
    expect(queries(planSearch('detox asdf', { known })[0])).toEqual(['detox', 'withdrawal']);
    expect(sortTerms('detox asdf zzz', known)).toEqual({ terms: ['detox'], unknown: ['asdf', 'zzz'] });
  });

  it('searches words shorter than four letters whole: "na" never finds "naloxone"', () => {
    expect(toPagefindQuery(['na', 'meeting'])).toBe('"na" meeting');
    expect(toPagefindQuery(['step down', '988'])).toBe('step down "988"');
  });

  it('then tries leaving one word out, then each word alone', () => {
    const stages = planSearch('hours week group');
    expect(queries(stages[1])).toEqual(['week group', 'hours group', 'hours week']);
    expect(queries(stages[2])).toEqual(['hours', 'week', 'group']);
  });

  it('never plans the same search twice, and plans nothing for an empty query', () => {
    const all = planSearch('detox detox withdrawal').flat().map((a) => normalize(a.query));
    expect(new Set(all).size).toBe(all.length);
    expect(planSearch('   ')).toEqual([]);
  });

  it('keeps Pagefind syntax, such as a quoted phrase, in the search as typed', () => {
    expect(planSearch('"step down" care')[0]![0]).toMatchObject({ query: '"step down" care', kind: 'exact' });
  });

  it('highlights the reader\'s content words and the guides\' word for an alias', () => {
    expect(highlightTerms('can I take suboxone')).toEqual(['take', 'suboxone', 'buprenorphine']);
    expect(highlightTerms('how do I step down')).toEqual(['step', 'down']);
  });

  it('highlights, given the site\'s words, the whole words the pages use: never a word the reader did not type', () => {
    const words = new SiteWords({ words: 'meeting meetings person so buprenorphine family take taken', pages: {} });
    const forms = (t: string) => words.formsOf(t);
    expect(highlightTerms('AA meetings', forms).sort()).toEqual(['meeting', 'meetings']);
    // "son" is on no page: the guides' word for it is marked, never "so" or "person".
    expect(highlightTerms('my son', forms)).toEqual(['family']);
  });
});

describe('mergeResults', () => {
  const attempt = (weight: number): Attempt => ({ query: 'q', weight, kind: 'terms' });

  it('scales each search to its best result, weights it, and adds up what several searches found', () => {
    const merged = mergeResults([
      { attempt: attempt(1), results: [{ id: 'a', score: 10 }, { id: 'b', score: 5 }] },
      { attempt: attempt(0.8), results: [{ id: 'b', score: 2 }, { id: 'c', score: 1 }] },
    ]);
    expect(merged.map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(merged[0]!.score).toBeCloseTo(0.5 + 0.8);
    expect(merged[2]!.score).toBeCloseTo(0.4);
  });

  it('breaks ties in favour of the earlier search', () => {
    const merged = mergeResults([
      { attempt: attempt(1), results: [{ id: 'x', score: 1 }] },
      { attempt: attempt(1), results: [{ id: 'y', score: 1 }] },
    ]);
    expect(merged.map((m) => m.id)).toEqual(['x', 'y']);
  });
});

describe('runSearch', () => {
  /** A fake Pagefind: every page whose words include all the query's words. */
  function engine(pages: Record<string, string>) {
    const calls: { query: string | null; filters?: Filters }[] = [];
    const fake: SearchEngine = {
      async search(query, options) {
        calls.push({ query, ...(options.filters ? { filters: options.filters } : {}) });
        const words = normalize(query ?? '').split(' ').filter(Boolean);
        const results = Object.entries(pages)
          .filter(([, text]) => words.every((w) => text.split(' ').includes(w)))
          .map(([id, text]) => ({ id, score: words.filter((w) => text.includes(w)).length / text.length }));
        return { results };
      },
    };
    return { fake, calls };
  }

  it('stops after the first stage when the reader\'s words find enough', async () => {
    const { fake, calls } = engine({ a: 'hours week', b: 'hours week group', c: 'week hours' });
    const outcome = await runSearch(fake, 'hours week');
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    expect(outcome.broadened).toBe(false);
    expect(calls.map((c) => c.query)).toEqual(['hours week']);
  });

  it('uses synonyms and fewer words when the reader\'s words find nothing, and says so', async () => {
    const { fake } = engine({ paying: 'how to pay for care', families: 'help a family member' });
    const outcome = await runSearch(fake, 'how do I help my son');
    expect(outcome.results[0]!.id).toBe('families');
    expect(outcome.broadened).toBe(true);
    const fewer = await runSearch(fake, 'pay for rehab weekends');
    expect(fewer.results.map((r) => r.id)).toEqual(['paying']);
    expect(fewer.attempts.some((a) => a.kind === 'fewer')).toBe(true);
  });

  it('passes the filters to every search, and with filters but no words lists every page that has them', async () => {
    const { fake, calls } = engine({ a: 'x' });
    const filters = { topic: { any: ['paying'] } };
    await runSearch(fake, 'x', { filters });
    expect(calls.every((c) => c.filters === filters)).toBe(true);
    calls.length = 0;
    await runSearch(fake, '  ', { filters });
    expect(calls).toEqual([{ query: null, filters }]);
  });

  it('asks the engine to load what every search of a stage needs before the first of them runs', async () => {
    const { fake, calls } = engine({ a: 'pay weekends' });
    const log: string[] = [];
    const withPreload: SearchEngine = {
      preload: async (query, options) => void log.push(`preload ${query}${options.filters ? ' +filters' : ''}`),
      search: async (query, options) => (log.push(`search ${query}`), fake.search(query, options)),
    };
    const filters = { topic: { any: ['paying'] } };
    const outcome = await runSearch(withPreload, 'cost of rehab on weekends', { filters });
    const stages = planSearch('cost of rehab on weekends');
    // Every stage that ran: all its preloads (with the filters), then its searches, in order.
    const ran = stages.filter((stage) => stage.some((a) => outcome.attempts.some((x) => x.query === a.query)));
    expect(ran.length).toBeGreaterThan(1);
    expect(log).toEqual(ran.flatMap((stage) => [...stage.map((a) => `preload ${a.query} +filters`), ...stage.map((a) => `search ${a.query}`)]));
    expect(calls.length).toBe(outcome.attempts.length);
  });

  it('keeps, for a page several searches find, the result of the first (the reader\'s own words)', async () => {
    const seen: { query: string | null; result: { id: string; score: number } }[] = [];
    const fake: SearchEngine = {
      async search(query) {
        // Every search finds page "a"; each answer is a new object, as Pagefind's are.
        const result = { id: 'a', score: 1 };
        seen.push({ query, result });
        return { results: [result] };
      },
    };
    const outcome = await runSearch(fake, 'cost of rehab', { enough: 99 });
    expect(seen.length).toBeGreaterThan(1);
    expect(outcome.results[0]!.result).toBe(seen[0]!.result);
  });

  it('finds nothing, and asks nothing, for an empty query without filters', async () => {
    const { fake, calls } = engine({ a: 'x' });
    expect((await runSearch(fake, '')).results).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('excerpts and links', () => {
  it('splits an excerpt into text and marked words, decoding entities', () => {
    expect(parseExcerpt('9 <mark>hours</mark> a &lt;week&gt; &amp; more&#39;s')).toEqual([
      { text: '9 ', mark: false },
      { text: 'hours', mark: true },
      { text: " a <week> & more's", mark: false },
    ]);
  });

  it('never passes markup through: tags other than <mark> are dropped, escaped ones stay text', () => {
    const parts = parseExcerpt('<img src=x onerror=alert(1)>hi &lt;script&gt;');
    expect(parts).toEqual([{ text: 'hi <script>', mark: false }]);
    expect(decodeEntities('&#x3C;b&#62; &bogus; &#0;')).toBe('<b> &bogus; &#0;');
  });

  it('adds one highlight parameter per word, before the #anchor', () => {
    expect(withHighlight('/guides/x/', ['hours', 'week'])).toBe('/guides/x/?highlight=hours&highlight=week');
    expect(withHighlight('/guides/x/#how-many', ['a&b'])).toBe('/guides/x/?highlight=a%26b#how-many');
    expect(withHighlight('/guides/x/?a=1', ['w'])).toBe('/guides/x/?a=1&highlight=w');
    expect(withHighlight('/guides/x/', [])).toBe('/guides/x/');
  });

  it('shows up to three sections, the ones with most hits, in page order, and skips the "In short" box', () => {
    const sub = (id: string, hits: number) => ({ title: ` ${id} `, url: `/g/#${id}`, excerpt: '', locations: Array(hits).fill(0), anchor: { id } });
    const view = toResultView(
      {
        url: '/g/',
        excerpt: '<mark>x</mark>',
        meta: { title: 'Guide' },
        sub_results: [{ title: 'Guide', url: '/g/', excerpt: '' }, sub('in-short-heading', 9), sub('a', 1), sub('b', 5), sub('c', 3), sub('d', 4)],
      },
      ['x'],
    );
    expect(view.title).toBe('Guide');
    expect(view.url).toBe('/g/?highlight=x');
    expect(view.sections.map((s) => s.title)).toEqual(['b', 'c', 'd']);
    expect(view.sections[0]!.url).toBe('/g/?highlight=x#b');
  });

  it('falls back to the address when a page has no title', () => {
    expect(toResultView({ url: '/p/', excerpt: '', meta: {} }, []).title).toBe('/p/');
  });
});

describe('keys', () => {
  it('opens search with "/" outside fields, and with Ctrl+K or ⌘K anywhere', () => {
    expect(isOpenSearchKey({ key: '/' })).toBe(true);
    expect(isOpenSearchKey({ key: '/', inEditable: true })).toBe(false);
    expect(isOpenSearchKey({ key: 'k', ctrlKey: true, inEditable: true })).toBe(true);
    expect(isOpenSearchKey({ key: 'K', metaKey: true })).toBe(true);
    expect(isOpenSearchKey({ key: 'k' })).toBe(false);
    expect(isOpenSearchKey({ key: 'k', ctrlKey: true, altKey: true })).toBe(false);
    expect(isOpenSearchKey({ key: '/', ctrlKey: true })).toBe(false);
  });

  it('moves from the field (-1) through the results with the arrow keys', () => {
    expect(moveIndex('ArrowDown', -1, 3)).toBe(0);
    expect(moveIndex('ArrowDown', 2, 3)).toBe(2);
    expect(moveIndex('ArrowUp', 0, 3)).toBe(-1);
    expect(moveIndex('ArrowUp', -1, 3)).toBe(-1);
    expect(moveIndex('End', 0, 3)).toBe(2);
    expect(moveIndex('Home', 2, 3)).toBe(0);
    // Home and End in the field move the caret, as usual.
    expect(moveIndex('Home', -1, 3)).toBeNull();
    expect(moveIndex('Enter', 0, 3)).toBeNull();
    expect(moveIndex('ArrowDown', -1, 0)).toBeNull();
  });
});

describe('statusFor', () => {
  it('says how many results, for which words, and whether they are a broader match', () => {
    expect(statusFor({ query: ' detox ', count: 1, broadened: false })).toEqual({ key: 'search.status.one', vars: { count: 1, query: 'detox' } });
    expect(statusFor({ query: 'detox', count: 4, broadened: false }).key).toBe('search.status.many');
    expect(statusFor({ query: 'detox', count: 4, broadened: true }).key).toBe('search.status.broadenedMany');
    expect(statusFor({ query: 'detox', count: 1, broadened: true }).key).toBe('search.status.broadenedOne');
    expect(statusFor({ query: 'zzz', count: 0, broadened: false }).key).toBe('search.status.none');
    expect(statusFor({ query: '', count: 2, broadened: false }).key).toBe('search.status.browseMany');
  });
});

describe('the golden questions (tests/fixtures/search-golden.json)', () => {
  const golden = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/search-golden.json'), 'utf8')) as {
    queries: { q: string; expect: string; answeredBy: string }[];
  };
  const guides = new Set(readMdx('guides').map((g) => `/guides/${g.slug}/`));

  it('holds at least 25 different questions', () => {
    expect(golden.queries.length).toBeGreaterThanOrEqual(25);
    expect(new Set(golden.queries.map((g) => normalize(g.q))).size).toBe(golden.queries.length);
  });

  it('expects a guide that exists, and names the section that answers', () => {
    for (const g of golden.queries) {
      expect(guides, g.q).toContain(g.expect);
      expect(g.answeredBy.length, g.q).toBeGreaterThan(0);
    }
  });
});
