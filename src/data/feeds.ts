import type { Archive, ArchivePaper } from './archive.ts';
import { atomFeed, UNDATED, type FeedEntry } from '../lib/atom.ts';
import { dayStart } from '../format/day.ts';
import { feedEntryId, feedId } from '../lib/feed-ids.ts';
import { latestDay, type TopicGroup } from '../lib/group-papers.ts';
import { paths } from '../lib/urls.ts';

/** Papers in a feed: the latest, so a feed stays small however large the archive grows. */
export const FEED_SIZE = 50;

/**
 * Feed entries for the newest of `papers` (given newest first, as the
 * archive keeps them), at most {@link FEED_SIZE}. Each entry is dated by the
 * latest day its paper was listed on; a paper only on undated listings, last
 * in `papers` as the archive orders them, is dated {@link UNDATED}.
 */
export function feedEntries(archive: Archive, papers: readonly ArchivePaper[]): FeedEntry[] {
  return papers.slice(0, FEED_SIZE).map((paper) => {
    const day = latestDay(paper);
    return {
      id: feedEntryId(paper.slug),
      title: paper.title,
      url: archive.urls.absolute(paths.paper(paper.slug)),
      // Plain text, formulas written out (`O(n²)`): a feed reader shows the summary as it is.
      summary: paper.abstract.plain,
      categories: paper.topics.map((id) => ({ term: id, label: archive.topicById.get(id)?.name ?? id })),
      updated: day === undefined ? UNDATED : dayStart(day),
    };
  });
}

/**
 * The author every feed names: the site, at its home page. A feed aggregates
 * papers by many people whom a listing does not name; the archive is what
 * publishes it.
 */
function siteAuthor(archive: Archive): { name: string; uri: string } {
  return { name: archive.config.title, uri: archive.urls.absolute(paths.home()) };
}

/** The site's Atom feed (`/feed.xml`): the latest papers, newest day first, each dated by its latest listing. */
export function siteFeed(archive: Archive): string {
  return atomFeed(
    {
      id: feedId(paths.feed()),
      title: archive.config.title,
      description: archive.config.description,
      selfUrl: archive.urls.absolute(paths.feed()),
      pageUrl: archive.urls.absolute(paths.home()),
      author: siteAuthor(archive),
    },
    feedEntries(archive, archive.recent),
  );
}

/**
 * A topic's Atom feed (`/topics/<id>/feed.xml`): its latest papers; its links
 * name the topic's current URLs, wherever it is served. Its id is made of
 * the address it is served at (`at`: the topic's id, or one of its aliases),
 * so each URL a reader subscribed to keeps its feed's id through renames and
 * merges, whatever the order of the topic's `aliases`, as entries keep theirs.
 */
export function topicFeed(archive: Archive, { topic, papers }: TopicGroup<ArchivePaper>, at: string = topic.id): string {
  return atomFeed(
    {
      id: feedId(paths.topicFeed(at)),
      title: `${topic.name} · ${archive.config.title}`,
      description: topic.description,
      selfUrl: archive.urls.absolute(paths.topicFeed(topic.id)),
      pageUrl: archive.urls.absolute(paths.topic(topic.id)),
      author: siteAuthor(archive),
    },
    feedEntries(archive, papers),
  );
}
