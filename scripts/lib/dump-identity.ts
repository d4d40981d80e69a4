import path from 'node:path';
import type { Day } from '../../src/format/day.ts';
import { isDay } from '../../src/format/day.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { titleKey } from '../../src/format/paper-key.ts';
import { problemAt, quote, showPath, type Problem } from '../../src/format/problem.ts';
import type { Paper } from '../../src/format/paper-schema.ts';
import { titleToText } from './abstract-to-mdast.ts';

/**
 * The name a dump is recorded under (an appearance's `source`): its file
 * name, Unicode NFC, so that a name macOS wrote decomposed (`Cafe\u0301.txt`)
 * is the same dump as the one written composed.
 */
export function dumpSource(file: string): string {
  return path.basename(file).normalize('NFC');
}

/**
 * A dated listing an earlier ingest recorded for a dump of some file name,
 * compared with a dump of that name now: how many of the dump's papers are
 * on it.
 */
export interface EarlierDump {
  /** The day the earlier dump was filed under. */
  day: Day;
  /** Papers of this dump that the earlier dump gave that day. */
  shared: number;
  /** Papers in this dump. */
  papers: number;
  /** Papers the earlier dump gave that day. */
  recorded: number;
}

/** The papers earlier ingests filed under each day from each dump: file name → day → each paper's title keys (its title and former titles). */
export type RecordedDumps = ReadonlyMap<string, ReadonlyMap<Day, ReadonlyArray<readonly string[]>>>;

/** What the entries on disk record of the dated dumps they came from. */
export function recordedDumps(entries: ReadonlyArray<{ data: Pick<Paper, 'title' | 'formerTitles' | 'listings'> }>): RecordedDumps {
  const bySource = new Map<string, Map<Day, Array<readonly string[]>>>();
  for (const { data } of entries) {
    const keys = [data.title, ...data.formerTitles].map(titleKey);
    for (const a of data.listings) {
      if (!isDay(a.listing)) continue;
      const days = bySource.get(a.source) ?? bySource.set(a.source, new Map()).get(a.source)!;
      (days.get(a.listing) ?? days.set(a.listing, []).get(a.listing)!).push(keys);
    }
  }
  return bySource;
}

/** Each dated listing earlier ingests recorded for a dump of the file name `source`, compared with the titles of this dump. */
export function earlierDumps(recorded: RecordedDumps, source: string, titles: readonly string[]): EarlierDump[] {
  const keys = titleKeys(titles);
  return [...(recorded.get(source) ?? [])].map(([day, onDay]) => ({ day, ...overlap(onDay, keys) }));
}

/** The title keys of a dump's titles, as its entries would record them. */
export function titleKeys(titles: readonly string[]): Set<string> {
  return new Set(titles.map((t) => titleKey(titleToText(t).text)));
}

/** How many of a dump's papers (its title keys) are on a recorded listing (each paper's title keys). */
function overlap(onListing: ReadonlyArray<readonly string[]>, keys: ReadonlySet<string>): Omit<EarlierDump, 'day'> {
  return { shared: onListing.filter((paper) => paper.some((k) => keys.has(k))).length, papers: keys.size, recorded: onListing.length };
}

/** An undated listing earlier ingests recorded: the file names of its dumps, and each of its papers' title keys. */
export interface RecordedUndated {
  sources: ReadonlySet<string>;
  papers: ReadonlyArray<readonly string[]>;
  /** Its date line without a year (`Mar 17`), when it has one. */
  label?: string | undefined;
}

/** What the entries on disk record of the undated listings (named after their dumps' files): listing id → its record. */
export function recordedUndated(entries: ReadonlyArray<{ data: Pick<Paper, 'title' | 'formerTitles' | 'listings'> }>): ReadonlyMap<string, RecordedUndated> {
  const byId = new Map<string, { sources: Set<string>; papers: Array<readonly string[]>; label?: string | undefined }>();
  for (const { data } of entries) {
    // Worked out only for an entry on an undated listing: most are on days alone.
    let keys: string[] | undefined;
    for (const a of data.listings) {
      if (isDay(a.listing)) continue;
      keys ??= [data.title, ...data.formerTitles].map(titleKey);
      const listing = byId.get(a.listing) ?? byId.set(a.listing, { sources: new Set(), papers: [] }).get(a.listing)!;
      listing.sources.add(a.source);
      listing.papers.push(keys);
      listing.label ??= a.date;
    }
  }
  return byId;
}

/** The record of undated dumps of this run, as {@link recordedUndated} gives earlier ones: each dump's titles, as its entries would record them. */
export function undatedRecordOf(file: string, titles: readonly string[]): RecordedUndated {
  return { sources: new Set([dumpSource(file)]), papers: [...titleKeys(titles)].map((key) => [key]) };
}

/** Two records of one undated listing as one. */
export function joinUndated(a: RecordedUndated, b: RecordedUndated): RecordedUndated {
  return { sources: new Set([...a.sources, ...b.sources]), papers: [...a.papers, ...b.papers] };
}

/**
 * Why an undated dump may not go on the undated listing its file name
 * gives, as an earlier ingest recorded it or as a dump given before it in
 * this run (`inRun`, that dump's path) makes it: another file name gave
 * that id (`Daily Papers - Hugging Face.txt` and `Daily Papers – Hugging
 * Face.txt`), or it is another dump saved under the same name (a browser
 * saves every day's page under one name): less than half of the smaller of
 * the two on both (see {@link isSameDump}). A re-ingest, or a later, fuller
 * save of that dump, may, in one run as in two. Either way, filing it there
 * would list one day's papers as another's.
 */
export function undatedListingProblem(file: string, id: string, titles: readonly string[], earlier: RecordedUndated | undefined, inRun?: string): Problem | undefined {
  if (earlier === undefined) return undefined;
  const source = dumpSource(file);
  if (!earlier.sources.has(source)) {
    if (inRun !== undefined) return problemAt(file, undefined, `gives the listing id ${quote(id)}, as does ${showPath(inRun)}; expected every undated dump to have a distinct file name`);
    const other = [...earlier.sources].sort(compareStrings)[0]!;
    return problemAt(file, undefined, `gives the listing id ${quote(id)}, as did ${quote(showPath(other))} in an earlier ingest; expected every undated dump to have a distinct file name`);
  }
  const compared = overlap(earlier.papers, titleKeys(titles));
  if (isSameDump(compared)) return undefined;
  const filed = inRun === undefined ? 'an earlier ingest filed a dump of this name as the undated listing' : `${showPath(inRun)} in this run is a dump of this name, filed as the undated listing`;
  return problemAt(file, undefined, `${filed} ${quote(id)}, but this is another dump (${describeOverlap(compared)}); give its day with \`--date YYYY-MM-DD\` or a file name such as \`YYYY-MM-DD.txt\``);
}

/**
 * Whether a dump is (a save of) the earlier one: at least half of the papers
 * of the smaller of the two are on both. A later, fuller save of a day, or
 * one with a paper dropped or retitled, is the same dump; another day's
 * listing, which at most repeats a paper or two, is not.
 */
export function isSameDump(earlier: Omit<EarlierDump, 'day'>): boolean {
  return earlier.shared > 0 && 2 * earlier.shared >= Math.min(earlier.papers, earlier.recorded);
}

/** How much of a dump is on the earlier listing, for messages: `none of its 2 papers is on that listing`. */
export function describeOverlap(earlier: Omit<EarlierDump, 'day'>): string {
  const { shared, papers, recorded } = earlier;
  if (papers === 0) return 'it has no papers';
  if (shared === 0) return papers === 1 ? 'its one paper is not on that listing' : `none of its ${papers} papers is on that listing`;
  return `only ${shared} of its ${papers} papers ${shared === 1 ? 'is' : 'are'} on that listing, of ${recorded} there`;
}
