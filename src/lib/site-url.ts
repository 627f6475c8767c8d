/**
 * The public URL of the site. Whoever deploys sets SITE_URL once; canonical
 * URLs, the sitemap, share links and QR codes all follow it. The default is a
 * reserved `.example` domain, so an unconfigured build can never pass for the
 * real site.
 */
export const DEFAULT_SITE_URL = 'https://iop-guide.example';

export function siteUrl(env: string | undefined): string {
  const raw = (env ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https (got "${raw}")`);
  }
  return url.origin;
}
