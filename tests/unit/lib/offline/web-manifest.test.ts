import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { webManifest, iconSvg, ICONS, THEME_COLOR } from '../../../../src/lib/offline/web-manifest';

const manifest = webManifest({ name: 'IOP Guide', shortName: 'IOP Guide', description: 'd', lang: 'en' });
const favicon = readFileSync('public/favicon.svg', 'utf8');

/** RGBA of one pixel of a rendered icon. */
function pixel(svg: string, x: number, y: number): number[] {
  const image = new Resvg(svg).render();
  const i = (y * image.width + x) * 4;
  return [...image.pixels.subarray(i, i + 4)];
}

describe('webManifest', () => {
  it('opens the home page as a standalone app within the whole site', () => {
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', id: '/', display: 'standalone', lang: 'en' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it('lists 192 and 512 px icons for every purpose, as Chromium needs to offer install', () => {
    for (const purpose of ['any', 'maskable']) {
      const sizes = manifest.icons.filter((i) => i.purpose === purpose).map((i) => i.sizes);
      expect(sizes, purpose).toEqual(expect.arrayContaining(['192x192', '512x512']));
    }
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/icons\/[\w-]+\.png$/);
  });

  it('uses the brand colour of the site theme', () => {
    expect(manifest.theme_color).toBe(THEME_COLOR);
    expect(readFileSync('src/styles/global.css', 'utf8')).toContain(`--brand: ${THEME_COLOR};`);
  });
});

describe('iconSvg', () => {
  it('draws every icon at its size', () => {
    for (const spec of ICONS) {
      const image = new Resvg(iconSvg(favicon, spec)).render();
      expect([image.width, image.height], spec.file).toEqual([spec.size, spec.size]);
    }
  });

  it('keeps the rounded corners transparent on plain icons and fills them on maskable ones', () => {
    const plain = ICONS.find((i) => i.purpose === 'any')!;
    const maskable = ICONS.find((i) => i.purpose === 'maskable')!;
    expect(pixel(iconSvg(favicon, plain), 0, 0)[3]).toBe(0);
    expect(pixel(iconSvg(favicon, maskable), 0, 0)).toEqual([0x0b, 0x5e, 0x6b, 255]);
  });

  it('keeps the white check mark inside the safe zone of maskable icons (the centre circle, 80% wide)', () => {
    const spec = ICONS.find((i) => i.purpose === 'maskable' && i.size === 512)!;
    const image = new Resvg(iconSvg(favicon, spec)).render();
    const { width, pixels } = image;
    let furthest = 0;
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (pixels[i]! > 200 && pixels[i + 1]! > 200 && pixels[i + 2]! > 200) furthest = Math.max(furthest, Math.hypot(x - width / 2, y - width / 2));
      }
    }
    expect(furthest).toBeGreaterThan(0);
    expect(furthest).toBeLessThanOrEqual(0.4 * width);
  });
});
