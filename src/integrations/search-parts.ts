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
 * - `pagefind-recent/`: the papers first listed in the latest month before
 *   its latest week;
 * - `pagefind-week/`: the papers first listed in the latest week: the ISO
 *   week (Monday to Sunday) of the latest day a paper was first listed,
 *   from no earlier than the first of that day's month (day.ts `inLatestWeek`).
 *
 * A day's dump adds papers to the latest week, so the archive's and the
 * month's records stay as they were and their indexes are kept (`partKey`
 * says when each may be): an update indexes at most a week of papers. A
 * calendar week rather than the last seven days, so that the month's part
 * changes only with a new week: on the first update of a week the month's
 * part takes in the week before (it is written again, as the week's part
 * with the new days). A week that starts in the month before is cut at the
 * month's first day, so the archive's boundary stays the month: on the first
 * day of a month the archive takes in the month before, which only its last
 * part (and new ones) receive, and the month's part is none until the next
 * Monday. An older paper edited re-indexes its
 * own part; an older day's dump ingested late moves the papers after it, and
 * the parts after it are written again (an undated listing counts as the
 * oldest: all of them). When the archive would need more than
 * `MAX_ARCHIVE_PARTS` parts, the parts double in size and every one is
 * written again once. A part that would be empty is none (a month whose
 * papers are all of its latest week has no `pagefind-recent/`); with one
 * month of papers, or none dated, there is one index. (A site indexed from its built pages, when the loader published no
 * records, is one index whatever its size: pagefind.ts `indexSite`.)
 * Pure: the Pagefind integration does the I/O.
 */
import { createHash } from 'node:crypto';
import { compareStrings } from '../format/compare-strings.ts';
import { inLatestMonth, inLatestWeek } from '../format/day.ts';
import { ARCHIVE_PART_PAPERS, archivePartFolder, RECENT_SEARCH_PART, WEEK_SEARCH_PART, type SearchPartFolder } from '../lib/search-folders.ts';
import { searchRecordPage, type SearchRecord } from './search-records.ts';

/** One index of the site's search: its folder and the records in it. */
export interface SearchPart {
  folder: SearchPartFolder;
  records: SearchRecord[];
}

/**
 * Most parts the archive is split in: with the latest month's and the
 * latest week's, 31 indexes, which the search vocabulary marks in a 31-bit
 * mask (src/lib/search-vocabulary.ts). A larger archive doubles the papers a
 * part holds: past 29 × 16,384 = 475,136 papers by default (30 parts before
 * the latest week had a part of its own: 491,520).
 */
export const MAX_ARCHIVE_PARTS = 29;

/** Older first: undated, then by the day first listed, then by URL. */
const byAge = (a: SearchRecord, b: SearchRecord) =>
  a.firstDay === b.firstDay ? compareStrings(a.url, b.url) : a.firstDay === undefined ? -1 : b.firstDay === undefined ? 1 : compareStrings(a.firstDay, b.firstDay);

/**
 * Splits the records into the archive's parts, the latest month's before its
 * latest week, and the latest week's (see the module comment), in that
 * order, the archive's oldest first; each part's records are in that order
 * whatever order they came in.
 * `archivePart`: papers a part of the archive holds (tests make it small).
 */
export function searchParts(records: readonly SearchRecord[], { archivePart = ARCHIVE_PART_PAPERS }: { archivePart?: number } = {}): SearchPart[] {
  const sorted = [...records].sort(byAge);
  const days = sorted.map((r) => r.firstDay);
  const month = inLatestMonth(days);
  const week = inLatestWeek(days);
  // Every paper of the latest month: one index, the archive's first.
  const whole = month.every(Boolean);
  const archive = whole ? sorted : sorted.filter((_, i) => !month[i]);
  const recent = whole ? [] : sorted.filter((_, i) => month[i] && !week[i]);
  const latest = whole ? [] : sorted.filter((_, i) => week[i]);
  let size = archivePart;
  while (Math.ceil(archive.length / size) > MAX_ARCHIVE_PARTS) size *= 2;
  const parts: SearchPart[] = [];
  for (let start = 0; start === 0 || start < archive.length; start += size) parts.push({ folder: archivePartFolder(parts.length), records: archive.slice(start, start + size) });
  if (recent.length > 0) parts.push({ folder: RECENT_SEARCH_PART, records: recent });
  if (latest.length > 0) parts.push({ folder: WEEK_SEARCH_PART, records: latest });
  return parts;
}

/** What else an index depends on: Pagefind's version and the environment its process runs with. */
export interface IndexSettings {
  pagefind: string;
  environment: Readonly<Record<string, string>>;
}

/**
 * A hash of everything a part's index is made from: the page Pagefind is
 * given for each record (search-records.ts), in URL order, and the
 * settings. Equal keys give byte-identical indexes (Pagefind's output is
 * reproducible), so an index whose key has not changed is kept.
 */
export function partKey(records: readonly SearchRecord[], settings: IndexSettings): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ pagefind: settings.pagefind, environment: Object.entries(settings.environment).sort() }));
  for (const record of [...records].sort((a, b) => compareStrings(a.url, b.url))) {
    const page = searchRecordPage(record);
    hash.update(`\n${record.url}\n${Buffer.byteLength(page)}\n`).update(page);
  }
  return hash.digest('hex');
}
