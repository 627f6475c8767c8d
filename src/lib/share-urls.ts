/**
 * URLs for sharing and printing. Everything a reader takes away (a copied
 * link, a printed URL, a QR code, a preview image) uses the canonical
 * address built from SITE_URL, never the address the page happened to be
 * served from.
 */

/** Absolute URL of a root-relative link, for printing after the link text. External URLs are returned unchanged. */
export function absoluteUrl(href: string, site: string | URL): string {
  return new URL(href, site).href;
}

/** A URL as people type it: no "https://", e.g. "iop-guide.example/quiz/". Shorter on paper; browsers add the scheme. */
export function typeableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** True for links that lead to another page of this site (root-relative), not in-page anchors, phones or other sites. */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** Size of every preview image: the 1.91:1 that Open Graph and X (Twitter) cards show large. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * Where a page's preview image is written: "/" -> "/og/index.png",
 * "/guides/what-is-iop/" -> "/og/guides/what-is-iop.png", "/404.html" -> "/og/404.png".
 */
export function ogImagePath(pathname: string): string {
  const key = decodeURI(pathname)
    .replace(/\/index\.html$|\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  if (key.split('/').some((part) => part === '..' || part === '.')) throw new Error(`Not a page path: ${pathname}`);
  return `/og/${key || 'index'}.png`;
}

/** robots.txt: everything may be crawled; the sitemap is named with its full URL (it follows SITE_URL). */
export function robotsTxt(site: string | URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}
