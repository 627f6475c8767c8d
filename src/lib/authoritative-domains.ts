/**
 * Publishers whose pages a guide may cite as a source. Every clinical claim on
 * the site must come from one of these (see the README's content rules): US
 * federal health agencies, the professional society that writes the levels of
 * care, and the hosts of peer-reviewed journals. Mirrors and copies are not
 * allowed, even when they reproduce the same text.
 *
 * A host matches itself and any subdomain (`store.samhsa.gov` matches `samhsa.gov`).
 */
export const AUTHORITATIVE_DOMAINS = [
  // US federal agencies and their services
  'samhsa.gov',
  'findtreatment.gov',
  'nih.gov', // NIDA, NIAAA, NLM (PubMed, PMC, Bookshelf), MedlinePlus via nlm.nih.gov
  'medlineplus.gov',
  'cdc.gov',
  'fda.gov',
  'hhs.gov',
  'cms.gov',
  'medicare.gov',
  'medicaid.gov',
  'dol.gov', // parity law guidance for employer plans
  'govinfo.gov', // the Federal Register and public laws
  'congress.gov',
  'va.gov',
  'dea.gov',
  'usa.gov',
  'healthcare.gov',
  '988lifeline.org',
  // Professional bodies
  'asam.org',
  // Peer-reviewed journals and their publishers
  'psychiatryonline.org',
  'jmir.org',
  'doi.org',
  'jamanetwork.com',
  'sciencedirect.com',
  'springer.com',
  'wiley.com',
  'tandfonline.com',
  'nejm.org',
  'thelancet.com',
  'bmj.com',
  'cochranelibrary.com',
  // Non-profit policy analysts cited for how federal rules work
  'chcs.org',
  'kff.org',
] as const;

/** True when `url` is https and its host is (a subdomain of) an authoritative domain. */
export function isAuthoritativeUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return AUTHORITATIVE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
