import { dayOf, weekdayOf, addDays, MONTH_NAMES, type Day } from '../format/day.ts';

/** One day of the calendar heat map. */
export interface CalendarCell {
  day: Day;
  /** Column: the week of the year, 0-based (weeks start on Monday). */
  week: number;
  /** Row: 0 for Monday to 6 for Sunday. */
  weekday: number;
  /** Papers listed that day; 0 when there is no listing. */
  count: number;
  /** Shade, 0 (no listing) to 4 (the busiest days). */
  level: 0 | 1 | 2 | 3 | 4;
}

/** A year of the calendar: every day of it, and where each month's first week is. */
export interface CalendarYear {
  year: number;
  /** Columns (weeks) the year spans: 53 or 54. */
  weeks: number;
  cells: CalendarCell[];
  /** Each month's short name and the week its first day falls in. */
  months: Array<{ label: string; week: number }>;
}

/**
 * Lays out one year of the archive as a heat map: a column per week, a row
 * per weekday, each day shaded by how many papers were listed on it,
 * relative to `max` (the busiest day of the archive, so years compare).
 * Pure numbers; the component only draws.
 */
export function calendarYear(year: number, counts: ReadonlyMap<Day, number>, max = Math.max(1, ...counts.values())): CalendarYear {
  const first = dayOf(year, 1, 1);
  const lead = weekdayOf(first);
  const cells: CalendarCell[] = [];
  const months: CalendarYear['months'] = [];
  for (let i = 0, day = first; day.startsWith(`${year}-`); i++, day = addDays(first, i)) {
    const week = Math.floor((i + lead) / 7);
    if (day.endsWith('-01')) months.push({ label: MONTH_NAMES[Number(day.slice(5, 7)) - 1]!.slice(0, 3), week });
    const count = counts.get(day) ?? 0;
    cells.push({ day, week, weekday: (i + lead) % 7, count, level: heatLevel(count, max) });
  }
  return { year, weeks: cells.at(-1)!.week + 1, cells, months };
}

/** The shade of a day with `count` papers when the busiest day has `max`: 0 for none, else 1–4 by quarters of `max`. */
export function heatLevel(count: number, max: number): CalendarCell['level'] {
  if (count <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / Math.max(1, max)) * 4))) as CalendarCell['level'];
}
