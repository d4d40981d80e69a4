import { Feed } from 'feed';
import { escapeMarkup } from './escape-markup.ts';

/** One entry of an Atom feed. */
export interface FeedEntry {
  /** The entry's permanent id (an absolute IRI that never changes, wherever the site is served). */
  id: string;
  title: string;
  url: string;
  summary: string;
  /** The entry's categories: a term (an id, safe in any XML) and a label to show. */
  categories: ReadonlyArray<{ term: string; label: string }>;
  /** When the entry last changed: the day of the latest listing it appeared in, or {@link UNDATED} when none has a day. */
  updated: Date;
}

/** What an Atom feed is about and where it lives. */
export interface FeedInfo {
  /** The feed's permanent id (an absolute IRI that never changes, wherever the site is served). */
  id: string;
  title: string;
  description: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  /** When the feed last changed; default: its newest entry's `updated`, or {@link UNDATED} when it has none. */
  updated?: Date;
  /** Who publishes the feed: RFC 4287 requires an author of a feed whose entries name none, as ours do not. */
  author: { name: string; uri: string };
}

/**
 * The date of what has no known day (a paper whose listings are all undated,
 * a feed with no entries): the Unix epoch, 1970-01-01T00:00:00Z. Atom needs a
 * date; this one claims none, comes before every listing, so such a paper is
 * the oldest in a feed reader as it is last in every feed, and is the same in
 * every build (a feed is a function of the content, never of the clock).
 */
export const UNDATED = new Date(0);

/**
 * Characters XML 1.0 cannot hold at all, escaped or not: controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A
 * feed with one is not XML, and readers reject all of it.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with the characters XML cannot hold removed. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * The `feed` package writes entry titles and summaries as `type="html"`
 * inside CDATA, so a feed reader treats them as HTML: a title such as
 * `Tokens <SEG> and x<3` must arrive as `&lt;SEG&gt;` to be shown, not
 * swallowed as a tag (which also keeps `]]>` out of the CDATA).
 */
const asHtml = (text: string) => escapeMarkup(xmlText(text));

/**
 * Renders an Atom 1.0 feed with the `feed` package. Titles and summaries are
 * plain text: escaped for its HTML fields, stripped of what XML cannot hold,
 * so the feed is well-formed XML whatever the entries contain.
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const newest = entries.reduce<Date | undefined>((max, e) => (max === undefined || e.updated > max ? e.updated : max), undefined);
  const feed = new Feed({
    id: info.id,
    // The feed's own title and subtitle are text constructs: the XML writer escapes them.
    title: xmlText(info.title),
    description: xmlText(info.description),
    link: info.pageUrl,
    // A person construct's name is text: the XML writer escapes it.
    author: { name: xmlText(info.author.name), link: info.author.uri },
    updated: info.updated ?? newest ?? UNDATED,
    generator: false,
    language: 'en',
    copyright: '',
    feedLinks: { atom: info.selfUrl },
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: asHtml(entry.title),
      link: entry.url,
      date: entry.updated,
      description: asHtml(entry.summary),
      // The package writes attribute values with `&` and `"` escaped but not `<`: a label holding one is left out (the term stays).
      category: entry.categories.map(({ term, label }) => ({ term: xmlText(term), ...(label.includes('<') ? {} : { name: xmlText(label) }) })),
    });
  }
  return feed.atom1();
}
