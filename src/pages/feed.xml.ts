import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { siteFeed } from '../data/feeds.ts';

/** The site's Atom feed: the latest papers, newest day first, each dated by its latest listing. */
export const GET: APIRoute = async () => new Response(siteFeed(await getArchive()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
