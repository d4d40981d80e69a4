import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { sitemapXml } from '../lib/exports.ts';
import { paths } from '../lib/urls.ts';
import { azPageViews, topicPageCount } from '../data/page-views.ts';

/** `/sitemap.xml`: every page a search engine should index (not redirects, 404 or search). */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const { absolute } = archive.urls;
  const pages = (count: number, path: (n: number) => string) => Array.from({ length: count }, (_, i) => absolute(path(i + 1)));
  // A listing or a year whose every paper was retired keeps its page (its URL was served) but is not one to index.
  const onShow = new Set(archive.listings.map((l) => l.id));
  const yearsOnShow = new Set(archive.years);
  const urls = [
    absolute(paths.home()),
    ...pages(azPageViews(archive).length, paths.papers),
    ...archive.papers.map((p) => absolute(paths.paper(p.slug))),
    absolute(paths.topics()),
    ...archive.topics.flatMap((g) => pages(topicPageCount(g.papers.length), (n) => paths.topic(g.topic.id, n))),
    absolute(paths.listings()),
    ...archive.listingRoutes.filter((r) => (r.kind === 'year' && yearsOnShow.has(r.year)) || (r.kind === 'listing' && onShow.has(r.listing))).map((r) => absolute(paths.listing(r.id))),
  ];
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
