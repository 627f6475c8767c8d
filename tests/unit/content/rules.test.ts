import { describe, it, expect } from 'vitest';
import { readMdx, readGlossary, existingGuideName, citationProblems } from '../../support/content-files';
import { makeGuideSchema } from '../../../src/schemas/guide';
import { pageSchema } from '../../../src/schemas/page';
import { makeGlossaryTermSchema } from '../../../src/schemas/glossary';
import { mdxToPlainText } from '../../../src/lib/plain-text';
import { measureReadability } from '../../../src/lib/readability';

// The editorial rules every guide must meet (README "content rules"). Each
// failure names the file, so an editor knows exactly what to fix.
const guides = readMdx('guides');
const pages = readMdx('pages');
const glossary = readGlossary();
const guideSlugs = new Set(guides.map((g) => g.slug));
const pageSlugs = new Set(pages.map((p) => p.slug));
const glossaryIds = new Set(Object.keys(glossary));
const KNOWN_PAGES = new Set(['/', '/guides/', '/glossary/', '/quiz/', '/referral-staff/', '/search/', '/questions-to-ask/']);
// The schemas as the build applies them: a guide named in a field must exist.
const guideSchema = makeGuideSchema(existingGuideName);
const glossaryTermSchema = makeGlossaryTermSchema(existingGuideName);

describe('the guide library', () => {
  it('has at least one guide', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it('gives every guide a unique reading order', () => {
    const orders = guides.map((g) => g.frontmatter.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

for (const guide of guides) {
  describe(guide.file, () => {
    const text = mdxToPlainText(guide.source);
    const report = measureReadability(text);

    it('has valid frontmatter', () => {
      const result = guideSchema.safeParse(guide.frontmatter);
      const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(issues).toEqual([]);
    });

    it(`reads at US grade 8 or below (Flesch-Kincaid ${report.grade})`, () => {
      expect(report.grade).toBeLessThanOrEqual(8);
    });

    it(`keeps sentences short: 20 words or fewer on average (${report.wordsPerSentence})`, () => {
      expect(report.wordsPerSentence).toBeLessThanOrEqual(20);
    });

    it(`is 700 to 1,800 words long (${report.words})`, () => {
      expect(report.words).toBeGreaterThanOrEqual(700);
      expect(report.words).toBeLessThanOrEqual(1800);
    });

    it('names no dollar amounts', () => {
      expect(guide.source.match(/\$\s?\d[\d,.]*|\d+\s?(dollars|USD)\b/gi) ?? []).toEqual([]);
    });

    it('cites only its own sources, and cites each of them', () => {
      const { unknown, uncited } = citationProblems(guide);
      expect(unknown, 'unknown ids in <Cite>').toEqual([]);
      expect(uncited, 'sources never cited').toEqual([]);
    });

    it('links only to guides, pages and glossary terms that exist', () => {
      const hrefs = [...guide.body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
      const broken = hrefs.filter((href) => {
        const [path, hash] = href.split('#') as [string, string | undefined];
        if (path === '/glossary/') return !hash || !glossaryIds.has(hash);
        const g = /^\/guides\/([^/]+)\/$/.exec(path);
        if (g) return !guideSlugs.has(g[1]!);
        const p = /^\/([^/]+)\/$/.exec(path);
        if (p && pageSlugs.has(p[1]!)) return false;
        return !KNOWN_PAGES.has(path);
      });
      expect(broken).toEqual([]);
    });

    it('does not suggest itself as a related guide', () => {
      expect((guide.frontmatter.related as string[] | undefined) ?? []).not.toContain(guide.slug);
    });

    it('starts its body at h2 (the title is the only h1)', () => {
      expect(guide.body.match(/^#\s/m)).toBeNull();
    });
  });
}

describe('content/glossary.yaml', () => {
  it('has 30 or more terms', () => {
    expect(glossaryIds.size).toBeGreaterThanOrEqual(30);
  });

  for (const [id, entry] of Object.entries(glossary)) {
    it(`term "${id}" is valid and points to a guide that exists`, () => {
      const result = glossaryTermSchema.safeParse(entry);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });
  }
});

for (const page of pages) {
  it(`${page.file} has valid frontmatter and reads at grade 8 or below`, () => {
    const result = pageSchema.safeParse(page.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(measureReadability(mdxToPlainText(page.source)).grade).toBeLessThanOrEqual(8);
  });
}
