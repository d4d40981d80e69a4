import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { unspelledPapersFile } from '../lib/unspelled-papers.ts';

/** `/unspelled-papers.json`: the papers whose titles an address cannot spell, for the 404 page to name from a link cut short (src/lib/unspelled-papers.ts). */
export const GET: APIRoute = async () => {
  const { text } = unspelledPapersFile((await getArchive()).papers);
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
