import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/site-config.ts';
import { robotsTxt } from '../lib/exports.ts';
import { paths, urlsFor } from '../lib/urls.ts';

/** `/robots.txt`: crawl everything, here is the sitemap. */
export const GET: APIRoute = () => {
  const config = siteConfig();
  return new Response(robotsTxt(urlsFor(config.base, config.site).absolute(paths.sitemap())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
