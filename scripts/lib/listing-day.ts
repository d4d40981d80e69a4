import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { dayIn, dayParts, dayOf, formatDay, type Day } from '../../src/format/day.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { readDateLabel } from './listing-date.ts';

/** What is known about the day of one dump. */
export interface DayEvidence {
  /** The dump's path as the user gave it, for messages; its file name may hold the date. */
  file: string;
  /** The day given on the command line (`--date`), which applies to every dump of the run. */
  flag?: Day | undefined;
  /** The dump's date label (`Mar 14`) and its line, when it has one. */
  label?: string | undefined;
  labelLine?: number | undefined;
  /** The days earlier ingests gave a dump of this file name. */
  earlier?: readonly Day[] | undefined;
  /** The file-named listing ids earlier ingests gave a dump of this file name (kept: a published URL never moves). */
  earlierIds?: readonly string[] | undefined;
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
 * file. A date label must agree with the day found (month and day, and the
 * year when it prints one): a dump saved on another day than it says is an
 * error naming its line. A dump with no day at all keeps a listing named
 * after its file, with a warning that says how to give the day.
 */
export function resolveListingDay(evidence: DayEvidence): ResolvedListing {
  const { file, label, labelLine } = evidence;
  const labelDate = label === undefined ? undefined : readDateLabel(label);
  const fromLabel = labelDate?.year === undefined ? undefined : dayOf(labelDate.year, labelDate.month, labelDate.date);
  const earlier = evidence.earlier?.length === 1 ? evidence.earlier[0] : undefined;
  const found =
    evidence.flag !== undefined
      ? { day: evidence.flag, from: `--date gives ${formatDay(evidence.flag)}` }
      : dayIn(path.basename(file)) !== undefined
        ? { day: dayIn(path.basename(file))!, from: `its file name gives ${formatDay(dayIn(path.basename(file))!)}` }
        : fromLabel !== undefined
          ? { day: fromLabel, from: '' }
          : earlier !== undefined
            ? { day: earlier, from: `an earlier ingest dated this file ${formatDay(earlier)}` }
            : undefined;
  const fileId = fileListingId(file, evidence.earlierIds);

  if (found !== undefined) {
    if (label !== undefined && !labelMatches(labelDate, found.day)) {
      return { id: found.day, day: found.day, problems: [problemAt(file, labelLine, `the listing is dated ${quote(label)}, but ${found.from}; expected the same day (correct the date or use another file)`)], warnings: [] };
    }
    return { id: found.day, day: found.day, problems: [], warnings: [] };
  }
  if (label !== undefined && labelDate !== undefined) {
    const example = dayOf(0, labelDate.month, labelDate.date).replace(/^0000/, 'YYYY');
    return { id: fileId, problems: [], warnings: [problemAt(file, labelLine, `the listing is dated ${quote(label)} without a year, so it is named after its file (${quote(fileId)}); give its day with \`--date ${example}\` or a file name such as \`${example}.txt\``)] };
  }
  return { id: fileId, problems: [], warnings: [problemAt(file, labelLine, `${label === undefined ? 'the dump has no date' : `the date line ${quote(label)} is not a date`}, so its listing is named after its file (${quote(fileId)}); give its day with \`--date YYYY-MM-DD\` or a file name such as \`YYYY-MM-DD.txt\``)] };
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
  const slug = fileSlug(file);
  if (!SITE_LISTING_ID.test(slug) || earlierIds.includes(slug)) return slug;
  return `listing-${slug}`;
}

/** Every id an undated dump of this file name may have been published under: {@link fileListingId}, and its bare slug when that differs. */
export function fileListingIds(file: string): string[] {
  return [...new Set([fileListingId(file), fileSlug(file)])];
}

function fileSlug(file: string): string {
  return slugify(path.basename(file).replace(/\.txt$/i, ''), { decamelize: false }) || 'listing';
}

/** Whether a label's month and day (and year, if it prints one) are those of `day`. */
function labelMatches(label: ReturnType<typeof readDateLabel>, day: Day): boolean {
  const parts = dayParts(day)!;
  return label !== undefined && label.month === parts.month && label.date === parts.date && (label.year === undefined || label.year === parts.year);
}
