import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { indexByUrl } from '../support/pagefind-pages.ts';
import { htmlFiles, page, readEntries, redirectOf, text } from '../support/site.ts';
import { feedId } from '../../src/lib/feed-ids.ts';

const { content, root, based, renamedTopic, hostile } = inject('builds');
const { dist, site } = root;

describe('a topic renamed with its old id kept in `aliases`', () => {
  const { from, to } = renamedTopic;

  test('the ingest that followed wrote the new id into every entry it filed under the topic', () => {
    const entries = readEntries(content);
    expect(entries.filter((e) => e.data.topics.includes(to)).length).toBeGreaterThan(10);
    expect(entries.filter((e) => [...e.data.topics, ...((e.data as { autoTopics?: string[] }).autoTopics ?? [])].includes(from)).map((e) => e.data.slug)).toEqual([]);
  });

  test('published.json records its old id, published before the rename, and its new one: the site built with the old id kept in `aliases`', () => {
    const topics = JSON.parse(fs.readFileSync(path.join(content, 'published.json'), 'utf8')).topics;
    expect(topics).toEqual(expect.arrayContaining([from, to]));
    expect(fs.existsSync(path.join(dist, 'topics', from, 'index.html'))).toBe(true);
  });

  test('its old URL is a redirect to the new one, as a paper alias is (meta refresh, canonical, link, noindex)', () => {
    expect(text(page(dist, `topics/${to}/index.html`).querySelector('h1')!)).toBe('Language models');
    expect(redirectOf(dist, `topics/${from}/index.html`)).toEqual({ refresh: `0; url=/topics/${to}/`, canonical: `${site}/topics/${to}/`, link: `/topics/${to}/`, robots: 'noindex', indexed: false });
    expect(redirectOf(based.dist, `topics/${from}/index.html`)).toMatchObject({ refresh: `0; url=/folio/topics/${to}/`, canonical: `${site}/folio/topics/${to}/` });
  });

  test('each page the topic has now has a redirect at its old URL, and no other', () => {
    const pages = (id: string) => htmlFiles(dist).filter((f) => f.startsWith(`topics/${id}/`)).map((f) => f.slice(`topics/${id}/`.length)).sort();
    expect(pages(from)).toEqual(pages(to));
    // `1/` (page 1 where a reader edits the number) goes straight to the first page, not through the topic's own `1/` redirect.
    for (const file of pages(from)) expect(redirectOf(dist, `topics/${from}/${file}`).refresh).toBe(`0; url=/topics/${to}/${file.replace(/^1\//, '').replace(/index\.html$/, '')}`);
  });

  test('its old feed URL serves the topic’s feed, which names its current URLs (but for the feed’s own id, below)', () => {
    const feed = fs.readFileSync(path.join(dist, 'topics', to, 'feed.xml'), 'utf8');
    const withoutFeedId = (xml: string) => xml.replace(/<id>urn:uuid:[^<]+<\/id>/, '<id/>');
    expect(withoutFeedId(fs.readFileSync(path.join(dist, 'topics', from, 'feed.xml'), 'utf8'))).toBe(withoutFeedId(feed));
    expect(feed).toContain(`${site}/topics/${to}/feed.xml`);
    expect(feed).toContain('<entry>');
  });

  test('each address of its feed keeps the id made of that address: a feed reader subscribed at the old URL before the rename sees no new feed', () => {
    const feedIdOf = (at: string) => /<id>([^<]+)<\/id>/.exec(fs.readFileSync(path.join(dist, 'topics', at, 'feed.xml'), 'utf8').split('<entry>')[0]!)![1]!;
    expect(feedIdOf(from)).toBe(feedId(`topics/${from}/feed.xml`));
    expect(feedIdOf(to)).toBe(feedId(`topics/${to}/feed.xml`));
  });

  test('the old URL is in no sitemap, search index or link of the site', async () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`${site}/topics/${to}/`);
    expect(sitemap).not.toContain(`/topics/${from}/`);
    const indexed = [...(await indexByUrl(path.join(dist, 'pagefind'))).keys()];
    expect(indexed.length).toBeGreaterThan(100);
    expect(indexed.filter((url) => url.includes('/topics/'))).toEqual([]);
    const linking = htmlFiles(dist).filter((f) => !f.startsWith(`topics/${from}/`) && page(dist, f).querySelector(`a[href^="/topics/${from}/"]`) !== null);
    expect(linking).toEqual([]);
  });
});

describe('an entry that still names a renamed topic’s old id (not ingested since)', () => {
  const { from, to } = hostile.renamedTopic;
  const entry = readEntries(hostile.content).find((e) => e.data.topics.includes(from))!;

  test('is filed under the topic it names now: its page links there and the topic lists it', () => {
    expect(entry).toBeDefined();
    const topics = page(hostile.dist, `papers/${entry.data.slug}/index.html`).querySelectorAll('a[href^="/topics/"]').map((a) => a.getAttribute('href'));
    expect(topics).toContain(`/topics/${to}/`);
    expect(topics.filter((href) => href?.startsWith(`/topics/${from}/`))).toEqual([]);
    const listed = page(hostile.dist, `topics/${to}/index.html`).querySelectorAll(`a[href="/papers/${entry.data.slug}/"]`);
    expect(listed.length).toBeGreaterThan(0);
    expect(redirectOf(hostile.dist, `topics/${from}/index.html`).refresh).toBe(`0; url=/topics/${to}/`);
  });
});
