import { describe, expect, test } from 'vitest';
import { addDays, dayIn, dayParts, dayShapesIn, dayStart, formatDay, formatMonth, inLatestMonth, isDay, weekdayOf, weekInLatestMonth } from '../../../../src/format/day.ts';

describe('isDay', () => {
  test('takes real YYYY-MM-DD dates, leap days included', () => {
    expect(isDay('2025-03-14')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
  });
  test('refuses dates that do not exist and other spellings', () => {
    for (const value of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-3-14', '14-03-2025', '2025-03-14T00:00', '']) expect(isDay(value), value).toBe(false);
  });
  test('agrees with the calendar of Date on every month and day written, century leap years included', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of [999, 1000, 1900, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let date = 0; date <= 32; date += 1) {
          const day = `${String(year).padStart(4, '0')}-${two(month)}-${two(date)}`;
          const utc = new Date(Date.UTC(year, month - 1, date));
          const real = year >= 1000 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
          expect(isDay(day), day).toBe(real);
        }
      }
    }
  });
});

describe('dayIn', () => {
  test('finds the date in a file name', () => {
    expect(dayIn('2025-03-14.txt')).toBe('2025-03-14');
    expect(dayIn('daily-2025-03-14.txt')).toBe('2025-03-14');
    expect(dayIn('hf_2025-03-14_evening.txt')).toBe('2025-03-14');
  });
  test('finds it written with dots, underscores or no separator, as file names often have it', () => {
    expect(dayIn('2025.03.14.txt')).toBe('2025-03-14');
    expect(dayIn('papers_2025_03_14.txt')).toBe('2025-03-14');
    expect(dayIn('20250314.txt')).toBe('2025-03-14');
    expect(dayIn('daily-20250314-1.txt')).toBe('2025-03-14');
  });
  test('finds it with the month or the day written without its zero, the year first (nothing else reads that way)', () => {
    expect(dayIn('2025-3-14.txt')).toBe('2025-03-14');
    expect(dayIn('daily_2025_3_4.txt')).toBe('2025-03-04');
    expect(dayIn('2025.12.1.txt')).toBe('2025-12-01');
    expect(dayIn('hf-2025-3-04-evening.txt')).toBe('2025-03-04');
    expect(dayShapesIn('2025-2-30.txt')).toEqual(['2025-2-30']);
    // Not a year of this era, a day or month of three digits, mixed separators, a version number: no day.
    for (const name of ['v1234.5.6.txt', '2025-3-144.txt', '2025-314-1.txt', '2025-3_14.txt', '12025-3-14.txt', 'release-2.1.3.txt', '2025-13-1.txt']) expect(dayIn(name), name).toBeUndefined();
  });
  test('finds none in names without a real date', () => {
    expect(dayIn('000_b74b9448ff318115.txt')).toBeUndefined();
    expect(dayIn('2025-02-30.txt')).toBeUndefined();
    expect(dayIn('12025-03-145.txt')).toBeUndefined();
    // Mixed separators, eight digits that are no day or sit in a longer number, an id with a date-like run.
    for (const name of ['2025-03.14.txt', '2025_0314.txt', '12345678.txt', '20251399.txt', '120250314.txt', '202503141.txt', 'b20250314x.txt']) expect(dayIn(name), name).toBeUndefined();
  });
});

describe('formatDay', () => {
  test('writes a day the one way the site writes days', () => {
    expect(formatDay('2025-03-14')).toBe('14 March 2025');
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
    expect(formatMonth('2025-12-31')).toBe('December 2025');
  });
  test('refuses what is not a day', () => {
    expect(() => formatDay('Mar 14')).toThrow('Expected a day as YYYY-MM-DD, got `Mar 14`');
  });
});

describe('day arithmetic', () => {
  test('steps over month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  test('numbers weekdays from Monday', () => {
    expect(weekdayOf('2025-03-10')).toBe(0);
    expect(weekdayOf('2025-03-16')).toBe(6);
  });
  test('starts a day at midnight UTC', () => {
    expect(dayStart('2025-03-14').toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(dayParts('2025-03-14')).toEqual({ year: 2025, month: 3, date: 14 });
  });
});

describe('inLatestMonth', () => {
  test("marks what was first listed in the latest month of all, across years; undated never is", () => {
    expect(inLatestMonth(['2025-08-30', '2025-09-01', undefined, '2025-09-21', '2024-09-05'])).toEqual([false, true, false, true, false]);
    expect(inLatestMonth(['2025-12-31', '2026-01-01'])).toEqual([false, true]);
  });

  test('marks nothing when nothing is dated', () => {
    expect(inLatestMonth([undefined, undefined])).toEqual([false, false]);
    expect(inLatestMonth([])).toEqual([]);
  });
});

describe('weekInLatestMonth', () => {
  test('names the calendar week (Monday to Sunday) of the latest month a day is in by its first day, cut at the month’s first', () => {
    // 1 March 2026 is a Sunday, 30 March a Monday.
    expect(weekInLatestMonth(['2026-02-27', '2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09', undefined, '2026-03-31'])).toEqual([
      undefined,
      '2026-03-01',
      '2026-03-02',
      '2026-03-02',
      '2026-03-09',
      undefined,
      '2026-03-30',
    ]);
    // Across years: 1 January 2026 is a Thursday.
    expect(weekInLatestMonth(['2025-12-29', '2026-01-01', '2026-01-04', '2026-01-05'])).toEqual([undefined, '2026-01-01', '2026-01-01', '2026-01-05']);
  });

  test('names none when nothing is dated', () => {
    expect(weekInLatestMonth([undefined])).toEqual([undefined]);
    expect(weekInLatestMonth([])).toEqual([]);
  });
});
