/**
 * The public URL of the site. Whoever deploys sets SITE_URL once; canonical
 * URLs, the sitemap, share links and QR codes all follow it. The default is a
 * reserved `.example` domain, so an unconfigured build can never pass for the
 * real site.
 */
export const DEFAULT_SITE_URL = 'https://iop-guide.example';

/**
 * What the build says when SITE_URL is not set: every share link, printed
 * address and QR code would point at the placeholder. Undefined when set.
 */
export function siteUrlWarning(env: string | undefined): string | undefined {
  if ((env ?? '').trim()) return undefined;
  return `SITE_URL is not set: share links, printed addresses and QR codes point at ${DEFAULT_SITE_URL}, which is not a real site. Before deploying, build with SITE_URL set to the site's address, e.g. SITE_URL=https://your-domain.org npm run build (docs/deploying.md).`;
}

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
