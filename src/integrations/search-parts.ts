/**
 * The search index in parts, so that a day's update re-indexes only the
 * papers it can have changed. Pagefind has no incremental mode: an index is
 * written whole from every page in it. Folio therefore writes two indexes,
 * searched as one in the browser (Pagefind's `mergeIndex`):
 *
 * - `pagefind/`: the archive, every paper first listed before the archive's
 *   latest month, and the papers of undated listings;
 * - `pagefind-recent/`: the papers first listed in the latest month.
 *
 * A day's dump adds papers to the latest month, so the archive's records stay
 * as they were and its index is kept (`partKey` says when it may be); on the
 * first day of a month the archive takes in the month before and is written
 * again. With one month of papers, or none dated, there is one index.
 * Pure: the Pagefind integration does the I/O.
 */
import { createHash } from 'node:crypto';
import { compareStrings } from '../format/compare-strings.ts';
import { inLatestMonth } from '../format/day.ts';
import { type SearchPartFolder } from '../lib/search-folders.ts';
import { searchRecordPage, type SearchRecord } from './search-records.ts';

/** One index of the site's search: its folder and the records in it. */
export interface SearchPart {
  folder: SearchPartFolder;
  records: SearchRecord[];
}

/** Splits the records into the archive and the latest month (see the module comment); the archive part always comes first. */
export function searchParts(records: readonly SearchRecord[]): SearchPart[] {
  const latest = inLatestMonth(records.map((r) => r.firstDay));
  const recent = records.filter((_, i) => latest[i]);
  if (recent.length === 0 || recent.length === records.length) return [{ folder: 'pagefind', records: [...records] }];
  return [
    { folder: 'pagefind', records: records.filter((_, i) => !latest[i]) },
    { folder: 'pagefind-recent', records: recent },
  ];
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
