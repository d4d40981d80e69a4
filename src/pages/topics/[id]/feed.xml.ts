import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type ArchivePaper } from '../../../data/archive.ts';
import { feedEntries } from '../../../data/feed-entries.ts';
import { atomFeed, buildDate } from '../../../lib/atom.ts';
import { paths } from '../../../lib/urls.ts';
import type { TopicGroup } from '../../../lib/group-papers.ts';

/**
 * One Atom feed per topic: its latest papers; the same feed at each old id of
 * a renamed topic (its `aliases`), since a static host cannot redirect a feed
 * reader (the feed's own links name the current URLs).
 */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.topicPages.flatMap((group) => [group.topic.id, ...(group.topic.aliases ?? [])].map((id) => ({ params: { id }, props: { group } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: TopicGroup<ArchivePaper> }> = async ({ props }) => {
  const archive = await getArchive();
  const { topic, papers } = props.group;
  const xml = atomFeed(
    {
      title: `${topic.name} · ${archive.config.title}`,
      description: topic.description,
      selfUrl: archive.urls.absolute(paths.topicFeed(topic.id)),
      pageUrl: archive.urls.absolute(paths.topic(topic.id)),
      fallback: buildDate(),
    },
    feedEntries(archive, papers, buildDate()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
