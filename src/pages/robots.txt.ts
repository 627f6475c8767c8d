import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/share-urls';

// Names the sitemap with its full URL, which follows SITE_URL.
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
