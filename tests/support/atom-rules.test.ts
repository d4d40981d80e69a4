import { describe, expect, test } from 'vitest';
import { atomProblems } from './atom-rules.ts';

/** A valid feed of one entry, as RFC 4287 §1.1's example, with a self link. */
const valid = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Feed</title>
  <link href="http://example.org/"/>
  <link rel="self" href="http://example.org/feed.xml"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author><name>John Doe</name></author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <entry>
    <title>Atom-Powered Robots Run Amok</title>
    <link href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary>Some text.</summary>
  </entry>
</feed>`;

describe('atomProblems', () => {
  test('finds none in a valid feed', () => expect(atomProblems(valid)).toEqual([]));

  test('finds each missing or doubled required element, of the feed and of an entry', () => {
    expect(atomProblems(valid.replace('<author><name>John Doe</name></author>', ''))).toEqual(['feed: no atom:author, and 1 of 1 entries have none (RFC 4287 §4.1.1)']);
    expect(atomProblems(valid.replace('<author><name>John Doe</name></author>', '').replace('<summary>', '<author><name>J</name></author><summary>'))).toEqual([]);
    expect(atomProblems(valid.replace('<title>Example Feed</title>', ''))).toEqual(['feed: 0 atom:title elements, expected exactly one (RFC 4287 §4.1)']);
    expect(atomProblems(valid.replace('<updated>2003-12-13T18:30:02Z</updated>\n  <author>', '<author>'))).toEqual(['feed: 0 atom:updated elements, expected exactly one (RFC 4287 §4.1)']);
    expect(atomProblems(valid.replace('<link rel="self" href="http://example.org/feed.xml"/>', ''))).toEqual(['feed: 0 atom:link elements with rel="self", expected one (RFC 4287 §4.1.1)']);
    expect(atomProblems(valid.replace('<id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>', ''))).toEqual(['entry 1: 0 atom:id elements, expected exactly one (RFC 4287 §4.1)']);
    expect(atomProblems(valid.replace('<summary>', '<title>Again</title><summary>'))).toEqual(['entry 1: 2 atom:title elements, expected exactly one (RFC 4287 §4.1)']);
    expect(atomProblems(valid.replace('<link href="http://example.org/2003/12/13/atom03"/>', ''))).toEqual(['entry 1: no atom:content and no alternate atom:link, expected one of them (RFC 4287 §4.1.2)']);
    expect(atomProblems(valid.replace('<author><name>John Doe</name></author>', '<author></author>'))).toEqual(['feed: an atom:author with 0 atom:name elements, expected exactly one (RFC 4287 §3.2)']);
  });

  test('finds relative links and ids, and dates that are not RFC 3339', () => {
    expect(atomProblems(valid.replace('href="http://example.org/2003/12/13/atom03"', 'href="/2003/12/13/atom03"'))).toEqual(['entry 1: the atom:link href `/2003/12/13/atom03` is relative, with no xml:base']);
    expect(atomProblems(valid.replace('<feed xmlns', '<feed xml:base="http://example.org/" xmlns').replace('href="http://example.org/2003/12/13/atom03"', 'href="/2003/12/13/atom03"'))).toEqual([]);
    expect(atomProblems(valid.replace('<id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>', '<id>/papers/a/</id>'))).toEqual(['entry 1: atom:id `/papers/a/` is not an absolute IRI (RFC 4287 §4.2.6)']);
    expect(atomProblems(valid.replace('<updated>2003-12-13T18:30:02Z</updated>\n    <summary>', '<updated>2003-12-13 18:30:02</updated>\n    <summary>'))).toEqual(['entry 1: atom:updated `2003-12-13 18:30:02` is not an RFC 3339 date-time (RFC 4287 §3.3)']);
  });

  test('finds two entries under one id, a document that is not XML, and one that is not a feed', () => {
    const entry = valid.slice(valid.indexOf('<entry>'), valid.indexOf('</feed>'));
    expect(atomProblems(valid.replace('</feed>', `${entry}</feed>`))).toEqual(['entry 2: the id `urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a` of entry 1 too, expected an id of its own']);
    expect(atomProblems(valid.replace('</feed>', ''))).not.toEqual([]);
    expect(atomProblems('<rss version="2.0"/>')).toEqual(['the root element is {}rss, expected atom:feed']);
  });
});
