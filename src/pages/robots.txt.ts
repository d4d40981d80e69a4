import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { robotsTxt } from '../lib/exports.ts';
import { paths } from '../lib/urls.ts';

/** `/robots.txt`: crawl everything, here is the sitemap. */
export const GET: APIRoute = () => {
  return new Response(robotsTxt(siteConfig.urls.absolute(paths.sitemap())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
