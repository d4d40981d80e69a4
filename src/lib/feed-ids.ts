import { createHash } from 'node:crypto';

/**
 * The namespace of Folio's paper entries for name-based UUIDs (RFC 9562
 * §5.5): fixed for good, since every feed entry id ever published is made
 * from it.
 */
const PAPER_ENTRY_NAMESPACE = '1be24efc-63f7-4842-b09c-e7cec34ee303';

/** The namespace of Folio's feeds themselves (their `atom:id`), fixed for good as the entries' is. */
const FEED_NAMESPACE = '9686de19-1c2b-47ec-9e2b-095d85f1d120';

/**
 * The permanent `atom:id` of a paper's feed entry: a name-based UUID (version
 * 5) of its permanent slug, `urn:uuid:…`. Made of the slug alone, never of
 * `FOLIO_SITE` or `FOLIO_BASE`, so a site moved to a new origin or path keeps
 * every id and feed readers show no entry again (RFC 4287 §4.2.6: an id must
 * not change when a feed is relocated). A `tag:` URI (RFC 4151) would need a
 * domain the archive owned on a given day, which no setting records; the
 * same paper in two Folio archives gets one id, as the same entry
 * republished. Pure.
 */
export function feedEntryId(slug: string): string {
  return `urn:uuid:${nameBasedUuid(PAPER_ENTRY_NAMESPACE, `papers/${slug}`)}`;
}

/**
 * The permanent `atom:id` of a feed: a name-based UUID (version 5) of the
 * feed's path within the site (`feed.xml`, `topics/<id>/feed.xml`: see
 * `paths` in urls.ts), `urn:uuid:…`. Never made of `FOLIO_SITE` or
 * `FOLIO_BASE`, for the reason {@link feedEntryId} gives: a feed moved with
 * its site is the same feed (RFC 4287 §4.2.6). A topic's feed served at an
 * alias too has that address's id there, so the URL a reader subscribed to
 * keeps its id through renames and merges. Pure.
 */
export function feedId(sitePath: string): string {
  return `urn:uuid:${nameBasedUuid(FEED_NAMESPACE, sitePath)}`;
}

/** UUID version 5 of `name` in `namespace` (RFC 9562 §5.5): SHA-1 of the namespace's bytes and the name's UTF-8, version and variant bits set. */
export function nameBasedUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
