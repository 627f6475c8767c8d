import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type SatoriOptions } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_WIDTH, OG_HEIGHT } from '../lib/share-urls.ts';

/**
 * The preview image a chat app, email client or social site shows for a
 * shared link: the page title and the site name, large and high-contrast,
 * drawn at build time (satori lays it out as SVG, resvg rasterises it to PNG).
 * Nothing is fetched at run time and no third-party service sees the page.
 * Drawn by og-images.ts, on worker threads (og-image-worker.ts).
 */

export interface OgCard {
  title: string;
  siteName: string;
  tagline: string;
}

type Fonts = SatoriOptions['fonts'];

/**
 * Atkinson Hyperlegible (Braille Institute), designed for low-vision readers.
 * The .woff files: satori reads TTF/OTF/WOFF but not WOFF2. Latin and
 * Latin Extended, so curly quotes and accented names render too.
 */
export function loadOgFonts(): Fonts {
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`));
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: 'Atkinson Hyperlegible', data: file(subset, weight), weight, style: 'normal' as const })),
  );
}

/** Long titles get smaller type so they still fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  return 54;
}

const BRAND = '#0b5e6b';
const INK_ON_BRAND = '#ffffff';
const SOFT_ON_BRAND = '#d5eef1';

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, props: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { ...props, children: children.length === 1 ? children[0] : children },
});

/** The layout as the element tree satori takes (no JSX needed). */
export function ogCardTree({ title, siteName, tagline }: OgCard): Node {
  const logo = h(
    'svg',
    { width: 64, height: 64, viewBox: '0 0 32 32' },
    h('rect', { width: 32, height: 32, rx: 7, fill: INK_ON_BRAND }),
    h('path', { d: 'M9 17.5l4.5 4.5L23 11', stroke: BRAND, 'stroke-width': 3.2, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
  );
  return h(
    'div',
    {
      style: {
        width: '100%',
        height: '100%',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        padding: '64px 72px',
        background: BRAND,
        color: INK_ON_BRAND,
        fontFamily: 'Atkinson Hyperlegible',
      },
    },
    h('div', { style: { display: 'flex', alignItems: 'center', gap: 20, fontSize: 44, fontWeight: 700 } }, logo, siteName),
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', flexGrow: 1, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, maxWidth: 1040 } },
      title,
    ),
    h(
      'div',
      { style: { display: 'flex', fontSize: 30, color: SOFT_ON_BRAND, borderTop: `3px solid ${SOFT_ON_BRAND}`, paddingTop: 24 } },
      tagline,
    ),
  );
}

/** Renders one preview image as PNG bytes. */
export async function renderOgImage(card: OgCard, fonts: Fonts): Promise<Buffer> {
  const svg = await satori(ogCardTree(card) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), to check what was written. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
