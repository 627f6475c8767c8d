import { z } from 'astro/zod';

/**
 * One entry of the glossary (`content/glossary.yaml`, keyed by id). Guides
 * link to a term with `/glossary/#<id>`; a link to an id that does not exist
 * fails the build's link check.
 */
export const glossaryTermSchema = z.object({
  /** The term as readers see it, e.g. "Partial hospitalization (PHP)". */
  term: z.string().min(2),
  /** Plain-language meaning, one to three short sentences. */
  definition: z.string().min(20).max(500),
  /** Other names or abbreviations people search for. */
  aliases: z.array(z.string()).default([]),
  /** Optional guide slug that explains the term in depth. */
  guide: z.string().optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
