import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { sitemapXml } from '../lib/exports.ts';
import { paths } from '../lib/urls.ts';

/** `/sitemap.xml`: every page a search engine should index (not redirects, 404 or search). */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const { absolute } = archive.urls;
  const urls = [
    absolute(paths.home()),
    absolute(paths.papers()),
    ...archive.papers.map((p) => absolute(paths.paper(p.slug))),
    absolute(paths.topics()),
    ...archive.topics.map((g) => absolute(paths.topic(g.topic.id))),
    absolute(paths.listings()),
    ...archive.listings.map((l) => absolute(paths.listing(l.id))),
  ];
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
