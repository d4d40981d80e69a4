/**
 * Recognise a listing's date label, such as `Mar 14` or `March 14, 2025`,
 * also as a browser formats it in another form or language (`Friday, March
 * 14, 2025`, `14. März 2025`, `2025年3月14日`, `14.03.2025`, `3/14/2025`).
 */

/**
 * The forms of a date line read here, as a message lists them to a user
 * whose date line is in none of them: each example is read by
 * {@link parseDateLabel} or {@link readDayLabel} (tested), so the list is
 * kept beside the readers it describes.
 */
export const READ_DATE_FORMS = '`Mar 14`, `March 14, 2025`, `14 Mar 2025`, `2025-03-14`, `14.03.2025`, `3/14/2025`, a time or a count of papers after one (`Mar 14, 2025 · 77 papers`), or a day\'s label: `Friday`, `14/03`, an ISO week `2025-W11`';

/** What a date label says: month (1–12), day of month, and the year when it gives one. */
export interface LabelDate {
  month: number;
  date: number;
  year?: number;
}

/**
 * Languages whose month and weekday names a date label may use. The names
 * come from the platform's own locale data (Intl), as a browser formatting a
 * date for its reader writes them, never from a hand-made list.
 */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'tr', 'ru', 'uk', 'id', 'ja', 'zh', 'ko'];

/** A name as it is compared: lowercased, without a trailing full stop (`mar.`, `Fri.`). */
const nameKey = (name: string) => name.toLowerCase().replace(/\.$/u, '');

/** Month names (long and short, alone and in a date, where languages inflect them) to month numbers, and weekday names. */
const { MONTHS, WEEKDAYS, WEEKDAY_NUMBERS } = localeNames();

function localeNames(): { MONTHS: ReadonlyMap<string, number>; WEEKDAYS: ReadonlySet<string>; WEEKDAY_NUMBERS: ReadonlyMap<string, number> } {
  const months = new Map<string, number>();
  const clashes = new Set<string>();
  const weekdays = new Set<string>();
  /** Weekday names to their day (0 Sunday to 6 Saturday, as `Date` counts), less those that name two days in two languages. */
  const weekdayNumbers = new Map<string, number>();
  const weekdayClashes = new Set<string>();
  const addMonth = (name: string, month: number) => {
    const key = nameKey(name);
    // A name that is a number (`3月` aside, which the numeric forms read) or names two months is no month name.
    if (key === '' || /\d/u.test(key)) return;
    if (months.has(key) && months.get(key) !== month) clashes.add(key);
    months.set(key, month);
  };
  for (const locale of LOCALES) {
    const format = (style: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
    // Alone and in a date, where languages inflect them (`März`, `marzo`, `марта`).
    const monthFormats = [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }].map((style) => format(style as Intl.DateTimeFormatOptions));
    const weekdayFormats = [{ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }, { weekday: 'short', month: 'short', day: 'numeric' }].map((style) => format(style as Intl.DateTimeFormatOptions));
    for (let month = 1; month <= 12; month += 1) {
      for (const monthFormat of monthFormats) for (const part of monthFormat.formatToParts(Date.UTC(2025, month - 1, 14))) if (part.type === 'month') addMonth(part.value, month);
    }
    // 2025-03-10 is a Monday: a week of days.
    for (let day = 10; day < 17; day += 1) {
      for (const weekdayFormat of weekdayFormats) {
        for (const part of weekdayFormat.formatToParts(Date.UTC(2025, 2, day))) {
          if (part.type !== 'weekday') continue;
          const key = nameKey(part.value);
          weekdays.add(key);
          if (weekdayNumbers.has(key) && weekdayNumbers.get(key) !== (day - 9) % 7) weekdayClashes.add(key);
          weekdayNumbers.set(key, (day - 9) % 7);
        }
      }
    }
  }
  // English short forms browsers and people also write.
  addMonth('Sept', 9);
  for (const key of clashes) months.delete(key);
  for (const key of weekdayClashes) weekdayNumbers.delete(key);
  return { MONTHS: months, WEEKDAYS: weekdays, WEEKDAY_NUMBERS: weekdayNumbers };
}

/** Longest line read as a date written in a form not read (see {@link isUnreadDate}). */
const MAX_DATE_LIKE = 40;

/**
 * Whether a short line looks like a date (figures with a date's marks,
 * `Fri 14/03`, or a year) that is not in a form read as one: the listing's
 * date line, perhaps, which the page header would end with.
 */
export function isUnreadDate(text: string): boolean {
  return text.length <= MAX_DATE_LIKE && parseDateLabel(text) === undefined && /\d{1,4}[/.-]\d{1,2}|\b(?:19|20)\d{2}\b/u.test(text);
}

/**
 * What a day's label that gives no full date says of the day, to check it
 * against the day a dump is given: the month and day of `14/03` or `3/14`
 * (either order), the weekday of `Friday`, the ISO week of `2025-W11`.
 * `undefined` for any other line. Such a label ends the page header
 * (page-chrome.ts) but never dates a listing by itself.
 */
export type DayLabel = { kind: 'month-day'; readings: LabelDate[] } | { kind: 'weekday'; weekday: number } | { kind: 'week'; year: number; week: number };

export function readDayLabel(line: string): DayLabel | undefined {
  const text = line.trim();
  const figures = /^(\d{1,2})([/-])(\d{1,2})$/u.exec(text);
  if (figures !== null) {
    const [first, second] = [Number(figures[1]), Number(figures[3])];
    const readings = [withYear(first, second, undefined), withYear(second, first, undefined)].filter((r) => r.month >= 1 && r.month <= 12 && onCalendar(r));
    return readings.length === 0 ? undefined : { kind: 'month-day', readings };
  }
  const weekday = WEEKDAY_NUMBERS.get(nameKey(text.replace(/,$/u, '')));
  if (weekday !== undefined) return { kind: 'weekday', weekday };
  // An ISO week, its `W` after a dash, a space or nothing (`2025-W11`, `2025 W11`, `2025W11`), or the week first (`W11 2025`, `W11-2025`).
  const week = /^(\d{4})[\p{Pd}\s]?W(\d{1,2})$/iu.exec(text);
  const weekFirst = /^W(\d{1,2})[\p{Pd}\s]?(\d{4})$/iu.exec(text);
  const [year, number] = week !== null ? [week[1], week[2]] : weekFirst !== null ? [weekFirst[2], weekFirst[1]] : [];
  if (year !== undefined && Number(number) >= 1 && Number(number) <= 53) return { kind: 'week', year: Number(year), week: Number(number) };
  return undefined;
}

/** Whether the day (`YYYY-MM-DD` parts) is one the label can mean. */
export function dayLabelFits(label: DayLabel, day: { year: number; month: number; date: number }): boolean {
  if (label.kind === 'month-day') return label.readings.some((r) => r.month === day.month && r.date === day.date);
  const time = Date.UTC(day.year, day.month - 1, day.date);
  if (label.kind === 'weekday') return new Date(time).getUTCDay() === label.weekday;
  // The ISO week: weeks start on Monday, the week's Thursday decides its year, and week 1 holds 4 January.
  const DAY = 86_400_000;
  const thursday = time + (3 - ((new Date(time).getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const january4 = Date.UTC(year, 0, 4);
  const week1Thursday = january4 + (3 - ((new Date(january4).getUTCDay() + 6) % 7)) * DAY;
  return year === label.year && 1 + Math.round((thursday - week1Thursday) / (7 * DAY)) === label.week;
}

/** Whether a line is a weekday's name and nothing else (`Friday`, `Fri`, `vendredi`): a day's label without its date. */
export function isWeekdayName(line: string): boolean {
  return WEEKDAYS.has(nameKey(line.trim()));
}

/** The longest weekday name, in characters. */
const MAX_WEEKDAY_LENGTH = Math.max(...[...WEEKDAYS].map((name) => name.length));

/** Words a date written out puts between its parts: `14 de marzo de 2025`, `14 марта 2025 г.`, `the 14th of March`. */
const FILLERS = new Set(['de', 'del', 'of', 'the', 'le', 'den', 'der', 'г', 'r']);

/** Longer than any date label: most lines (titles, abstracts) are not looked at. */
const MAX_LABEL_LENGTH = 48;

/**
 * The line itself when it is a date label (whitespace-folded input), otherwise
 * `undefined`. The label is kept as printed: listings show it as-is.
 */
export function parseDateLabel(line: string): string | undefined {
  return dateParts(line) === undefined ? undefined : line;
}

/** Whether two readings of date lines may name one day: the same month and day, and the same year where both print one (`Mar 14`, `March 14, 2025`). */
export function sameLabelDate(a: LabelDate, b: LabelDate): boolean {
  return a.month === b.month && a.date === b.date && (a.year === undefined || b.year === undefined || a.year === b.year);
}

/**
 * The month, day and (when printed) year of a date label recognised by
 * {@link parseDateLabel}: `Mar 14` → March 14, `14 Mar 2025` and
 * `March 14, 2025` → 14 March 2025. `undefined` for a label no calendar has
 * (`Feb 31`, `2025-02-30`).
 */
export function readDateLabel(label: string): LabelDate | undefined {
  const readings = dateLabelReadings(label);
  return readings.length === 1 ? readings[0] : undefined;
}

/**
 * Every day a date label can mean on the calendar: one for most labels; two
 * for a date in figures that both orders of month and day fit (`03/04/2025`:
 * 4 March as the US writes it, 3 April as most of the world does), month
 * first, and a third for three two-digit figures a short year may start
 * (`03/04/05`); none for a label no calendar has (`Feb 30`) or no label at all.
 */
export function dateLabelReadings(label: string): LabelDate[] {
  return (dateParts(label) ?? []).filter(onCalendar);
}

/** Whether a reading's day is in its month: the longest the month can be (February in a leap year), or its exact length when the year is known. */
function onCalendar({ month, date, year }: LabelDate): boolean {
  return date >= 1 && date <= new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

/** A count of papers after a date, set off by a mark or in brackets: ` · 77 papers`, ` | 12 papers`, ` (77 papers)`, ` — 1 paper`. */
const PAPER_COUNT = /(?:\s*[·•|,\p{Pd}]\s*|\s+)\(?\d[\d,.]*\s+papers?\)?$/iu;

/** What a label says, by its shape alone (a day 1–31 and a month 1–12, not checked against the calendar): one reading, or two (see {@link dateLabelReadings}). */
function dateParts(line: string): LabelDate[] | undefined {
  // The day's count of papers after the date (`Mar 14, 2025 · 77 papers`, `(12 papers)`) says nothing of the day either.
  const counted = PAPER_COUNT.exec(line);
  if (counted !== null) return dateParts(line.slice(0, counted.index));
  if (line.length > MAX_LABEL_LENGTH) return undefined;
  // A time after the date (`Mar 14 2025 10:00`, `3/14/2025, 10:00 AM`), with its zone (`UTC`, `GMT+1`) or as ISO 8601 writes it (`2025-03-14T10:00:00Z`), says nothing of the day.
  const time = /(?:[\s,]+|(?<=^\d{4}-\d{2}-\d{2})T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?m\.?)?(?:\s?(?:Z|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?$/iu.exec(line);
  const texts = time === null ? withoutWeekdays(line) : [...withoutWeekdays(line), ...withoutWeekdays(line.slice(0, time.index))];
  for (const text of texts) {
    const single = numericDate(text) ?? writtenDate(text);
    const readings = (single === undefined ? yearLastDate(text) : [single]).filter((p) => p.month >= 1 && p.month <= 12 && p.date >= 1 && p.date <= 31);
    // Readings that name the same day are one (`03/03/03`).
    if (readings.length > 0) return readings.filter((p, i) => readings.findIndex((q) => q.month === p.month && q.date === p.date && q.year === p.year) === i);
  }
  return undefined;
}

/**
 * The ways to read a line as a date with a weekday name before or after it
 * (`Fri, `, `金曜日`, `(金)`) taken off, the line as it is first: a word may
 * name a weekday in one language and a month in another (`mar`: Tuesday in
 * Spanish), or end a date (`日`).
 */
function withoutWeekdays(line: string): string[] {
  const text = line.toLowerCase().replace(/[()（）]/gu, ' ').replace(/,/gu, ' ').trim();
  const readings = [text];
  const first = /^(\S+?)\.?\s/u.exec(text)?.[1];
  if (first !== undefined && WEEKDAYS.has(first)) readings.push(text.slice(first.length).replace(/^[\s.]+/u, ''));
  // A weekday after the date, spaced or not (`2025年3月14日金曜日`): the longest name is a few characters.
  for (let length = 1; length <= Math.min(MAX_WEEKDAY_LENGTH, text.length - 1); length += 1) {
    if (WEEKDAYS.has(text.slice(-length))) readings.push(text.slice(0, -length).trim());
  }
  return readings;
}

/** `2025-03-14`, `2025/03/14`, `14.03.2025`, `14.3.`, `2025年3月14日`, `3月14日`, `2025년 3월 14일`. */
function numericDate(text: string): LabelDate | undefined {
  const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/u.exec(text);
  if (yearFirst !== null && (yearFirst[2] !== '-' || /^\d{4}-\d{2}-\d{2}$/u.test(text))) return withYear(Number(yearFirst[3]), Number(yearFirst[4]), yearFirst[1]);
  // Day first with full stops, as most of Europe writes it: never ambiguous, unlike `03/04/2025`.
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}))?$/u.exec(text);
  if (dotted !== null) return withYear(Number(dotted[2]), Number(dotted[1]), dotted[3]);
  const cjk = /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]$/u.exec(text);
  if (cjk !== null) return withYear(Number(cjk[2]), Number(cjk[3]), cjk[1]);
  return undefined;
}

/**
 * A date in figures with the year last, as browsers write it in the US
 * (`3/14/2025`, `3/14/25`) and in much of the world (`14/03/2025`,
 * `14-3-2025`): month first and day first, as far as each fits the shape.
 * A two-digit year is this century's. Three two-digit figures may also be a
 * short year first (`25/03/14`, `25-03-14`: 14 March 2025 as Japanese,
 * Chinese and Swedish browsers write it), a third reading.
 */
function yearLastDate(text: string): LabelDate[] {
  const match = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/u.exec(text);
  if (match === null) return [];
  const [first, second] = [Number(match[1]), Number(match[3])];
  const year = match[4]!.length === 2 ? `20${match[4]}` : match[4];
  const readings = [withYear(first, second, year), withYear(second, first, year)];
  if (match[1]!.length === 2 && match[4]!.length === 2) readings.push(withYear(second, Number(match[4]), `20${match[1]}`));
  return readings;
}

/** `mar 14`, `march 14th 2025`, `14 march 2025`, `14. märz 2025`, `14 de marzo de 2025` (lowercased, commas gone). */
function writtenDate(text: string): LabelDate | undefined {
  const words = text
    .split(/\s+/u)
    .map((word) => word.replace(/\.$/u, ''))
    .filter((word) => word !== '' && !FILLERS.has(word));
  const year = words.length === 3 && /^\d{4}$/u.test(words[2]!) ? words.pop() : undefined;
  if (words.length !== 2) return undefined;
  const [first, second] = words as [string, string];
  const day = (word: string) => /^(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?$/u.exec(word)?.[1];
  if (MONTHS.has(first) && day(second) !== undefined) return withYear(MONTHS.get(first)!, Number(day(second)), year);
  if (day(first) !== undefined && MONTHS.has(second)) return withYear(MONTHS.get(second)!, Number(day(first)), year);
  return undefined;
}

function withYear(month: number, date: number, year: string | undefined): LabelDate {
  return { month, date, ...(year === undefined ? {} : { year: Number(year) }) };
}
