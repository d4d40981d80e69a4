import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { atomFeed, buildDate } from '../lib/atom.ts';
import { feedEntries } from '../data/feed-entries.ts';
import { paths } from '../lib/urls.ts';

/** The site's Atom feed: the latest papers, newest day first, each dated by its latest listing. */
export const GET: APIRoute = async () => {
  const archive = await getArchive();
  const xml = atomFeed(
    {
      title: archive.config.title,
      description: archive.config.description,
      selfUrl: archive.urls.absolute(paths.feed()),
      pageUrl: archive.urls.absolute(paths.home()),
      fallback: buildDate(),
    },
    feedEntries(archive, archive.recent, buildDate()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
