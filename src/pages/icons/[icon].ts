import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICONS, iconSvg, type IconSpec } from '../../lib/offline/web-manifest';

/**
 * /icons/*.png for the web app manifest, drawn at build time from
 * public/favicon.svg with resvg, so the app icon can never drift from the
 * favicon and no binary files are kept in git.
 */
export const getStaticPaths = (() => ICONS.map((spec) => ({ params: { icon: spec.file }, props: { spec } }))) satisfies GetStaticPaths;

// Astro builds from the project root; public/ files cannot be imported as modules.
export const GET: APIRoute<{ spec: IconSpec }> = async ({ props }) => {
  const favicon = await readFile(resolve(process.cwd(), 'public/favicon.svg'), 'utf8');
  const png = new Resvg(iconSvg(favicon, props.spec)).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
