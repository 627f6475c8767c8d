import { describe, it, expect } from 'vitest';
import { checkLinks, formatLinkError, sourceFileFor } from '../../../src/lib/link-check';

const page = (path: string, links: string[], ids: string[] = []) => ({ path, links, ids: new Set(ids) });

describe('checkLinks', () => {
  const site = [
    page('/', ['/guides/a/', '/guides/a/#intro', 'https://www.samhsa.gov/', 'tel:988', '/sitemap-index.xml']),
    page('/guides/a/', ['/glossary/#php', '/guides/gone/', '/glossary/#nope', '/guides/a', '#intro'], ['intro']),
    page('/glossary/', [], ['php']),
  ];
  const errors = checkLinks(site, new Set(['/sitemap-index.xml']));

  it('accepts links to pages, anchors and files that exist, and skips external and tel links', () => {
    expect(errors.filter((e) => e.page === '/')).toEqual([]);
  });

  it('reports a link to a missing page, naming the source file', () => {
    expect(errors.map(formatLinkError)).toContain('content/guides/a.mdx: link "/guides/gone/" on /guides/a/ leads to no page');
  });

  it('reports a missing anchor', () => {
    expect(errors.map((e) => e.href)).toContain('/glossary/#nope');
    expect(errors.find((e) => e.href === '/glossary/#nope')!.reason).toBe('points to #nope, which is not on /glossary/');
  });

  it('suggests the trailing slash when it is missing', () => {
    expect(errors.find((e) => e.href === '/guides/a')!.reason).toMatch(/did you mean \/guides\/a\/\?/);
  });

  it('checks same-page anchors', () => {
    expect(errors.map((e) => e.href)).not.toContain('#intro');
  });
});

describe('sourceFileFor', () => {
  it('maps built pages back to the files an editor changes', () => {
    expect(sourceFileFor('/guides/what-is-iop/')).toBe('content/guides/what-is-iop.mdx');
    expect(sourceFileFor('/')).toBe('src/pages/index.astro');
    expect(sourceFileFor('/about/')).toMatch(/content\/pages\/about\.mdx/);
  });
});
