import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';

/**
 * `/topic-names.json`: each topic's name by id, which search results show
 * beside a hit. One cached file for the whole site instead of a copy in
 * every page's header.
 */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const names = Object.fromEntries([...archive.topicById].map(([id, topic]) => [id, topic.name]));
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
