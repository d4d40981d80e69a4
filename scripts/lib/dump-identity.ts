import path from 'node:path';
import type { Day } from '../../src/format/day.ts';
import { isDay } from '../../src/format/day.ts';
import { titleKey } from '../../src/format/paper-key.ts';
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
  const keys = new Set(titles.map((t) => titleKey(titleToText(t).text)));
  return [...(recorded.get(source) ?? [])].map(([day, onDay]) => ({
    day,
    shared: onDay.filter((paper) => paper.some((k) => keys.has(k))).length,
    papers: keys.size,
    recorded: onDay.length,
  }));
}

/**
 * Whether a dump is (a save of) the earlier one: at least half of the papers
 * of the smaller of the two are on both. A later, fuller save of a day, or
 * one with a paper dropped or retitled, is the same dump; another day's
 * listing, which at most repeats a paper or two, is not.
 */
export function isSameDump(earlier: EarlierDump): boolean {
  return earlier.shared > 0 && 2 * earlier.shared >= Math.min(earlier.papers, earlier.recorded);
}

/** How much of a dump is on the earlier listing, for messages: `none of its 2 papers is on that listing`. */
export function describeOverlap(earlier: EarlierDump): string {
  const { shared, papers, recorded } = earlier;
  if (papers === 0) return 'it has no papers';
  if (shared === 0) return papers === 1 ? 'its one paper is not on that listing' : `none of its ${papers} papers is on that listing`;
  return `only ${shared} of its ${papers} papers ${shared === 1 ? 'is' : 'are'} on that listing, of ${recorded} there`;
}
