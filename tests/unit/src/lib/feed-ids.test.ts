import { describe, expect, test } from 'vitest';
import { feedEntryId, feedId, nameBasedUuid } from '../../../../src/lib/feed-ids.ts';

describe('nameBasedUuid', () => {
  test('gives RFC 9562’s version-5 UUID (the DNS namespace’s `www.example.com`, as Python’s uuid5 does)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('feedEntryId', () => {
  test('is a urn:uuid of the paper’s permanent slug alone, fixed for good', () => {
    expect(feedEntryId('newer')).toBe('urn:uuid:4a6f094e-8059-52ba-a958-30e92371af7e');
  });

  test('differs from one slug to another', () => {
    expect(feedEntryId('knot-theory-a3lrrzwyuq')).not.toBe(feedEntryId('knot-theory-a3lrrzwyur'));
  });
});

describe('feedId', () => {
  test('is a urn:uuid of the feed’s path within the site alone, fixed for good', () => {
    expect(feedId('feed.xml')).toBe('urn:uuid:024c00d5-042a-52de-a398-4155873e69cf');
  });

  test('differs from one feed to another, and from the entry of a paper whose slug reads like a feed', () => {
    expect(feedId('topics/a/feed.xml')).not.toBe(feedId('topics/b/feed.xml'));
    expect(feedId('papers/feed.xml')).not.toBe(feedEntryId('feed.xml'));
  });
});
