import { compareStrings } from './compare-strings.ts';
/**
 * Days, the unit of a Daily Papers archive: a listing is one day, named
 * `YYYY-MM-DD` (its URL is `/listings/YYYY-MM-DD/`) and shown as
 * `14 March 2025`. The one place that parses, compares and words them, for
 * the ingest and the site alike. Days are calendar dates with no time zone.
 */

/** A day as `YYYY-MM-DD`. */
export type Day = string;

/** The month names days are written with, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1–12) and day of month of `day`, or `undefined` when it is not a real `YYYY-MM-DD` date (`2025-02-30` is not). */
export function dayParts(day: string): { year: number; month: number; date: number } | undefined {
  const match = ISO_DAY.exec(day);
  if (match === null) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Worked out rather than asked of a Date: the ingest asks this of every listing of every entry (10,000s a run).
  if (year < 1000 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return { year, month, date };
}

/** How many days the month (1–12) of a year of the Gregorian calendar has. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** What {@link isDay} answered, by value. */
const KNOWN_DAYS = new Map<string, boolean>();

/** Whether `value` is a real day written `YYYY-MM-DD`. */
export function isDay(value: string): value is Day {
  let known = KNOWN_DAYS.get(value);
  if (known === undefined) {
    // An archive has a few hundred listing ids, each asked about for every entry on it: the answers are kept, up to a bound.
    if (KNOWN_DAYS.size >= 4096) KNOWN_DAYS.clear();
    known = dayParts(value) !== undefined;
    KNOWN_DAYS.set(value, known);
  }
  return known;
}

/**
 * Listing ids in the order they were listed: an undated (file-named)
 * listing counts as older than any day (its papers' latest title is a
 * dated listing's), then each kind by id.
 */
export function compareListings(a: string, b: string): number {
  return Number(isDay(a)) - Number(isDay(b)) || compareStrings(a, b);
}

/** `YYYY-MM-DD` for a year, month (1–12) and day of month. */
export function dayOf(year: number, month: number, date: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * A day as file names write it: `2025-03-14`, `2025.03.14`, `2025_03_14`
 * (one separator, twice); the same with the month or the day written
 * without its zero, `2025-3-14` (a year 19xx or 20xx: year first, nothing
 * else reads that way, but a version number `1234.5.6` would); or
 * `20250314` (a year 19xx or 20xx, standing apart from letters and digits,
 * so that a hash or an id is not read as one).
 */
const DAY_SHAPE =
  /(?<!\d)(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})([-_.])(\d{1,2})\6(\d{1,2})(?!\d)|(?<![\p{L}\p{N}])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}])/gu;

/** Every day written in `text` (see DAY_SHAPE), as `YYYY-MM-DD`, real days or not (`2025-02-29`), with how it is written. */
function dayShapes(text: string): Array<{ day: string; written: string }> {
  return [...text.matchAll(DAY_SHAPE)].map((m) => {
    const [year, month, date] = m[1] !== undefined ? [m[1], m[3]!, m[4]!] : m[5] !== undefined ? [m[5], m[7]!.padStart(2, '0'), m[8]!.padStart(2, '0')] : [m[9]!, m[10]!, m[11]!];
    return { day: `${year}-${month}-${date}`, written: m[0] };
  });
}

/** Everything written as a day in `text` (`2025-03-14`, `2025.03.14`, `20250314`...), real days or not (`2025-02-29`), as written. */
export function dayShapesIn(text: string): string[] {
  return dayShapes(text).map((shape) => shape.written);
}

/** The first real date written in `text` (a file name such as `daily-2025-03-14.txt` or `20250314.txt`), as `YYYY-MM-DD`, if any. */
export function dayIn(text: string): Day | undefined {
  return dayShapes(text).find((shape) => isDay(shape.day))?.day;
}

/** `14 March 2025`: how a day is written everywhere on the site. */
export function formatDay(day: Day): string {
  const parts = requireDay(day);
  return `${parts.date} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

/** `March 2025`: a day's month, as the listings index groups days. */
export function formatMonth(day: Day): string {
  const parts = requireDay(day);
  return `${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

/** `YYYY-MM`: the month a day falls in, for grouping. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/**
 * For each paper's first day (undefined for a paper of undated listings
 * only), whether it falls in the latest month of them all: the archive's
 * newest papers, which a day's update adds to. The search index keeps them
 * apart from the archive's (search-parts.ts, a week at a time: `weekInLatestMonth`), so that
 * an update leaves the older papers' index as it was.
 */
export function inLatestMonth(firstDays: readonly (Day | undefined)[]): boolean[] {
  let latest: string | undefined;
  for (const day of firstDays) if (day !== undefined && (latest === undefined || monthOf(day) > latest)) latest = monthOf(day);
  return firstDays.map((day) => day !== undefined && monthOf(day) === latest);
}

/**
 * For each paper's first day (undefined for a paper of undated listings
 * only), the calendar week of the latest month (`inLatestMonth`) it falls
 * in, named by the week's first day within the month: the Monday of its ISO
 * week (Monday to Sunday), or the month's 1st for a week that started in
 * the month before; undefined for a paper not of the latest month. Fixed
 * calendar weeks, not the last seven days, so that a week's papers stay as
 * they were once the week is over: a day's update adds papers to the
 * latest week only. The search index keeps each week's papers in an index
 * of their own (search-parts.ts), so that an update writes only its week's.
 */
export function weekInLatestMonth(firstDays: readonly (Day | undefined)[]): (Day | undefined)[] {
  const month = inLatestMonth(firstDays);
  return firstDays.map((day, i) => {
    if (day === undefined || !month[i]) return undefined;
    const monday = addDays(day, -weekdayOf(day));
    const monthStart = `${monthOf(day)}-01`;
    return monday > monthStart ? monday : monthStart;
  });
}

/** The day's weekday, 0 for Monday to 6 for Sunday (ISO order, as calendars are drawn). */
export function weekdayOf(day: Day): number {
  const { year, month, date } = requireDay(day);
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
}

/** The day `days` days after `day` (before, when negative). */
export function addDays(day: Day, days: number): Day {
  const { year, month, date } = requireDay(day);
  const next = new Date(Date.UTC(year, month - 1, date + days));
  return dayOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Midnight UTC at the start of `day`, for feeds and other machine-readable dates. */
export function dayStart(day: Day): Date {
  const { year, month, date } = requireDay(day);
  return new Date(Date.UTC(year, month - 1, date));
}

function requireDay(day: Day): { year: number; month: number; date: number } {
  const parts = dayParts(day);
  if (parts === undefined) throw new TypeError(`Expected a day as YYYY-MM-DD, got \`${day}\``);
  return parts;
}
