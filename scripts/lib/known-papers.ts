import type { Manifest } from '../../src/format/manifest-schema.ts';
import type { Paper } from '../../src/format/paper-schema.ts';
import { abstractKey, looseAbstractKey, titleKey, type AbstractKey } from '../../src/format/paper-key.ts';
import { abstractText } from '../../src/format/abstract-text.ts';
import { entryBody } from '../../src/format/entry.ts';
import type { KnownPaper } from './merge-papers.ts';
import type { CacheRecord } from './ingest-cache.ts';
import { titleToText } from './abstract-to-mdast.ts';

/** What identifying a published paper needs of an entry on disk. */
export interface EntryOnDisk {
  data: Paper;
  /** The file's text, whose body gives the abstract when nothing else does. */
  text: string;
}

/**
 * Every paper already published, as identity needs it: each entry with the
 * titles it is known by (its title, former titles, and the titles its slug
 * and aliases were recorded with) and its abstract's keys (from the memo of
 * the dump it was made from, the manifest, or, when neither has one, its
 * body); and each slug of the manifest no entry accounts for.
 */
export function knownPapers(existing: readonly EntryOnDisk[], manifest: Manifest, memos: ReadonlyMap<string, CacheRecord>): KnownPaper[] {
  const known: KnownPaper[] = [];
  const covered = new Set<string>();
  for (const entry of existing) {
    const slugs = [entry.data.slug, ...entry.data.aliases];
    for (const slug of slugs) covered.add(slug);
    const recorded = slugs.flatMap((slug) => manifest.papers[slug]?.title ?? []);
    known.push({ slug: entry.data.slug, titles: readTitles([entry.data.title, ...entry.data.formerTitles, ...recorded]), abstracts: abstractsOf(entry, manifest, memos) });
  }
  for (const [slug, record] of Object.entries(manifest.papers)) {
    if (!covered.has(slug)) known.push({ slug, titles: readTitles([record.title]), abstracts: record.abstract === undefined ? [] : [{ exact: record.abstract, distinctive: true }] });
  }
  return known;
}

/** Titles as recorded, and as this version reads their TeX (earlier versions kept `Caf\\'e` as written), each once. */
function readTitles(titles: readonly string[]): string[] {
  return [...new Set(titles.flatMap((title) => [title, titleToText(title).text]))];
}

/**
 * The keys of an entry's abstract: as the last run read it from a dump, as
 * the manifest recorded it, else (an archive from an earlier version, its
 * memo gone) the loose key of its body.
 */
function abstractsOf(entry: EntryOnDisk, manifest: Manifest, memos: ReadonlyMap<string, CacheRecord>): AbstractKey[] {
  const keys: AbstractKey[] = [];
  const memo = memos.get(entry.data.slug)?.abstract;
  if (memo !== undefined) keys.push(abstractKey(memo));
  const recorded = manifest.papers[entry.data.slug]?.abstract;
  if (recorded !== undefined && !keys.some((k) => k.exact === recorded)) keys.push({ exact: recorded, distinctive: true });
  if (keys.length === 0) keys.push(looseAbstractKey(abstractText(entryBody(entry.text)).text));
  return keys;
}

/**
 * The manifest's records with their keys as this version makes them (the
 * title whitespace folded, NFC, case kept), so a manifest written by an
 * earlier version, which folded case, is migrated in place. Slugs never change.
 * The object has no prototype: looking up the slug `constructor` must find
 * no record, not Object's.
 */
export function migrateManifest(papers: Manifest['papers']): Manifest['papers'] {
  const migrated: Manifest['papers'] = Object.create(null);
  for (const [slug, record] of Object.entries(papers)) migrated[slug] = { ...record, key: titleKey(record.title) };
  return migrated;
}
