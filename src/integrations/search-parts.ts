/**
 * The search index in parts, so that a day's update re-indexes only the
 * papers it can have changed, and Pagefind never holds a whole large
 * archive in memory (about 0.12 MB a paper while it writes an index).
 * Pagefind has no incremental mode: an index is written whole from every
 * page in it. Folio therefore writes several indexes, searched as one in
 * the browser (Pagefind's `mergeIndex`):
 *
 * - the archive, every paper first listed before the archive's latest month
 *   and the papers of undated listings, oldest first (undated, then by the
 *   day first listed, then by URL), in parts of 16,384 papers: `pagefind/`,
 *   then `pagefind-2/`, `pagefind-3/`, ...;
 * - the latest month, a part for each calendar week (Monday to Sunday) of
 *   it with papers, named by the week's first day within the month:
 *   `pagefind-week-2025-09-22/`; a week that started in the month before is
 *   cut at the month's first day (`pagefind-week-2025-09-01/`), so the
 *   archive's boundary stays the month (day.ts `weekInLatestMonth`).
 *
 * A day's dump adds papers to the latest week, so the archive's records
 * and the earlier weeks' stay as they were and their indexes are kept
 * (`partKey` says when each may be): an update indexes at most a week of
 * papers, and the first update of a week (a Monday) only its first day's,
 * in a part of its own. On the first day of a month the archive takes in
 * the month before, which only its last part (and new ones) receive, and
 * the new month has one week's part. An older paper edited re-indexes its
 * own part; an older day's dump ingested late moves the papers after it, and
 * the parts after it are written again (an undated listing counts as the
 * oldest: all of them). When the archive would need more than
 * `MAX_ARCHIVE_PARTS` parts, the parts double in size and every one is
 * written again once. A week without papers has no part; with one month of
 * papers, or none dated, there is one index. (A site indexed from its built
 * pages, when the loader published no records, is one index whatever its
 * size: pagefind.ts `indexSite`.)
 * Pure: the Pagefind integration does the I/O.
 */
import { createHash } from 'node:crypto';
import { codeVersion } from '../format/code-version.ts';
import { compareStrings } from '../format/compare-strings.ts';
import { weekInLatestMonth, type Day } from '../format/day.ts';
import { ARCHIVE_PART_PAPERS, archivePartFolder, weekPartFolder, type SearchPartFolder } from '../lib/search-folders.ts';
import type { SearchRecord } from './search-records.ts';

/** One index of the site's search: its folder and the records in it. */
export interface SearchPart {
  folder: SearchPartFolder;
  records: SearchRecord[];
}

/**
 * Most parts the archive is split in: with the latest month's weeks (at
 * most 6: a month spans at most six calendar weeks), 31 indexes, which the
 * search vocabulary marks in a 31-bit mask (src/lib/search-vocabulary.ts).
 * A larger archive doubles the papers a part holds: past 25 × 16,384 =
 * 409,600 papers by default (29 parts, 475,136 papers, when the latest
 * month was two parts; 30 parts, 491,520 papers, when it was one).
 */
export const MAX_ARCHIVE_PARTS = 25;

/** Older first: undated, then by the day first listed, then by URL. */
const byAge = (a: SearchRecord, b: SearchRecord) =>
  a.firstDay === b.firstDay ? compareStrings(a.url, b.url) : a.firstDay === undefined ? -1 : b.firstDay === undefined ? 1 : compareStrings(a.firstDay, b.firstDay);

/**
 * Splits the records into the archive's parts and the latest month's weeks
 * (see the module comment), in that order, the archive's oldest first and
 * the weeks in calendar order; each part's records are in that order
 * whatever order they came in.
 * `archivePart`: papers a part of the archive holds (tests make it small).
 */
export function searchParts(records: readonly SearchRecord[], { archivePart = ARCHIVE_PART_PAPERS }: { archivePart?: number } = {}): SearchPart[] {
  const sorted = [...records].sort(byAge);
  const weeks = weekInLatestMonth(sorted.map((r) => r.firstDay));
  // Every paper of the latest month: one index, the archive's first.
  const whole = weeks.every((week) => week !== undefined);
  const archive = whole ? sorted : sorted.filter((_, i) => weeks[i] === undefined);
  // Oldest first, so the weeks come in calendar order.
  const latest = new Map<Day, SearchRecord[]>();
  sorted.forEach((record, i) => {
    const week = weeks[i];
    if (whole || week === undefined) return;
    const papers = latest.get(week);
    if (papers) papers.push(record);
    else latest.set(week, [record]);
  });
  let size = archivePart;
  while (Math.ceil(archive.length / size) > MAX_ARCHIVE_PARTS) size *= 2;
  const parts: SearchPart[] = [];
  for (let start = 0; start === 0 || start < archive.length; start += size) parts.push({ folder: archivePartFolder(parts.length), records: archive.slice(start, start + size) });
  for (const [week, papers] of latest) parts.push({ folder: weekPartFolder(week), records: papers });
  return parts;
}

/** What else an index depends on besides its records. */
export interface IndexSettings {
  /** Pagefind's version. */
  pagefind: string;
  /** The environment Pagefind's process runs with. */
  environment: Readonly<Record<string, string>>;
  /** A fingerprint of the code that makes a record's page and indexes it (index-records.ts, search-records.ts and what they import: `recordPageCode`). */
  code: string;
  /** Node's version and its Unicode tables, which fold and split a record's words (NFKC, `\p{…}` classes). */
  runtime: string;
}

/**
 * A hash of everything a part's index is made from: each record's fields
 * that its page (search-records.ts) is made from, in URL order, the code
 * that makes the page and the settings. Equal keys give byte-identical
 * indexes (Pagefind's output is reproducible), so an index whose key has
 * not changed is kept. The records are hashed, not their pages: making
 * every record's page (its search words above all) took about a second of
 * every build at 10,000 papers, when an update indexes one week's part.
 */
export function partKey(records: readonly SearchRecord[], settings: IndexSettings): string {
  const hash = createHash('sha256');
  const { pagefind, environment, code, runtime } = settings;
  hash.update(JSON.stringify({ pagefind, environment: Object.entries(environment).sort(), code, runtime }));
  for (const record of [...records].sort((a, b) => compareStrings(a.url, b.url))) hash.update('\n').update(JSON.stringify(pageInputs(record)));
  return hash.digest('hex');
}

/** Every field of a record that its page is made from, in a fixed order (a field added to SearchRecord must be added here: the type says so). */
function pageInputs(record: SearchRecord): Record<Exclude<keyof SearchRecord, 'firstDay'>, unknown> {
  const { url, title, formerTitles, html, text, plain, topics } = record;
  return { url, title, formerTitles, html: html ?? null, text, plain, topics: topics.map((t) => [t.id, t.name]) };
}

/**
 * The code a part's index is made with (`recordPageCode`): folders every
 * module of which counts, and single modules. index-records.ts is one: it
 * orders the records and gives Pagefind its options, so a change to it
 * changes the index as a change to a record's page does.
 */
export const RECORD_INDEX_CODE: { folders: readonly URL[]; files: readonly URL[] } = {
  folders: [new URL('../lib/', import.meta.url), new URL('../text/', import.meta.url), new URL('../format/', import.meta.url)],
  files: [new URL('./index-records.ts', import.meta.url), new URL('./pagefind-checks.ts', import.meta.url), new URL('./search-records.ts', import.meta.url)],
};

/**
 * The code a part's index comes from (`partKey`): index-records.ts and
 * search-records.ts, which make each record's page and hand it to Pagefind,
 * the search words' code in src/lib and src/text, the formula text of
 * src/format, and the lock file (`RECORD_INDEX_CODE`). Conservative: a
 * change to any file of those folders indexes every part again, as a clean
 * build does.
 */
export function recordPageCode(): Promise<string> {
  return codeVersion(RECORD_INDEX_CODE.folders, RECORD_INDEX_CODE.files);
}

/** Node's version and Unicode tables (`partKey`). */
export function runtimeVersion(): string {
  return `${process.version} unicode ${process.versions.unicode ?? ''}`;
}
