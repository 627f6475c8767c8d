import QRCode from 'qrcode';

/** Error correction "M" (15%) survives a smudged or creased handout and keeps the code small. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/**
 * Where the QR code image of a page lives: /qr/guides/what-is-iop.svg for
 * /guides/what-is-iop/. src/pages/qr/[...page].svg.ts writes one for each
 * page that prints a code; PrintQrCode.astro shows it.
 */
export function qrImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  if (!trimmed) throw new Error('The home page prints no QR code');
  return `/qr/${trimmed}.svg`;
}

/** A standalone SVG file of the QR code for `url` (no ARIA: the <img> that shows it carries the alt text). */
export async function qrCodeFile(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', ...QR_OPTIONS, color: { dark: '#000000', light: '#ffffff' } });
  return svg.trim();
}
