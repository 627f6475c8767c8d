import { z } from 'astro/zod';
import { sourceSchema } from './source';
import type { GuideRef } from './guide-ref';

/*
 * The "For referral staff" page (`content/referral-staff.yaml`, shown at
 * /referral-staff/). Editors change every word here; the layout lives in
 * src/pages/referral-staff.astro. A broken rule fails `npm run build` with
 * the file and the field named.
 */

const sourceId = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens');

/** A path on this site, root-relative with a trailing slash: "/quiz/", "/questions-to-ask/". */
const sitePath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'write a site path with a trailing slash, e.g. "/quiz/" or "/questions-to-ask/"');

/** One point: a sentence or two in plain words, and the sources that back it. */
const point = z.object({
  /**
   * The words. May link to a page of this site with Markdown:
   * `[the self-check](/quiz/)`. Keep to US grade 8 (a unit test checks it).
   */
  text: z.string().min(10).max(320),
  /** Ids from `sources` that back this point; shown as numbered citations after it. */
  cite: z.array(sourceId).default([]),
});

/** A titled list of points. */
const section = z.object({
  /** The section's heading. */
  heading: z.string().min(3).max(80),
  /** Optional line before the list, e.g. "IOP often fits people who:". */
  intro: point.optional(),
  /** The points, in the order readers see them. */
  points: z.array(point).min(1).max(10),
});

/** A situation a referrer meets, and the page to send: a guide, or another page of this site. */
const shareLink = (guide: GuideRef) =>
  z.object({
    /** The situation, from the patient's side: "They want to know what IOP is". */
    situation: z.string().min(5).max(120),
    /** The guide to share, by file name without `.mdx`: `what-is-iop`. The link's words are the guide's title. */
    guide: guide.optional(),
    /** Or another page of this site, e.g. "/quiz/", with a `label`. The build's link check fails on a dead link. */
    href: sitePath.optional(),
    /** The link's words: needed with `href`; with `guide`, leave out to use the guide's title. */
    label: z.string().min(3).max(100).optional(),
  });

/** `guide` reads a guide's name (see ./guide-ref.ts). */
export const makeReferralStaffSchema = (guide: GuideRef) =>
  z
    .object({
      /** Page title and `<h1>`. */
      title: z.string().min(3).max(90),
      /** Meta description and the line under the title. At most 160 characters. */
      description: z.string().min(20).max(160),
      /** Date a person last checked the page against its sources (YYYY-MM-DD). */
      lastReviewed: z.coerce.date(),
      /** "What IOP is, in one screen": the few facts a referrer needs. */
      whatIsIop: section,
      /** Who IOP often suits. */
      refer: section,
      /** Who needs another kind of care before IOP, and where to send them. */
      elsewhereFirst: section,
      /** Things that are not, on their own, reasons to delay a referral. */
      notBarriers: section,
      /** Pages to share, one per common situation. */
      share: z.object({
        heading: z.string().min(3).max(80),
        intro: z.string().min(10).max(240),
        links: z.array(shareLink(guide)).min(3).max(14),
      }),
      /** Works cited; each on an authoritative domain. */
      sources: z.array(sourceSchema).min(2),
    })
    .superRefine((page, ctx) => {
      const ids = page.sources.map((s) => s.id);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'every source needs its own id' });
      const cited = new Set<string>();
      for (const key of ['whatIsIop', 'refer', 'elsewhereFirst', 'notBarriers'] as const) {
        const s = page[key];
        const points = [...(s.intro ? [['intro', s.intro] as const] : []), ...s.points.map((p, i) => [`points.${i}`, p] as const)];
        for (const [where, p] of points) {
          p.cite.forEach((id, j) => {
            cited.add(id);
            if (!ids.includes(id)) {
              const path = [key, ...String(where).split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)), 'cite', j];
              ctx.addIssue({ code: 'custom', path, message: `"${id}" is not the id of any entry in "sources" (ids: ${ids.join(', ')})` });
            }
          });
        }
      }
      page.sources.forEach((s, i) => {
        if (!cited.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `source "${s.id}" is never cited` });
      });
      page.share.links.forEach((l, i) => {
        const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['share', 'links', i, field], message });
        if (!l.guide === !l.href) issue('guide', 'give either a guide (its file name without ".mdx") or an href (another page of this site)');
        else if (l.href?.startsWith('/guides/') && l.href !== '/guides/') issue('href', 'to share a guide, write guide: and its file name without ".mdx"');
        else if (l.href && !l.label) issue('label', 'a link that is not to a guide needs a label');
      });
    });
