import { z } from 'astro/zod';
import type { GuideRef } from './guide-ref';

/**
 * One entry of the glossary (`content/glossary.yaml`, keyed by id). Guides
 * link to a term with `/glossary/#<id>`; a link to an id that does not exist
 * fails the build's link check. `guide` reads the `guide` field (see ./guide-ref.ts).
 */
export const makeGlossaryTermSchema = (guide: GuideRef) =>
  z.object({
    /** The term as readers see it, e.g. "Partial hospitalization (PHP)". */
    term: z.string().min(2),
    /** Plain-language meaning, one to three short sentences. */
    definition: z.string().min(20).max(500),
    /** Other names or abbreviations people search for. */
    aliases: z.array(z.string()).default([]),
    /** Optional: the guide that explains the term in depth, by file name without `.mdx`. */
    guide: guide.optional(),
  });
