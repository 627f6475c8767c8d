import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { qrCodeFile, qrImagePath } from '../../lib/qr-code';

/**
 * The QR codes printed on guides and handouts (PrintQrCode.astro), one SVG
 * file per page. A file, not inline SVG: the code is for paper, so it stays
 * out of the HTML a reader waits for on screen (bench/budgets.json). Every
 * page that shows <PrintQrCode> must be listed here; the browser tests check
 * that each printed code has loaded.
 */
export const getStaticPaths = (async () => {
  const guides = await getCollection('guides');
  const pages = [...guides.map((g) => `/guides/${g.id}/`), '/referral-staff/', '/questions-to-ask/'];
  return pages.map((path) => ({ params: { page: qrImagePath(path).replace(/^\/qr\/|\.svg$/g, '') }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props, site }) =>
  new Response(await qrCodeFile(new URL(props.path, site).href), { headers: { 'Content-Type': 'image/svg+xml' } });
