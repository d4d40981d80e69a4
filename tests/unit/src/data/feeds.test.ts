import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Archive, ArchivePaper } from '../../../../src/data/archive.ts';
import { feedEntries, siteFeed, topicFeed } from '../../../../src/data/feeds.ts';
import { abstractText } from '../../../../src/format/abstract-text.ts';
import { readSiteConfig } from '../../../../src/config.ts';
import { byRecency, groupByListing, groupByTopic } from '../../../../src/lib/group-papers.ts';
import { atomProblems } from '../../../support/atom-rules.ts';

const topics = [
  { id: 'mixed', name: 'Mixed', description: 'Dated and undated papers.', terms: [] },
  { id: 'undated', name: 'Undated', description: 'Undated papers alone.', terms: [] },
  { id: 'empty', name: 'Empty', description: 'No paper.', terms: [] },
];

/** A paper listed at `listings` (days or the ids of undated dumps), first place in each. */
const paper = (slug: string, topicIds: string[], listings: string[]) =>
  ({
    slug,
    title: slug,
    topics: topicIds,
    keywords: [],
    aliases: [],
    listings: listings.map((listing) => ({ listing, source: `${listing}.txt`, position: 1 })),
    abstract: abstractText(`The abstract of ${slug}.`),
  }) as unknown as ArchivePaper;

/** An archive of `papers`, ordered and grouped as the site's archive is. */
function archiveOf(papers: ArchivePaper[], env: Record<string, string> = { FOLIO_SITE: 'https://lab.example.org' }): Archive {
  const config = readSiteConfig(env);
  const recent = byRecency(groupByListing(papers));
  return { config, urls: config.urls, recent, topicPages: groupByTopic(recent, topics), topicById: new Map(topics.map((t) => [t.id, t])) } as unknown as Archive;
}

const papers = [
  paper('newer', ['mixed'], ['2025-06-13']),
  paper('older', ['mixed'], ['2025-03-14']),
  paper('saved-undated', ['mixed', 'undated'], ['002-679632857d56aeca']),
  paper('dated-later', ['mixed'], ['002-679632857d56aeca', '2025-03-17']),
];
const archive = archiveOf(papers);
const topicPage = (id: string) => archive.topicPages.find((group) => group.topic.id === id)!;
const every = () => [siteFeed(archive), ...topics.map((t) => topicFeed(archive, topicPage(t.id)))];

/** The feed's own `<updated>`, and each entry's slug and `<updated>`, in order. */
function dates(xml: string): { feed: string; entries: Array<[string, string]> } {
  const [head, ...entries] = xml.split('<entry>');
  return {
    feed: /<updated>([^<]+)<\/updated>/.exec(head!)![1]!,
    entries: entries.map((e) => [/<link href="[^"]*\/papers\/([^/]+)\/"/.exec(e)![1]!, /<updated>([^<]+)<\/updated>/.exec(e)![1]!]),
  };
}

afterEach(() => vi.useRealTimers());

describe('siteFeed and topicFeed', () => {
  test('are the same whenever they are built: no feed reads the clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T12:05:30Z'));
    const first = every();
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
    expect(every()).toEqual(first);
  });

  test('put a paper whose listings have no day last, dated 1970-01-01T00:00:00Z (no day known), in the site feed and a topic feed alike', () => {
    const expected = {
      feed: '2025-06-13T00:00:00.000Z',
      entries: [
        ['newer', '2025-06-13T00:00:00.000Z'],
        ['dated-later', '2025-03-17T00:00:00.000Z'],
        ['older', '2025-03-14T00:00:00.000Z'],
        ['saved-undated', '1970-01-01T00:00:00.000Z'],
      ],
    };
    expect(dates(siteFeed(archive))).toEqual(expected);
    expect(dates(topicFeed(archive, topicPage('mixed')))).toEqual(expected);
  });

  test('date a feed of undated papers alone, or of none, 1970-01-01T00:00:00Z too', () => {
    expect(dates(topicFeed(archive, topicPage('undated')))).toEqual({ feed: '1970-01-01T00:00:00.000Z', entries: [['saved-undated', '1970-01-01T00:00:00.000Z']] });
    expect(dates(topicFeed(archive, topicPage('empty')))).toEqual({ feed: '1970-01-01T00:00:00.000Z', entries: [] });
  });

  test('give each entry an id made of its paper’s permanent slug alone: the same on any origin and base path, so moving the site shows no entry again', () => {
    const entryIds = (xml: string) => xml.split('<entry>').slice(1).map((e) => /<id>([^<]+)<\/id>/.exec(e)![1]!);
    const moved = archiveOf(papers, { FOLIO_SITE: 'https://papers.example.com', FOLIO_BASE: '/folio/' });
    const ids = entryIds(siteFeed(archive));
    expect(ids).toHaveLength(papers.length);
    expect(entryIds(siteFeed(moved))).toEqual(ids);
    expect(entryIds(topicFeed(moved, moved.topicPages.find((group) => group.topic.id === 'mixed')!))).toEqual(ids);
    expect(ids.filter((id) => id.includes('example'))).toEqual([]);
    // The link still takes the reader to the paper where the site is now.
    expect(siteFeed(moved)).toContain('<link href="https://papers.example.com/folio/papers/newer/"/>');
    expect(atomProblems(siteFeed(moved))).toEqual([]);
  });

  test('give each feed an id made of its path within the site: a urn:uuid, the same on any origin and base path, so moving the site keeps every feed', () => {
    const feedId = (xml: string) => /<id>([^<]+)<\/id>/.exec(xml.split('<entry>')[0]!)![1]!;
    const moved = archiveOf(papers, { FOLIO_SITE: 'https://papers.example.com', FOLIO_BASE: '/folio/' });
    const feeds = (at: Archive) => [siteFeed(at), ...topics.map((t) => topicFeed(at, at.topicPages.find((group) => group.topic.id === t.id)!))];
    const ids = feeds(archive).map(feedId);
    expect(feeds(moved).map(feedId)).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // One id per feed: the site's and each topic's differ.
    expect(new Set(ids).size).toBe(ids.length);
    // Its self link still names where the feed is now.
    expect(siteFeed(moved)).toContain('<link rel="self" href="https://papers.example.com/folio/feed.xml"/>');
    expect(atomProblems(siteFeed(moved))).toEqual([]);
  });

  test('give each address a topic’s feed is served at the id of that address: a reader subscribed at a renamed topic’s old URL sees the same feed, and a topic that absorbs another keeps its own id', () => {
    const feedIdOf = (xml: string) => /<id>([^<]+)<\/id>/.exec(xml.split('<entry>')[0]!)![1]!;
    const before = feedIdOf(topicFeed(archive, topicPage('mixed')));
    const group = topicPage('mixed');
    // Renamed `mixed` -> `mixed-papers` (twice, in either order of its aliases): the copy still served at the old URL keeps that URL's id.
    for (const aliases of [['mixed'], ['mixed', 'mixed-up'], ['mixed-up', 'mixed']]) {
      const renamed = { ...group, topic: { ...group.topic, id: 'mixed-papers', aliases } };
      expect(feedIdOf(topicFeed(archive, renamed, 'mixed'))).toBe(before);
      expect(feedIdOf(topicFeed(archive, renamed))).not.toBe(before);
      // Its self link names where the feed is now, at either address.
      expect(topicFeed(archive, renamed, 'mixed')).toContain('<link rel="self" href="https://lab.example.org/topics/mixed-papers/feed.xml"/>');
    }
    // `empty` merged into `mixed` (its id kept in mixed's aliases): mixed's readers keep mixed's feed id, empty's keep empty's.
    const absorbing = { ...group, topic: { ...group.topic, aliases: ['empty'] } };
    expect(feedIdOf(topicFeed(archive, absorbing))).toBe(before);
    expect(feedIdOf(topicFeed(archive, absorbing, 'empty'))).toBe(feedIdOf(topicFeed(archive, topicPage('empty'))));
  });

  test('name the site as their author, at its home page, and meet RFC 4287’s MUSTs', () => {
    for (const xml of every()) {
      expect(xml).toMatch(/<author>\s*<name>Folio<\/name>\s*<uri>https:\/\/lab\.example\.org\/<\/uri>\s*<\/author>/);
      expect(atomProblems(xml)).toEqual([]);
    }
  });
});

describe('feedEntries', () => {
  test('summarises a paper with its formulas as plain text, never their TeX', () => {
    const withFormulas = { ...paper('formulas', ['mixed'], ['2025-06-13']), abstract: abstractText('A single embedding x in $R^{d}$, pruned at $\\geq$ 50% with $BERT_{BASE}$ and $M^{2}$-Encoders.') };
    const [entry] = feedEntries(archive, [withFormulas]);
    expect(entry!.summary).toBe('A single embedding x in Rᵈ, pruned at ≥ 50% with BERT_BASE and M²-Encoders.');
  });
});
