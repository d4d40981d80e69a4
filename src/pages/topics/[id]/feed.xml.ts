import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type ArchivePaper } from '../../../data/archive.ts';
import { topicFeed } from '../../../data/feeds.ts';
import type { TopicGroup } from '../../../lib/group-papers.ts';

/**
 * One Atom feed per topic: its latest papers; the same feed at each old id of
 * a renamed topic (its `aliases`), since a static host cannot redirect a feed
 * reader (the feed's own links name the current URLs); each copy's id is made
 * of the address it is served at.
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.topicPages.flatMap((group) => [group.topic.id, ...(group.topic.aliases ?? [])].map((id) => ({ params: { id }, props: { group } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: TopicGroup<ArchivePaper> }> = async ({ params, props }) =>
  new Response(topicFeed(await getArchive(), props.group, params.id), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
