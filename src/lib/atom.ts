import { Feed } from 'feed';
import { escapeMarkup } from './escape-markup.ts';

/** One entry of an Atom feed. */
export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  categories: readonly string[];
}

/** What an Atom feed is about and where it lives. */
export interface FeedInfo {
  title: string;
  description: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  /** When the archive was built; papers carry no dates of their own. */
  updated: Date;
}

/**
 * Renders an Atom 1.0 feed with the `feed` package; titles and summaries are
 * plain text, escaped for its HTML fields. The package writes them as
 * `type="html"` inside CDATA, so a feed reader treats them as HTML: a title
 * such as `Tokens <SEG> and x<3` must arrive as `&lt;SEG&gt;` to be shown,
 * not swallowed as a tag.
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: info.selfUrl,
    title: escapeMarkup(info.title),
    description: escapeMarkup(info.description),
    link: info.pageUrl,
    updated: info.updated,
    generator: false,
    language: 'en',
    copyright: '',
    feedLinks: { atom: info.selfUrl },
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      title: escapeMarkup(entry.title),
      link: entry.url,
      date: info.updated,
      description: escapeMarkup(entry.summary),
      category: entry.categories.map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}

/** The build time used in feeds: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible builds. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}
