import { z } from 'astro/zod';

/** Frontmatter of a stand-alone page in `content/pages/*.mdx` (About, Medical disclaimer). */
export const pageSchema = z.object({
  /** Page title and `<h1>`. */
  title: z.string().min(3).max(90),
  /** Meta description and the line under the title. At most 160 characters. */
  description: z.string().min(20).max(160),
  /** Date a person last checked the page (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
});
