import { test, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, builtHtmlFiles, sitemapPaths, EXTRA_PAGES } from '../support/site';

// What a shared link shows (preview tags and image) and what search engines
// read (canonical URL, schema.org data, sitemap dates): all in the HTML files,
// so no browser is needed.

const pages = new Map(builtHtmlFiles().map(({ file, path }) => [path, parse(readFileSync(file, 'utf8'))]));
const ALL_PAGES = [...sitemapPaths(), ...EXTRA_PAGES];
const text = (el: HTMLElement | null) => el?.textContent.trim() ?? '';

function metaOf(doc: HTMLElement) {
  return (property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
}
const canonicalOf = (doc: HTMLElement) => doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const reviewedOf = (doc: HTMLElement) =>
  doc.querySelectorAll('.last-reviewed time').find((t) => !t.closest('.next-review'))?.getAttribute('datetime');

/** The questions under "Common questions", as the reader sees them: each h3 up to the next h2 section. */
function commonQuestions(doc: HTMLElement): string[] {
  const start = doc.getElementById('common-questions')?.closest('.section-heading');
  const out: string[] = [];
  for (let el = start?.nextElementSibling; el && !el.classList.contains('level-2'); el = el.nextElementSibling) {
    if (el.classList.contains('level-3')) out.push(text(el.querySelector('h3')));
  }
  return out;
}

for (const path of ALL_PAGES) {
  test(`${path} has preview tags, a canonical URL and schema.org data`, () => {
    const doc = pages.get(path)!;
    expect(doc, `${path} is built`).toBeTruthy();
    const meta = metaOf(doc);
    const canonical = canonicalOf(doc);
    expect(canonical).toMatch(/^https?:\/\/[^/]+\//);
    expect(new URL(canonical).pathname).toBe(path === '/404.html' ? '/404/' : path);

    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBe(doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(meta('og:url')).toBe(canonical);
    expect(['website', 'article']).toContain(meta('og:type'));
    expect(meta('og:site_name')).toBe('IOP Guide');
    const image = meta('og:image')!;
    expect(new URL(image).origin).toBe(new URL(canonical).origin);
    expect(new URL(image).pathname).toMatch(/^\/og\/.+\.png$/);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toContain(meta('og:title'));
    expect(meta('twitter:card')).toBe('summary_large_image');

    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!.rawText);
    expect(data['@context']).toBe('https://schema.org');
    const graph: Record<string, any>[] = data['@graph'];
    const pageNode = graph.find((n) => /WebPage$/.test(n['@type']))!;
    expect(pageNode).toBeTruthy();
    expect(pageNode.url).toBe(canonical);
    expect(pageNode.name).toBeTruthy();
    expect(pageNode.description).toBeTruthy();

    if (/^\/guides\/[^/]+\/$/.test(path)) {
      expect(meta('og:type')).toBe('article');
      expect(pageNode['@type']).toBe('MedicalWebPage');
      expect(pageNode.name).toBe(text(doc.querySelector('h1')));
      expect(pageNode.lastReviewed).toBe(reviewedOf(doc));
      expect(pageNode.audience.length).toBeGreaterThan(0);
      expect(pageNode.about.map((a: { '@type': string }) => a['@type'])).toEqual(['MedicalTherapy', 'MedicalCondition']);

      const trail = graph.find((n) => n['@type'] === 'BreadcrumbList')!;
      expect(trail.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
      expect(trail.itemListElement.at(-1).item).toBe(canonical);

      // FAQPage exactly when the guide shows a "Common questions" section, with its questions.
      const faq = graph.find((n) => n['@type'] === 'FAQPage');
      const hasSection = Boolean(doc.getElementById('common-questions'));
      expect(Boolean(faq), 'FAQPage present iff the guide has "Common questions"').toBe(hasSection);
      if (faq) {
        expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(commonQuestions(doc));
        for (const q of faq.mainEntity) {
          expect(q['@type']).toBe('Question');
          expect(q.acceptedAnswer['@type']).toBe('Answer');
          expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
        }
      }
    }
  });
}

test('every page has its own preview image, a 1200 x 630 PNG', () => {
  const seen = new Map<string, string>();
  for (const path of ALL_PAGES) {
    const local = new URL(metaOf(pages.get(path)!)('og:image')!).pathname;
    expect(seen.get(local), `${path} shares its image with ${seen.get(local)}`).toBeUndefined();
    seen.set(local, path);
    const png = readFileSync(resolve(DIST, `.${local}`));
    expect(png.subarray(1, 4).toString('latin1'), `${local} is a PNG`).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${local} size`).toEqual([1200, 630]);
  }
});

test('robots.txt names the sitemap, and the sitemap dates each guide by its review', () => {
  const origin = new URL(canonicalOf(pages.get('/')!)).origin;
  expect(readFileSync(resolve(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);

  const sitemap = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(resolve(DIST, f), 'utf8'))
    .join('');
  const lastmod = new Map([...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [new URL(m[1]!).pathname, m[2]!]));
  const guides = ALL_PAGES.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
  expect(guides.length).toBeGreaterThan(0);
  for (const path of guides) expect(lastmod.get(path)?.slice(0, 10), path).toBe(reviewedOf(pages.get(path)!));
  expect(lastmod.has('/referral-staff/')).toBe(true);
});
