// robots.txt: everything may be crawled; points to the sitemap.
import type { APIRoute } from 'astro';
import { url } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('/sitemap-index.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain' } });
