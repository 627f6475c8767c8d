/**
 * The web app manifest and its icons, as plain data: what lets a reader add
 * the guide to their home screen and open it like an app, offline.
 * @see https://developer.mozilla.org/en-US/docs/Web/Progressive_web_apps/Manifest
 */

export interface IconSpec {
  /** File name under /icons/. */
  file: string;
  size: number;
  /**
   * `any`: the design as it is (rounded square, transparent corners).
   * `maskable`: full-bleed, so launchers can cut any shape out of it
   * (circle, squircle) without clipping the mark or leaving white corners.
   */
  purpose: 'any' | 'maskable';
}

/** 192 and 512 px are what Chromium asks for to install; 180 px is Apple's touch icon size. */
export const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' },
];

/** The brand colour of the light theme (--brand in global.css), behind full-bleed icons and in the title bar. */
export const THEME_COLOR = '#0b5e6b';
/** The page colour of the light theme (--paper), shown on the splash screen while the app opens. */
export const BACKGROUND_COLOR = '#ffffff';

export interface ManifestText {
  name: string;
  shortName: string;
  description: string;
  lang: string;
}

export function webManifest(text: ManifestText) {
  return {
    id: '/',
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: text.lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    // The Apple touch icon is linked from <head>, not listed here.
    icons: ICONS.filter((i) => i.file !== 'apple-touch-icon.png').map((i) => ({
      src: `/icons/${i.file}`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}

/**
 * The favicon design, made full-bleed for maskable icons: a square of the
 * brand colour behind it fills the rounded corners. The mark stays inside the
 * central 80% circle that every launcher shape keeps.
 */
export function iconSvg(faviconSvg: string, spec: IconSpec): string {
  const inner = faviconSvg.replace(/<svg\b/, `<svg width="${spec.size}" height="${spec.size}"`);
  if (spec.purpose === 'any') return inner;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.size}" height="${spec.size}" viewBox="0 0 ${spec.size} ${spec.size}">` +
    `<rect width="${spec.size}" height="${spec.size}" fill="${THEME_COLOR}"/>${inner}</svg>`
  );
}
