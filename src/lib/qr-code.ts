import QRCode from 'qrcode';

/** Error correction "M" (15%) survives a smudged or creased handout and keeps the code small. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A QR code for `url` as inline SVG, made at build time: no image request,
 * no script, crisp at any print size. `label` names it for assistive
 * technology (role="img"); black on white with the standard 4-module quiet
 * zone, so phone cameras read it from paper.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', ...QR_OPTIONS, color: { dark: '#000000', light: '#ffffff' } });
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" class="qr-code" `);
}
