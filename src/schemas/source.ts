import { z } from 'astro/zod';
import { isAuthoritativeUrl } from '../lib/authoritative-domains';

/** One work a guide cites. Shown in the guide's "Sources" list. */
export const sourceSchema = z.object({
  /**
   * Short id, unique in the guide, used by `<Cite id="…" />` in the body to
   * point a claim at this source. Lower-case letters, digits and hyphens.
   */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  /** Title of the work as its publisher gives it. */
  title: z.string().min(5),
  /** Who published it: an agency, society or journal (e.g. "SAMHSA", "Psychiatric Services"). */
  publisher: z.string().min(2),
  /** Where to read it: https, on a site listed in content/authoritative-domains.json. */
  url: z
    .url()
    .refine(isAuthoritativeUrl, {
      message: 'must be an https link on an authoritative domain, one listed in content/authoritative-domains.json; mirrors and copies are not allowed',
    }),
  /** Year of publication or last update. */
  year: z.number().int().min(1950).max(2100),
});

export type Source = z.infer<typeof sourceSchema>;
