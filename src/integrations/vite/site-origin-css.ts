import type { Plugin } from 'vite';

/**
 * Puts the site's origin (from SITE_URL) into the stylesheet, where
 * src/styles/global.css has the placeholder "__SITE_ORIGIN__". The print
 * styles write a full address after each link to one of our pages from it
 * (origin + href), so the HTML need not carry every address twice.
 */
export function siteOriginCss(site: string): Plugin {
  const origin = new URL(site).origin;
  return {
    name: 'iop-guide:site-origin-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/src\/styles\/global\.css(\?|$)/.test(id)) return null;
      if (!code.includes('__SITE_ORIGIN__')) this.error('src/styles/global.css lost its "__SITE_ORIGIN__" placeholder');
      return { code: code.replaceAll('__SITE_ORIGIN__', origin), map: null };
    },
  };
}
