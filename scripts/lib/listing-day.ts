import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { hashOf, SUFFIX_LENGTH } from './assign-slug.ts';
import { isReservedRouteName } from '../../src/format/site-routes.ts';
import { addDays, dayIn, dayParts, dayOf, dayShapesIn, dayStart, formatDay, isDay, type Day } from '../../src/format/day.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { dateLabelReadings, dayLabelFits, readDayLabel, sameLabelDate, type LabelDate } from './listing-date.ts';
import { describeOverlap, dumpSource, isSameDump, type EarlierDump } from './dump-identity.ts';

/** What is known about the day of one dump. */
export interface DayEvidence {
  /** The dump's path as the user gave it, for messages; its file name may hold the date. */
  file: string;
  /** The day given on the command line (`--date`), which applies to every dump of the run. */
  flag?: Day | undefined;
  /** The dump's date label (`Mar 14`) and its line, when it has one. */
  label?: string | undefined;
  labelLine?: number | undefined;
  /** The day's labels that give no full date (`14/03`, `Friday`, `2025-W11`), each with its line: the day found must fit each. */
  dayLabels?: readonly { text: string; line: number }[] | undefined;
  /** The days earlier ingests gave a dump of this file name, each compared with this dump. */
  earlier?: readonly EarlierDump[] | undefined;
  /** The file-named listing ids earlier ingests gave a dump of this file name (kept: a published URL never moves). */
  earlierIds?: readonly string[] | undefined;
  /** The dump's titles, each with its line: one that names the listing's own day is its date line, not a paper's title. */
  titles?: readonly { text: string; line: number }[] | undefined;
}

/** A dump's listing: its id (the day, or the file-named id of an undated dump) and what was wrong. */
export interface ResolvedListing {
  /** `YYYY-MM-DD` for a dated dump, else an id made from the file name. */
  id: string;
  /** The day, when the dump has one. */
  day?: Day;
  problems: Problem[];
  warnings: Problem[];
}

/**
 * The day of a dump, from the first of: the `--date` flag, a date in the
 * file name (`2025-03-14.txt`, `daily-2025-03-14.txt`), a date label that
 * prints its year (`March 14, 2025`), the day an earlier ingest gave this
 * dump (see {@link rememberedDay}). A date label must agree with the day
 * found (month and day, and the year when it prints one): a dump saved on
 * another day than it says is an error naming its line. A dump is one day:
 * one an earlier ingest filed under another day stops the run (see
 * {@link movedDump}). A dump with no day at all keeps a listing named after
 * its file, with a warning that says how to give the day. A title that
 * names the listing's own day stops the run (see {@link ownDateTitles}).
 */
export function resolveListingDay(evidence: DayEvidence): ResolvedListing {
  const resolved = resolveDay(evidence);
  const readings = evidence.label === undefined ? [] : dateLabelReadings(evidence.label);
  // Undated, the listing's day is what its date line says (`Mar 14`), in any of its readings.
  const isOwnDay = (date: LabelDate) => (resolved.day === undefined ? readings.some((r) => sameLabelDate(r, date)) : labelMatches(date, resolved.day));
  return { ...resolved, problems: [...resolved.problems, ...ownDateTitles(evidence.file, evidence.titles ?? [], isOwnDay)] };
}

/**
 * Problems for titles that name the listing's own day (`Mar 14` on the
 * listing of 14 March, in either layout): the page's date line again, over
 * an abstract whose title is then missing, as a date line repeated between
 * papers is a stop (parse-listing.ts). Another day's date stays a title.
 */
function ownDateTitles(file: string, titles: readonly { text: string; line: number }[], isOwnDay: (date: LabelDate) => boolean): Problem[] {
  return titles
    .filter(({ text }) => dateLabelReadings(text).some(isOwnDay))
    .map(({ text, line }) => problemAt(file, line, `found the listing's own date ${quote(text)} where a paper's title belongs (over an abstract): a date line is the page's, not a paper's title; is the paper's title missing? (put it in place of this line)`));
}

function resolveDay(evidence: DayEvidence): ResolvedListing {
  const { file, label, labelLine } = evidence;
  // A date in figures may fit two days (`03/04/2025`): it then agrees with either, and gives neither by itself.
  const readings = label === undefined ? [] : dateLabelReadings(label);
  const labelDate = readings.length === 1 ? readings[0] : undefined;
  const fromLabel = labelDate?.year === undefined ? undefined : dayOf(labelDate.year, labelDate.month, labelDate.date);
  const fromName = dayIn(path.basename(file));
  const given =
    evidence.flag !== undefined
      ? { day: evidence.flag, from: `--date gives ${formatDay(evidence.flag)}` }
      : fromName !== undefined
        ? { day: fromName, from: `its file name gives ${formatDay(fromName)}` }
        : fromLabel !== undefined
          ? { day: fromLabel, from: '' }
          : undefined;
  const remembered = given === undefined ? rememberedDay(file, evidence.earlier ?? []) : undefined;
  if (remembered?.problem !== undefined) return { id: fileListingId(file, evidence.earlierIds), problems: [remembered.problem], warnings: [] };
  const found = given ?? (remembered?.day === undefined ? undefined : { day: remembered.day, from: `an earlier ingest dated this file ${formatDay(remembered.day)}` });
  const fileId = fileListingId(file, evidence.earlierIds);

  if (found !== undefined) {
    const moved = given === undefined ? undefined : movedDump(file, given.day, evidence.earlier ?? []);
    if (moved !== undefined) return { id: found.day, day: found.day, problems: [moved], warnings: [] };
    if (label !== undefined && !readings.some((reading) => labelMatches(reading, found.day))) {
      const fix = labelDayFix(readings, found.day, evidence.flag === undefined && fromName !== undefined);
      return { id: found.day, day: found.day, problems: [problemAt(file, labelLine, `the listing is dated ${quote(label)}, but ${found.from}; expected the same day${fix}`)], warnings: [] };
    }
    const from = found.from === '' ? `its date line gives ${formatDay(found.day)}` : found.from;
    const wrongLabels = (evidence.dayLabels ?? []).filter(({ text }) => {
      const dayLabel = readDayLabel(text);
      return dayLabel !== undefined && !dayLabelFits(dayLabel, dayParts(found.day)!);
    });
    if (wrongLabels.length > 0) {
      const problems = wrongLabels.map(({ text, line }) => problemAt(file, line, `the listing is labelled ${quote(text)}, but ${from}; expected the same day (correct the label or use another file)`));
      return { id: found.day, day: found.day, problems, warnings: [] };
    }
    return { id: found.day, day: found.day, problems: [], warnings: [] };
  }
  // A file name that means a day but names none (`2025-02-29.txt`): say so rather than ask for one.
  const impossible = dayShapesIn(path.basename(file))[0];
  if (impossible !== undefined) {
    return { id: fileId, problems: [], warnings: [problemAt(file, undefined, `its file name holds ${quote(impossible)}, which is not a day of the calendar, so the listing is named after its file (${quote(fileId)}); ${HOW_TO_DATE('YYYY-MM-DD')}`)] };
  }
  if (label !== undefined && labelDate !== undefined) {
    const named = nameDayFitting(path.basename(file), labelDate);
    const example = named ?? dayOf(0, labelDate.month, labelDate.date).replace(/^0000/, 'YYYY');
    const inName = named === undefined ? ';' : `; its file name holds a date of ${formatDay(named)} in an order the ingest does not date files by:`;
    return { id: fileId, problems: [], warnings: [problemAt(file, labelLine, `the listing is dated ${quote(label)} without a year, so it is named after its file (${quote(fileId)})${inName} ${HOW_TO_DATE(example)}`)] };
  }
  if (label !== undefined && readings.length > 1) {
    const days = readings.map((r) => `${formatDay(dayOf(r.year!, r.month, r.date))} (${readingOrder(label, r)})`);
    return {
      id: fileId,
      problems: [],
      warnings: [problemAt(file, labelLine, `the listing is dated ${quote(label)}, which reads as ${days.slice(0, -1).join(', ')} or ${days.at(-1)}, so it is named after its file (${quote(fileId)}); ${HOW_TO_DATE('YYYY-MM-DD')}`)],
    };
  }
  return { id: fileId, problems: [], warnings: [problemAt(file, labelLine, `${label === undefined ? 'the dump has no date' : `the date line ${quote(label)} is not a date`}, so its listing is named after its file (${quote(fileId)}); ${HOW_TO_DATE('YYYY-MM-DD')}`)] };
}

/** Days a date line without a year is read as near the day given: a year's half either side, so `Dec 31` beside 1 January is the day before. */
const NEAREST_YEAR_DAYS = 183;

/**
 * How to end a date line's disagreement with the day given: the day the
 * date line gives (the one of its year, or of the year that puts it nearest
 * the day given) and how to give it, the file renamed when its name gave
 * the day, else `--date`. A page saved after midnight shows the day before
 * the one a file named by the day of saving gives, so that is said. Only
 * the usual words for a date line that reads as two days (`03/04/2025`).
 */
function labelDayFix(readings: readonly LabelDate[], given: Day, byName: boolean): string {
  const otherwise = ' (correct the date or use another file)';
  if (readings.length !== 1) return otherwise;
  const { year, month, date } = readings[0]!;
  const givenYear = dayParts(given)!.year;
  const day = (year === undefined ? [givenYear - 1, givenYear, givenYear + 1] : [year])
    .map((y) => dayOf(y, month, date))
    .find((d) => isDay(d) && (year !== undefined || Math.abs(daysBetween(d, given)) <= NEAREST_YEAR_DAYS));
  if (day === undefined) return otherwise;
  const midnight = addDays(day, 1) === given ? ' (a page saved after midnight shows the day before)' : '';
  const how = byName ? `rename the file \`${day}.txt\`` : `give \`--date ${day}\``;
  return `: if the page is the listing of ${formatDay(day)}${midnight}, ${how}; else correct the date or use another file`;
}

/** Days from `a` to `b` (negative when `b` is earlier). */
function daysBetween(a: Day, b: Day): number {
  return Math.round((dayStart(b).getTime() - dayStart(a).getTime()) / 86_400_000);
}

/** Words of a file name a date may be written over (`March 14 2025`, `14 Mar 2025`). */
const MAX_DATE_WORDS = 4;

/**
 * The day a file name writes in an order the ingest does not date files by
 * (`14.03.2025.txt`, `03-14-2025.txt`, `March 14 2025.txt`), when it is the
 * day of the date line (`Mar 14`) in one year only; else undefined. Said in
 * the warning that asks for the day, never taken as it: the file name dates
 * a dump in the orders the README gives.
 */
function nameDayFitting(name: string, labelDate: LabelDate): Day | undefined {
  const stem = name.replace(/\.[^.]*$/u, '');
  // Hyphens join the words of a name (`papers-14-03-2025`, `march-14-2025`) as well as a date's figures (`14-03-2025`): read it both ways.
  const wordings = [stem.split(/[\s_()]+|(?<=\p{L})-|-(?=\p{L})/u), stem.split(/[\s_()-]+/u)];
  const years = new Set<number>();
  for (const words of wordings.map((w) => w.filter(Boolean))) {
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_DATE_WORDS); end += 1) {
        for (const reading of dateLabelReadings(words.slice(start, end).join(' '))) {
          if (reading.year !== undefined && reading.month === labelDate.month && reading.date === labelDate.date) years.add(reading.year);
        }
      }
    }
  }
  return years.size === 1 ? dayOf([...years][0]!, labelDate.month, labelDate.date) : undefined;
}

/**
 * How to give an undated dump its day. Its listing is published under the
 * file's name: ingested again with `--date` under that name, or under a name
 * that gives the day (the dump renamed or copied, see
 * `undatedListingDays`), it moves to the day and its URL redirects there.
 * Both ways are said, since renaming the file is what users do.
 */
const HOW_TO_DATE = (example: string) =>
  `give its day by ingesting it again with \`--date ${example}\`, or renamed (or copied) to \`${example}.txt\`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day`;

/**
 * The day of a dump that gives none itself, from the dated listings earlier
 * ingests recorded for its file name: the one this dump is a save of
 * ({@link isSameDump}). A browser saves under the same name every day, so a
 * name alone says nothing: another dump under a remembered name is refused
 * rather than filed under a day it is not. Nothing when the name was never
 * dated, or was dated on several days this dump matches.
 */
function rememberedDay(file: string, earlier: readonly EarlierDump[]): { day?: Day; problem?: Problem } | undefined {
  if (earlier.length === 0) return undefined;
  const same = earlier.filter(isSameDump);
  if (same.length === 1) return { day: same[0]!.day };
  if (same.length > 1) return undefined;
  const closest = [...earlier].sort((a, b) => b.shared - a.shared || (a.day < b.day ? 1 : -1))[0]!;
  return {
    problem: problemAt(file, undefined, `an earlier ingest filed a dump of this name as the listing of ${closest.day}, but this is another dump (${describeOverlap(closest)}); give its day with \`--date YYYY-MM-DD\` or a file name such as \`YYYY-MM-DD.txt\``),
  };
}

/**
 * A dump given a day (by `--date`, its file name or its date line) that an
 * earlier ingest filed under another day: ingesting it would list its papers
 * on both days. The ingest does not move a dated listing (an undated one
 * moves to its day, see `publishedListings`), so the problem says how to do
 * it by hand, keeping the old URL as a redirect.
 */
function movedDump(file: string, day: Day, earlier: readonly EarlierDump[]): Problem | undefined {
  const same = earlier.filter(isSameDump);
  if (same.length === 0 || same.some((e) => e.day === day)) return undefined;
  const from = same[0]!.day;
  const source = dumpSource(file);
  return problemAt(
    file,
    undefined,
    `was ingested before as the listing of ${from} (its papers are on that day's page); a dump is one day, and the ingest does not move a dated listing: ` +
      `to file it as ${day} instead, replace \`listing: "${from}"\` by \`listing: "${day}"\` where \`source: ${source}\` follows it in the entries (papers/*.mdx), ` +
      `set \`"${from}": "${day}"\` under \`listings\` in published.json (its URL then redirects), and ingest again`,
  );
}

/**
 * Shapes of the ids the site itself generates under `/listings/`: a day
 * (`2025-03-14`), the calendar of a year (`2025`), and the calendar of a year
 * whose own URL an earlier archive gave a listing (`calendar-2025`).
 */
const SITE_LISTING_ID = /^(?:\d{4}|\d{4}-\d{2}-\d{2}|calendar-\d{4})$/;

/**
 * The listing id of an undated dump: its file name as a slug (`000_b74b.txt`
 * → `000-b74b`). A slug of the shape of a URL the site generates gets
 * `listing-` in front (`2024.txt` → `listing-2024`), so an undated dump can
 * never take a day's or a year's URL; an id an earlier ingest already
 * published for this file name (`earlierIds`) is kept as it was.
 */
export function fileListingId(file: string, earlierIds: readonly string[] = []): string {
  // One an earlier ingest published, before non-Latin names were given a hash, is kept: its URL never moves.
  const published = legacyListingIds(file).find((id) => earlierIds.includes(id));
  if (published !== undefined) return published;
  return withSitePrefix(fileSlug(file), earlierIds);
}

/** Every id an undated dump of this file name may have been published under: {@link fileListingId}, its bare slug, and those earlier ingests gave it. */
export function fileListingIds(file: string): string[] {
  return [...new Set([fileListingId(file), fileSlug(file), ...legacyListingIds(file)])];
}

/** `listing-` before a slug of the shape of a URL the site generates or of one of its fixed routes (`index`), unless an earlier ingest published it bare. */
function withSitePrefix(slug: string, earlierIds: readonly string[] = []): string {
  return !(SITE_LISTING_ID.test(slug) || isReservedRouteName('listings', slug)) || earlierIds.includes(slug) ? slug : `listing-${slug}`;
}

/** A letter or digit the slug cannot spell as it is: one of a script other than Latin (`论`, `с`, `Τ`, `٣`), dropped or transliterated. */
const UNSPELLED = /(?![\p{Script=Latin}0-9])[\p{L}\p{N}]/u;

/**
 * The file name as a slug (`000_b74b.txt` → `000-b74b`). A name the slug
 * cannot spell (letters of another script, dropped or transliterated with
 * losses: `论文.txt`, `статьи.txt`; or no letter or digit at all) gets a
 * hash of the whole name, so two names never share an id and none is empty.
 * A Latin name's slug is as it always was.
 */
function fileSlug(file: string): string {
  const name = fileName(file);
  const words = nameWords(name);
  return words !== '' && !UNSPELLED.test(name) ? words : `${words || 'listing'}-${hashOf(name).slice(0, SUFFIX_LENGTH)}`;
}

/** A dump's file name without `.txt`. */
function fileName(file: string): string {
  return dumpSource(file).replace(/\.txt$/i, '');
}

/** The words of a file name as a slug spells them (`000_b74b` → `000-b74b`; `''` when it spells none). */
function nameWords(name: string): string {
  return slugify(name, { decamelize: false });
}

/** The ids earlier ingests gave a file name (the slug, `listing` when it was empty), with and without `listing-`. */
function legacyListingIds(file: string): string[] {
  const slug = nameWords(fileName(file)) || 'listing';
  return [...new Set([slug, withSitePrefix(slug)])];
}

/** Which order of a date in figures a reading takes (`03/04/2025`: month first or day first; `25/03/14`: year first too), by the label's first figures. */
function readingOrder(label: string, reading: LabelDate): string {
  const [first, second] = (label.match(/\d+/gu) ?? []).map(Number);
  if (first === reading.month && second === reading.date) return 'month first';
  return first === reading.date && second === reading.month ? 'day first' : 'year first';
}

/** Whether a label's month and day (and year, if it prints one) are those of `day`. */
function labelMatches(label: LabelDate, day: Day): boolean {
  const parts = dayParts(day)!;
  return label.month === parts.month && label.date === parts.date && (label.year === undefined || label.year === parts.year);
}
