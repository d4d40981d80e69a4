import { formatDay, type Day } from '../../src/format/day.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { problemAt, quote, showPath, type Problem } from '../../src/format/problem.ts';
import { isSameDump, titleKeys, type RecordedDumps, type RecordedUndated } from './dump-identity.ts';
import { resolveListingDay, type DayEvidence } from './listing-day.ts';
import { addTo } from '../../src/lib/append.ts';

/** A dump of this run, with the listing its own evidence gave it. */
export interface RunDump {
  /** The dump's path as the user gave it, for messages. */
  file: string;
  /** Its file name, as appearances record it. */
  source: string;
  /** Its listing: its day, or the file-named id of an undated dump. */
  id: string;
  day?: Day | undefined;
  titles: readonly string[];
  /** What is known of its day: `--date` must fit it as it would fit the dump's own evidence. */
  evidence: DayEvidence;
}

/** A published undated listing that this run's dumps of a day show to be that day's: it moves there, as `--date` would move it. */
export interface ListingMove {
  /** The undated listing's id (its URL then redirects to the day). */
  id: string;
  day: Day;
  /** Says what moved and why; said once, by the run that moves it. */
  note: Problem;
}

/** Which undated listings are a day's, and what to say of those that may be. */
export interface UndatedDays {
  /** This run's undated listings that are a day's: file-named id → the day (each of their dumps is filed under it, as with `--date`). */
  dated: Map<string, Day>;
  /** Published undated listings this run's dumps of a day show to be that day's. */
  moves: ListingMove[];
  /** Why each of `dated` was, and every undated listing that shares enough of a day's papers to be its dump but is not surely one. */
  warnings: Problem[];
}

/** What earlier ingests recorded: the undated listings, by id, and the papers of each day, by dump (file name → day → papers). */
export interface EarlierListings {
  undated: ReadonlyMap<string, RecordedUndated>;
  days: RecordedDumps;
}

/**
 * An undated listing of this many papers or more, every one of them on a
 * day, is that day's: another day's listing repeats a paper or two (see
 * `isSameDump`), never three. A smaller one is that day's only when it has
 * the very papers of one dump of the day, the same dump under another name.
 */
const SURE_PAPERS = 3;

/**
 * The day of an undated listing that is a day's dump under another name
 * (`004_471c.txt` copied to `2025-03-17.txt`, or a later, fuller save of the
 * page named after its day): every one of its papers is on that day and it
 * is surely not another listing (see {@link SURE_PAPERS}), and `--date` with
 * that day would fit it (its date line, if any). Such a listing is dated as
 * `--date` under its own file name would date it, so each paper is listed
 * once: an undated dump of this run is filed under the day (`dated`), a
 * published undated listing that this run's dumps of the day hold moves
 * there (`moves`; its URL then redirects). Every paper of it must be in
 * those dumps, so that the run places each on the day.
 *
 * Where it is not sure (the day holds only part of the listing, a small
 * listing, a date line of another day, several days), a listing that shares
 * at least half of the smaller of the two (`isSameDump`) is left as it is,
 * with a warning naming both listings and how to date it: a week's listing
 * holds a day's papers too. A published undated listing is compared only
 * with the days this run ingests dumps of, so a warning comes with them.
 */
export function undatedListingDays(run: readonly RunDump[], earlier: EarlierListings): UndatedDays {
  const result: UndatedDays = { dated: new Map(), moves: [], warnings: [] };
  const days = dayListings(run, earlier.days);
  const runUndated = new Map<string, RunDump[]>();
  for (const dump of run) if (dump.day === undefined) addTo(runUndated, dump.id, dump);
  const datedSources = new Set(run.filter((d) => d.day !== undefined).map((d) => d.source));

  for (const [id, dumps] of runUndated) {
    const papers = [...new Set(dumps.flatMap((d) => [...titleKeys(d.titles)]))].map((key) => [key]);
    const listing: UndatedListing = { id, papers, published: earlier.undated.has(id) };
    const found = bestDay(listing, [...days.values()], (day) => [...day.published, ...day.run]);
    if (found === undefined) continue;
    const first = dumps[0]!;
    const conflict = found.sure ? dumps.map((d) => resolveListingDay({ ...d.evidence, flag: found.day.day }).problems[0]).find((p) => p !== undefined) : undefined;
    if (found.sure && conflict === undefined) {
      result.dated.set(id, found.day.day);
      for (const dump of dumps) result.warnings.push(problemAt(dump.file, undefined, filedNote(listing, found)));
    } else {
      result.warnings.push(problemAt(first.file, undefined, conflict === undefined ? undatedOverlapNote(listing, found) : undatedConflictNote(listing, found, conflict)));
    }
  }

  for (const [id, record] of earlier.undated) {
    // Its own dump, dated now (`--date` under its file name), or ingested again undated: already handled.
    if (runUndated.has(id) || [...record.sources].some((s) => datedSources.has(s))) continue;
    const listing: UndatedListing = { id, papers: record.papers, published: true, sources: [...record.sources].sort(compareStrings) };
    const found = bestDay(listing, [...days.values()].filter((day) => day.run.length > 0), (day) => day.run);
    if (found === undefined) continue;
    const at = found.parts[0]!.file!;
    const label = record.label;
    const fits = label === undefined || resolveListingDay({ file: listing.sources![0]!, flag: found.day.day, label }).problems.length === 0;
    if (found.sure && fits) result.moves.push({ id, day: found.day.day, note: problemAt(at, undefined, movedNote(listing, found)) });
    else result.warnings.push(problemAt(at, undefined, found.sure ? datedOtherNote(listing, found, label!) : publishedOverlapNote(listing, found)));
  }
  return result;
}

/** One dump's part of a day's listing: its papers, each as its title keys. */
interface DayPart {
  /** The dump's file name. */
  source: string;
  /** Its path, when this run ingests it. */
  file?: string | undefined;
  papers: ReadonlyArray<readonly string[]>;
}

/** What earlier ingests filed under a day, and this run's dumps of it. */
interface DayListing {
  day: Day;
  published: DayPart[];
  run: DayPart[];
}

/** An undated listing, of this run or published: its papers, each as its title keys. */
interface UndatedListing {
  id: string;
  papers: ReadonlyArray<readonly string[]>;
  /** Whether its URL was published (it then redirects to its day). */
  published: boolean;
  /** The file names of its dumps, for a published listing. */
  sources?: readonly string[];
}

/** How an undated listing compares with one day. */
interface DayMatch {
  day: DayListing;
  /** The parts of the day it was compared with that share a paper with it. */
  parts: readonly DayPart[];
  /** Its papers on the day, and the day's papers (of those parts). */
  shared: number;
  dayPapers: number;
  /** Every paper of it is there, and it is surely not another listing. */
  sure: boolean;
}

/** Every day earlier ingests or this run gave papers, with its parts. */
function dayListings(run: readonly RunDump[], recorded: RecordedDumps): Map<Day, DayListing> {
  const days = new Map<Day, DayListing>();
  const dayOf = (day: Day) => days.get(day) ?? days.set(day, { day, published: [], run: [] }).get(day)!;
  for (const [source, byDay] of recorded) for (const [day, papers] of byDay) dayOf(day).published.push({ source, papers });
  for (const dump of run) {
    if (dump.day !== undefined) dayOf(dump.day).run.push({ source: dump.source, file: dump.file, papers: [...titleKeys(dump.titles)].map((key) => [key]) });
  }
  return days;
}

/**
 * The day an undated listing is surely the dump of, when exactly one is;
 * otherwise the day that shares most of its papers, when that is enough to
 * be its dump (`isSameDump`); otherwise nothing.
 */
function bestDay(listing: UndatedListing, days: readonly DayListing[], partsOf: (day: DayListing) => readonly DayPart[]): DayMatch | undefined {
  const keys = new Set(listing.papers.flat());
  const matches: DayMatch[] = [];
  for (const day of days) {
    const parts = partsOf(day);
    const onDay = new Set(parts.flatMap((p) => p.papers.flat()));
    const shared = listing.papers.filter((paper) => paper.some((k) => onDay.has(k))).length;
    if (shared === 0) continue;
    const covered = shared === listing.papers.length;
    const sameCards = parts.some((p) => p.papers.length === listing.papers.length && p.papers.every((paper) => paper.some((k) => keys.has(k))));
    const sharing = parts.filter((p) => p.papers.some((paper) => paper.some((k) => keys.has(k))));
    matches.push({ day, parts: sharing, shared, dayPapers: countPapers(parts), sure: covered && (listing.papers.length >= SURE_PAPERS || sameCards) });
  }
  const sure = matches.filter((m) => m.sure);
  if (sure.length === 1) return sure[0];
  const closest = matches.map((m) => ({ ...m, sure: false })).sort((a, b) => b.shared - a.shared || compareStrings(a.day.day, b.day.day))[0];
  return closest !== undefined && isSameDump({ shared: closest.shared, papers: listing.papers.length, recorded: closest.dayPapers }) ? closest : undefined;
}

/** The distinct papers of a day's parts: an earlier ingest's (one each) and this run's that are not among them. */
function countPapers(parts: readonly DayPart[]): number {
  const published = parts.filter((p) => p.file === undefined).flatMap((p) => p.papers);
  const publishedKeys = new Set(published.flat());
  const fresh = new Set(parts.filter((p) => p.file !== undefined).flatMap((p) => p.papers.flat()).filter((k) => !publishedKeys.has(k)));
  return published.length + fresh.size;
}

/** The dumps a day's listing was made from, for messages: `` `2025-03-17.txt` ``. */
function fromDumps(match: DayMatch): string {
  const sources = [...new Set(match.parts.map((p) => p.source))].sort(compareStrings);
  return sources.map((s) => quote(showPath(s))).join(', ');
}

/** How many of a dump's papers are on another listing: `all 3 of its papers are`, `2 of its 5 papers are`. */
function sharedPapers(shared: number, papers: number): string {
  if (shared === papers) return papers === 1 ? 'its one paper is' : papers === 2 ? 'both of its papers are' : `all ${papers} of its papers are`;
  return `${shared} of its ${papers} papers ${shared === 1 ? 'is' : 'are'}`;
}

const LISTED_TWICE = (shared: number) => (shared === 1 ? 'so it is listed twice' : 'so they are listed twice');
const OR_LEAVE_IT = "if it is another listing (another day's, or a week's), leave it";

/** A listing's papers, for "the day has …": `every one of its 3 papers`. */
function everyPaper(papers: number): string {
  return papers === 1 ? 'its one paper' : papers === 2 ? 'both of its papers' : `every one of its ${papers} papers`;
}

/** A listing's papers, for "every paper of … (…)": `all 3`. */
function allPapers(papers: number): string {
  return papers === 1 ? 'one paper' : papers === 2 ? 'both' : `all ${papers}`;
}

/** The file names of a published undated listing's dumps, for messages. */
function sourcesOf(listing: UndatedListing): string {
  return listing.sources!.map((s) => quote(showPath(s))).join(' and ');
}

/** An undated dump of this run filed under its day. */
function filedNote(listing: UndatedListing, match: DayMatch): string {
  const { day } = match.day;
  const redirect = listing.published ? `; its URL /listings/${listing.id}/ redirects there` : '';
  return `the dump gives no day, but the listing of ${day} has ${everyPaper(listing.papers.length)} (from ${fromDumps(match)}), so it is that day's dump: filed it under ${day}, as \`--date ${day}\` would${redirect}`;
}

/** An undated dump of this run that shares many papers with a day, left undated. */
function undatedOverlapNote(listing: UndatedListing, match: DayMatch): string {
  const { day } = match.day;
  return `${sharedPapers(match.shared, listing.papers.length)} also on the listing of ${day} (of ${match.dayPapers} there, from ${fromDumps(match)}), ${LISTED_TWICE(match.shared)}: if this dump is that day's, ingest it again with \`--date ${day}\` (its papers are then listed there once); ${OR_LEAVE_IT}`;
}

/** An undated dump of this run whose papers are all on a day that `--date` would not give it (its date line is another day). */
function undatedConflictNote(listing: UndatedListing, match: DayMatch, conflict: Problem): string {
  const { day } = match.day;
  const why = conflict.reason.replace(/; expected .*$/, '');
  return `the listing of ${day} has ${everyPaper(listing.papers.length)} (from ${fromDumps(match)}), but \`--date ${day}\` does not fit the dump (${conflict.line === undefined ? '' : `line ${conflict.line}: `}${why}), so both list them: check the day of each dump`;
}

/** A published undated listing moved to the day of this run's dump. */
function movedNote(listing: UndatedListing, match: DayMatch): string {
  const { day } = match.day;
  return `has every paper of the undated listing ${quote(listing.id)} (${allPapers(listing.papers.length)}, ingested from ${sourcesOf(listing)}), so that listing is this day's: moved it to ${day}, as ingesting ${sourcesOf(listing)} with \`--date ${day}\` would; /listings/${listing.id}/ now redirects there`;
}

/** A published undated listing whose papers are all on this run's dump of a day, but whose date line is another day. */
function datedOtherNote(listing: UndatedListing, match: DayMatch, label: string): string {
  return `has every paper of the undated listing ${quote(listing.id)} (${allPapers(listing.papers.length)}, ingested from ${sourcesOf(listing)}), but that listing is dated ${quote(label)}, not ${formatDay(match.day.day)}, so both list them: check the day of each dump`;
}

/** A published undated listing that shares many papers with this run's dump of a day, left undated. */
function publishedOverlapNote(listing: UndatedListing, match: DayMatch): string {
  const { day } = match.day;
  return `${sharedPapers(match.shared, match.dayPapers)} also on the undated listing ${quote(listing.id)} (of ${listing.papers.length} there, ingested from ${sourcesOf(listing)}), ${LISTED_TWICE(match.shared)}: if that listing is this day's, ingest ${sourcesOf(listing)} again with \`--date ${day}\` (it moves to the day, and its URL redirects there); ${OR_LEAVE_IT}`;
}
