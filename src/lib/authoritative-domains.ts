import groups from '../../content/authoritative-domains.json' with { type: 'json' };

/**
 * Publishers whose pages a guide may cite as a source. Every clinical claim on
 * the site must come from one of these: US federal health agencies, the
 * professional society that writes the levels of care, and the hosts of
 * peer-reviewed journals. Mirrors and copies are not allowed, even when they
 * reproduce the same text. The list is content/authoritative-domains.json, in
 * groups, so editors can read it; it is always the repository's own copy, even
 * when CONTENT_DIR points the build at another content folder.
 *
 * A host matches itself and any subdomain (`store.samhsa.gov` matches `samhsa.gov`).
 */
export const AUTHORITATIVE_DOMAINS: readonly string[] = Object.values(groups).flat();

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
