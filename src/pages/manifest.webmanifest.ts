import type { APIRoute } from 'astro';
import { t, lang } from '../i18n';
import { webManifest } from '../lib/offline/web-manifest';

/** /manifest.webmanifest: makes the guide installable; names come from the i18n strings. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({ name: t('site.name'), shortName: t('offline.app.shortName'), description: t('site.description'), lang }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
