import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseYaml as parse } from '../../../src/lib/frontmatter';
import { CONTENT, existingGuideName } from '../../support/content-files';
import { makeReferralStaffSchema } from '../../../src/schemas/referral-staff';
import { measureReadability } from '../../../src/lib/readability';
import { inlineText, parseInline } from '../../../src/lib/mdx-sections';

const FILE = resolve(CONTENT, 'referral-staff.yaml');
// Untyped on purpose: the tests break it in ways the schema must catch.
const raw = parse(readFileSync(FILE, 'utf8')) as any;
const clone = () => structuredClone(raw);
// As the build applies it: a guide to share must exist.
const referralStaffSchema = makeReferralStaffSchema(existingGuideName);
const issues = (data: unknown) => {
  const r = referralStaffSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

/** Every sentence a reader reads on the page, each list item as its own sentence. */
function readerText(page: typeof raw): string {
  const sentence = (s: string) => {
    const text = inlineText(parseInline(s)).replace(/:$/, '');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  };
  const parts: string[] = [page.title, page.description];
  for (const key of ['whatIsIop', 'refer', 'elsewhereFirst', 'notBarriers']) {
    const s = page[key];
    parts.push(s.heading);
    if (s.intro) parts.push(s.intro.text);
    for (const p of s.points) parts.push(p.text);
  }
  parts.push(page.share.heading, page.share.intro);
  for (const l of page.share.links) parts.push(l.situation, ...(l.label ? [l.label] : []));
  return parts.map(sentence).join('\n');
}

describe('content/referral-staff.yaml', () => {
  it('passes the schema', () => {
    expect(issues(raw)).toEqual([]);
  });

  const report = measureReadability(readerText(raw));
  it(`reads at US grade 8 or below (Flesch-Kincaid ${report.grade})`, () => {
    expect(report.grade).toBeLessThanOrEqual(8);
  });

  it('names no dollar amounts', () => {
    expect(readFileSync(FILE, 'utf8').match(/\$\s?\d/g) ?? []).toEqual([]);
  });

  it('links each situation that is not a guide to a page the site builds', () => {
    const pages = new Set(['/quiz/', '/questions-to-ask/']);
    const hrefs: string[] = raw.share.links.flatMap((l: { href?: string }) => (l.href ? [l.href] : []));
    expect(hrefs.filter((href) => !pages.has(href))).toEqual([]);
  });
});

describe('the referral staff schema', () => {
  it('names the point whose citation is not in "sources"', () => {
    const page = clone();
    page.elsewhereFirst.points[1].cite = ['made-up'];
    expect(issues(page)).toContainEqual(expect.stringMatching(/^elsewhereFirst\.points\.1\.cite\.0: "made-up" is not the id of any entry in "sources"/));
  });

  it('fails on a source that nothing cites', () => {
    const page = clone();
    page.sources.push({ id: 'unused', title: 'Unused source', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/', year: 2024 });
    expect(issues(page)).toContainEqual(expect.stringMatching(/sources\.\d+\.id: source "unused" is never cited/));
  });

  it('fails on a source on a site that is not authoritative', () => {
    const page = clone();
    page.sources[0].url = 'https://www.zlibrary.cc/dl/tip47';
    expect(issues(page)).toContainEqual(expect.stringMatching(/^sources\.0\.url: must be an https link on an authoritative domain/));
  });

  it('needs a label for a link that is not to a guide, and a site path with a trailing slash', () => {
    const page = clone();
    page.share.links.push({ situation: 'They want the self-check', href: '/quiz/' });
    page.share.links.push({ situation: 'They want a page', href: '/questions-to-ask' });
    const found = issues(page);
    expect(found).toContainEqual(expect.stringMatching(/^share\.links\.\d+\.label: a link that is not to a guide needs a label/));
    expect(found).toContainEqual(expect.stringMatching(/^share\.links\.\d+\.href: write a site path with a trailing slash/));
  });

  it('shares a guide by its name, which must exist, and never by its path', () => {
    const page = clone();
    page.share.links = [
      { situation: 'They want a guide', guide: 'no-such-guide' },
      { situation: 'They want a guide', href: '/guides/what-is-iop/', label: 'What is IOP?' },
      { situation: 'They want two pages', guide: 'what-is-iop', href: '/quiz/' },
    ];
    const found = issues(page);
    expect(found).toContainEqual('share.links.0.guide: there is no guide "no-such-guide": no file content/guides/no-such-guide.mdx');
    expect(found).toContainEqual(expect.stringMatching(/^share\.links\.1\.href: to share a guide, write guide:/));
    expect(found).toContainEqual(expect.stringMatching(/^share\.links\.2\.guide: give either a guide .* or an href/));
  });
});
