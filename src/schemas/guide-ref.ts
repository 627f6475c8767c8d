import { z } from 'astro/zod';

/*
 * A field that names a guide, e.g. `related: [what-is-iop]`, by its file
 * name in content/guides/ without `.mdx`. The build reads it with Astro's
 * `reference('guides')` (src/content.config.ts), so pages can pass it to
 * getEntry(); unit tests, which run without Astro, use `guideName`.
 */

/** What `reference('guides')` turns a guide's name into. */
export interface GuideReference {
  collection: 'guides';
  id: string;
}

export type GuideRef = z.ZodType<GuideReference, string>;

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A guide's name, checked for its form only. */
export const guideName: GuideRef = z
  .string()
  .regex(NAME, 'write a guide\'s file name without ".mdx", e.g. what-is-iop')
  .transform((id) => ({ collection: 'guides' as const, id }));

/**
 * `ref`, failing on a guide that `exists` says is not there. Astro 7 only
 * logs a reference to a missing entry and builds on (withastro/astro#17582);
 * this makes it a field error that stops the build, naming the file and field.
 */
export function existingGuide(ref: GuideRef, exists: (id: string) => boolean): GuideRef {
  return ref.refine((r) => NAME.test(r.id) && exists(r.id), {
    error: (issue) => {
      const { id } = issue.input as GuideReference;
      return `there is no guide "${id}": no file content/guides/${id}.mdx`;
    },
  });
}

/** "slug" or "slug#heading-id": a guide, optionally a heading on it. */
export const guideLink = (guide: GuideRef) =>
  z
    .string()
    .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'write a guide slug, optionally with #heading-id, e.g. "what-happens-in-iop#medicines"')
    .transform((link): { guide: string; section?: string | undefined } => {
      const [id = '', section] = link.split('#');
      return { guide: id, section };
    })
    .pipe(z.object({ guide, section: z.string().optional() }));

export type GuideLinkSchema = ReturnType<typeof guideLink>;
export type GuideLink = z.infer<GuideLinkSchema>;
