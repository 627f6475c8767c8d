import { describe, it, expect } from 'vitest';
import { z } from 'astro/zod';
import { existingGuide, guideLink, guideName } from '../../../src/schemas/guide-ref';

// The rule every field that names a guide follows (related, a glossary
// term's guide, the self-check's links, the referral page's links). The
// build applies it to Astro's reference('guides'); here to `guideName`,
// which gives the same value.
const guide = existingGuide(guideName, (id) => ['what-is-iop', 'for-families'].includes(id));
const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a field that names a guide', () => {
  it('reads a name into the reference Astro gives, { collection, id }', () => {
    expect(guide.parse('what-is-iop')).toEqual({ collection: 'guides', id: 'what-is-iop' });
  });

  it('fails on a guide that does not exist, naming the field and the missing file', () => {
    const related = z.object({ related: z.array(guide) });
    expect(issues(related, { related: ['for-families', 'no-such-guide'] })).toEqual([
      'related.1: there is no guide "no-such-guide": no file content/guides/no-such-guide.mdx',
    ]);
  });

  it('never takes a draft ("_" first) or a name with capitals, even when the file exists', () => {
    // Like Astro's reference('guides'), which takes any string.
    const anyName = z.string().transform((id) => ({ collection: 'guides' as const, id }));
    const permissive = existingGuide(anyName, () => true);
    expect(issues(permissive, '_draft')).toEqual([': there is no guide "_draft": no file content/guides/_draft.mdx']);
    expect(issues(permissive, 'What-Is-IOP')).toHaveLength(1);
  });
});

describe('a link to a guide or to a heading on it', () => {
  const link = guideLink(guide);

  it('splits "slug#heading" into the guide and the heading', () => {
    expect(link.parse('for-families#if-someone-may-be-overdosing')).toEqual({
      guide: { collection: 'guides', id: 'for-families' },
      section: 'if-someone-may-be-overdosing',
    });
    expect(link.parse('what-is-iop')).toEqual({ guide: { collection: 'guides', id: 'what-is-iop' } });
  });

  it('fails on a path, and on a guide that does not exist', () => {
    expect(issues(link, '/guides/what-is-iop/')[0]).toMatch(/write a guide slug/);
    expect(issues(link, 'no-such-guide#x')).toEqual(['guide: there is no guide "no-such-guide": no file content/guides/no-such-guide.mdx']);
  });
});
