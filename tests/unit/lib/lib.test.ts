import { describe, it, expect } from 'vitest';
import { mdxToPlainText } from '../../../src/lib/plain-text';
import { splitFrontmatter } from '../../../src/lib/frontmatter';
import { measureReadability } from '../../../src/lib/readability';
import { isAuthoritativeUrl, AUTHORITATIVE_DOMAINS } from '../../../src/lib/authoritative-domains';
import { inReadingOrder, neighbours, readingMinutes } from '../../../src/lib/guides';
import { siteUrl, siteUrlWarning, DEFAULT_SITE_URL } from '../../../src/lib/site-url';
import { pageTitle } from '../../../src/lib/page-title';
import { HOME_PATHS } from '../../../src/lib/home-paths';
import { contentDir } from '../../../src/lib/content-dir';
import { formatDate } from '../../../src/lib/format-date';
import { interpolate } from '../../../src/i18n';
import en from '../../../src/i18n/en.json';

describe('splitFrontmatter', () => {
  it('parses the YAML between the two --- lines and returns the rest as the body', () => {
    expect(splitFrontmatter('---\ntitle: x\nrelated: [a, b]\n---\n\nBody')).toEqual({ frontmatter: { title: 'x', related: ['a', 'b'] }, body: '\nBody' });
    expect(splitFrontmatter('---\r\ntitle: x\r\n---\r\nBody').frontmatter).toEqual({ title: 'x' });
    expect(splitFrontmatter('---\n---\nBody')).toEqual({ frontmatter: {}, body: 'Body' });
  });

  it('reads a file without frontmatter as all body', () => {
    expect(splitFrontmatter('title: x\n')).toEqual({ frontmatter: undefined, body: 'title: x\n' });
  });
});

describe('mdxToPlainText', () => {
  it('drops frontmatter, imports and JSX tags but keeps the words readers see', () => {
    const mdx = '---\ntitle: x\n---\nimport A from "a";\n\nYou live at home. <Cite id="tip47" />\nRead [the guide](/guides/x/).';
    expect(mdxToPlainText(mdx)).toBe('You live at home.\nRead the guide.');
  });

  it('reads headings, list items and table cells as sentences of their own', () => {
    const text = mdxToPlainText('## What IOP is\n\n- You keep your job\n\n| Level | Hours |\n| --- | --- |\n| IOP | 9 or more |');
    expect(text).toBe('What IOP is.\n\nYou keep your job.\n\nLevel.\nHours.\nIOP.\n9 or more.');
  });
});

describe('measureReadability', () => {
  it('rates short, plain sentences at a low grade', () => {
    const r = measureReadability('You go to group. You talk. You learn skills. You go home at night.');
    expect(r.sentences).toBe(4);
    expect(r.words).toBe(14);
    expect(r.grade).toBeLessThan(3);
  });

  it('rates long sentences full of long words at a high grade', () => {
    const r = measureReadability(
      'Comprehensive multidisciplinary interventions incorporating pharmacological management and psychotherapeutic modalities demonstrate considerable effectiveness regarding sustained abstinence among heterogeneous populations.',
    );
    expect(r.grade).toBeGreaterThan(16);
  });

  it('never lets a heading run into the paragraph under it', () => {
    expect(measureReadability('What IOP is\nYou live at home.').sentences).toBe(2);
  });
});

describe('isAuthoritativeUrl', () => {
  it.each([
    'https://www.ncbi.nlm.nih.gov/books/NBK64093/',
    'https://store.samhsa.gov/product/x',
    'https://www.fda.gov/drugs/x',
    'https://psychiatryonline.org/doi/10.1176/appi.ps.201300249',
  ])('accepts %s', (url) => expect(isAuthoritativeUrl(url)).toBe(true));

  it.each([
    ['a mirror', 'https://www.zlibrary.cc/dl/samhsa-advisory'],
    ['a look-alike host', 'https://samhsa.gov.evil.example/'],
    ['plain http', 'http://www.samhsa.gov/'],
    ['not a URL', 'samhsa.gov'],
  ])('rejects %s', (_, url) => expect(isAuthoritativeUrl(url)).toBe(false));

  it('reads content/authoritative-domains.json: bare domain names, each once', () => {
    expect(AUTHORITATIVE_DOMAINS.length).toBeGreaterThan(20);
    expect(AUTHORITATIVE_DOMAINS.filter((d) => !/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(d))).toEqual([]);
    expect(new Set(AUTHORITATIVE_DOMAINS).size).toBe(AUTHORITATIVE_DOMAINS.length);
  });
});

describe('guide order', () => {
  const g = (id: string, order: number) => ({ id, title: id, order });
  const all = [g('c', 3), g('a', 1), g('b', 2)];

  it('sorts guides into reading order', () => {
    expect(inReadingOrder(all).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails naming both files when two guides share an order', () => {
    expect(() => inReadingOrder([g('a', 1), g('b', 1)])).toThrow(/content\/guides\/b\.mdx: field "order" \(1\) is already used by content\/guides\/a\.mdx/);
  });

  it('finds the previous and next guide', () => {
    const ordered = inReadingOrder(all);
    expect(neighbours(ordered, 'a')).toEqual({ prev: undefined, next: ordered[1] });
    expect(neighbours(ordered, 'c').prev?.id).toBe('b');
  });

  it('estimates reading time at 200 words a minute, never less than 1', () => {
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});

describe('site settings', () => {
  it('uses SITE_URL when set and a reserved .example domain otherwise', () => {
    expect(siteUrl('https://iop.example.org/')).toBe('https://iop.example.org');
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('refuses a SITE_URL that is not an absolute http(s) URL', () => {
    expect(() => siteUrl('iop.org')).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => siteUrl('ftp://iop.org')).toThrow(/http or https/);
  });

  it('warns, naming the variable, when a build has no SITE_URL (links and QR codes would point at the placeholder)', () => {
    expect(siteUrlWarning(undefined)).toMatch(/^SITE_URL is not set: .*iop-guide\.example.*SITE_URL=https:/);
    expect(siteUrlWarning('  ')).toBeDefined();
    expect(siteUrlWarning('https://iop.example.org')).toBeUndefined();
  });

  it('reads content from CONTENT_DIR when set', () => {
    expect(contentDir('/tmp/c/')).toBe('/tmp/c');
    expect(contentDir(undefined)).toBe('./content');
  });

  it('titles pages "Page | Site" and the home page with the site name alone', () => {
    expect(pageTitle('Glossary', 'IOP Guide')).toBe('Glossary | IOP Guide');
    expect(pageTitle('IOP Guide', 'IOP Guide')).toBe('IOP Guide');
  });

  it('formats review dates in UTC whatever the machine zone', () => {
    expect(formatDate(new Date('2026-11-27'), 'en-US')).toBe('November 27, 2026');
  });

  it('fills placeholders in UI strings and leaves unknown ones visible', () => {
    expect(interpolate('{n} min read', { n: 4 })).toBe('4 min read');
    expect(interpolate('Hi {name}')).toBe('Hi {name}');
  });
});

describe('the home page start paths', () => {
  it('each have a title and a line of text in the UI strings', () => {
    const keys = HOME_PATHS.flatMap((p) => [`home.path.${p.key}.title`, `home.path.${p.key}.text`]);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});
