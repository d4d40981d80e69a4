import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { papersJson, papersJsonText } from '../lib/exports.ts';
import { paths } from '../lib/urls.ts';

/** `/papers.json`: every paper on show (a retired one is left out) with its URL, topics, listings and keywords, for scripts. */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const body = papersJson(archive.papers, {
    paper: (slug) => archive.urls.absolute(paths.paper(slug)),
    listing: (id) => archive.urls.absolute(paths.listing(id)),
  });
  return new Response(papersJsonText(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
