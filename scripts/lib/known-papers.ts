import type { Manifest } from '../../src/format/manifest-schema.ts';
import type { Paper } from '../../src/format/paper-schema.ts';
import { abstractKey, isRealAbstract, looseAbstractKey, REAL_ABSTRACT, titleKey, type AbstractKey } from '../../src/format/paper-key.ts';
import { abstractTextOf } from '../../src/format/abstract-text.ts';
import { readEntryBody } from '../../src/format/entry-problems.ts';
import { entryBody } from '../../src/format/entry.ts';
import type { KnownPaper } from './merge-papers.ts';
import type { CacheRecord } from './ingest-cache.ts';
import { titleToText } from './abstract-to-mdast.ts';
import { readWrittenBody, writeWrittenBody, writtenBody, type WrittenBody } from '../../src/format/written-body.ts';

/** What identifying a published paper needs of an entry on disk. */
export interface EntryOnDisk {
  /** Path of the file, for messages. */
  path: string;
  data: Paper;
  /** The file's text, whose body gives the abstract when nothing else does. */
  text: string;
}

/**
 * Every paper already published, as identity needs it: each entry with the
 * titles it is known by (its title, former titles, and the titles its slug
 * and aliases were recorded with) and its abstract's keys (those of its
 * manifest record, or, when it has none, its body's); and each slug of the
 * manifest no entry accounts for. Read from the content folder alone.
 */
export function knownPapers(existing: readonly EntryOnDisk[], manifest: Manifest): KnownPaper[] {
  const known: KnownPaper[] = [];
  const covered = new Set<string>();
  for (const entry of existing) {
    const slugs = [entry.data.slug, ...entry.data.aliases];
    for (const slug of slugs) covered.add(slug);
    const recorded = slugs.flatMap((slug) => recordedTitles(manifest.papers[slug]));
    known.push({ slug: entry.data.slug, titles: readTitles([entry.data.title, ...entry.data.formerTitles, ...recorded]), ...abstractsOf(entry, manifest) });
  }
  for (const [slug, record] of Object.entries(manifest.papers)) {
    if (!covered.has(slug)) known.push({ slug, titles: readTitles(recordedTitles(record)), abstracts: recordedAbstracts(record), ...recordedNotice(record) });
  }
  return known;
}

/** The titles a record knows its paper by: the one its slug was published with, the one the ingest last took from the dumps and the one it last wrote (which the entry may no longer show, changed by hand). */
function recordedTitles(record: ManifestRecord | undefined): string[] {
  if (record === undefined) return [];
  return [record.title, ...(record.ingestedTitle === undefined ? [] : [record.ingestedTitle]), ...(record.writtenTitle === undefined ? [] : [record.writtenTitle])];
}

/**
 * The title the ingest last took from the dumps for a record's paper (see
 * `mergeHandEdit`): its `ingestedTitle`, else the title its slug was
 * published with, except in a record written before `ingestedTitle` existed
 * whose paper the ingest retitled: there the entry (`entry`) lists the
 * published title among its former titles (a title changed by hand adds
 * none) under another, and that title is what the ingest last took. A
 * title the user changed after such a retitle reads as the ingest's too:
 * the record cannot tell them apart. The record of a later version holds
 * `ingestedTitle` wherever it is not the published title, and
 * `writtenTitle` once a user's title was kept over the dumps', so it reads
 * as before.
 */
export function ingestedTitle(record: ManifestRecord, entry?: { title: string; formerTitles: readonly string[] }): string {
  if (record.ingestedTitle !== undefined) return record.ingestedTitle;
  const published = titleKey(record.title);
  const retitled = entry !== undefined && record.writtenTitle === undefined && titleKey(entry.title) !== published && entry.formerTitles.some((t) => titleKey(t) === published);
  return retitled ? entry.title : record.title;
}

/** Titles as recorded, and as this version reads their TeX (earlier versions kept `Caf\\'e` as written), each once. */
export function readTitles(titles: readonly string[]): string[] {
  return [...new Set(titles.flatMap((title) => [title, titleToText(title).text]))];
}

/**
 * The keys of an entry's abstract, and whether it is a notice: as its
 * manifest record has them, else (an archive from an earlier version) from
 * its body.
 */
function abstractsOf(entry: EntryOnDisk, manifest: Manifest): Pick<KnownPaper, 'abstracts' | 'notice'> {
  const record = manifest.papers[entry.data.slug];
  const keys = record === undefined ? [] : recordedAbstracts(record);
  if (keys.length > 0) return { abstracts: keys, ...recordedNotice(record!) };
  const text = abstractTextOf(readEntryBody(entry.path, entry.text, entryBody(entry.text))).text;
  return { abstracts: [looseAbstractKey(text)], notice: !isRealAbstract(text) };
}

/**
 * Whether a record says its paper's body was made from a notice: from an
 * abstract under REAL_ABSTRACT characters long, so under as many letters and
 * digits (reading the body of every entry to count them would cost every
 * ingest a pass over the archive). A longer one counts as a real abstract,
 * as does a body the record says nothing of.
 */
function recordedNotice(record: ManifestRecord): Pick<KnownPaper, 'notice'> {
  const body = recordedBody(record);
  return body === undefined ? {} : { notice: body.length < REAL_ABSTRACT };
}

/** The abstract keys a manifest record holds: that of the abstract its body was last made from, and that of its abstract when the slug was recorded. */
function recordedAbstracts(record: ManifestRecord): AbstractKey[] {
  const keys: AbstractKey[] = [];
  const body = recordedBody(record);
  if (body !== undefined) keys.push({ exact: body.key, distinctive: body.distinctive });
  if (record.abstract !== undefined && !keys.some((k) => k.exact === record.abstract)) keys.push({ exact: record.abstract, distinctive: true });
  return keys;
}

/** What the manifest records of one published slug. */
type ManifestRecord = Manifest['papers'][string];

/** The body a manifest record says the ingest last wrote, if it says. */
export function recordedBody(record: ManifestRecord): WrittenBody | undefined {
  return record.body === undefined ? undefined : readWrittenBody(record.body, record.abstract);
}

/**
 * The manifest's records as this version makes them: keys as this version
 * makes them (the title whitespace folded, NFC, case kept; an earlier
 * version folded case), and the body each entry was last written with, taken
 * from the memo of the last run (`memos`) where an earlier version kept it
 * only there. With no memo, a record without it stays so (see
 * `planBody`). Slugs never change. The object has no prototype: looking up
 * the slug `constructor` must find no record, not Object's.
 */
export function migrateManifest(papers: Manifest['papers'], memos: ReadonlyMap<string, CacheRecord> = new Map()): Manifest['papers'] {
  const migrated: Manifest['papers'] = Object.create(null);
  for (const [slug, record] of Object.entries(papers)) {
    const memo = memos.get(slug);
    const body = recordedBody(record) ?? (memo?.bodyHash !== undefined && memo.abstract !== undefined ? writtenBody(memo.bodyHash, memo.abstract) : undefined);
    migrated[slug] = manifestRecord(record.title, record.abstract, body, record.ingestedTitle, record.writtenTitle);
  }
  return migrated;
}

/**
 * A manifest record, its fields always in the schema's order, its body
 * written the one way, the title last ingested only when it is not `title`
 * and the title last written only when it is not the one last ingested, so
 * that the same record is always written the same way.
 */
export function manifestRecord(title: string, abstract: string | undefined, body: WrittenBody | undefined, ingested?: string, written?: string): ManifestRecord {
  const other = ingested === undefined || ingested === title ? {} : { ingestedTitle: ingested };
  const wrote = written === undefined || written === (ingested ?? title) ? {} : { writtenTitle: written };
  return { title, key: titleKey(title), ...other, ...wrote, ...(abstract === undefined ? {} : { abstract }), ...(body === undefined ? {} : { body: writeWrittenBody(body, abstract) }) };
}
