import { describe, expect, test } from 'vitest';
import { calendarYear, heatLevel } from '../../../../src/lib/calendar.ts';

describe('calendarYear', () => {
  const counts = new Map([['2025-03-14', 40], ['2025-03-17', 10], ['2025-12-31', 1]]);
  const year = calendarYear(2025, counts);

  test('has every day of the year once, weeks as columns and Monday as the first row', () => {
    expect(year.cells).toHaveLength(365);
    // 1 January 2025 was a Wednesday.
    expect(year.cells[0]).toMatchObject({ day: '2025-01-01', week: 0, weekday: 2 });
    expect(year.cells.find((c) => c.day === '2025-01-06')).toMatchObject({ week: 1, weekday: 0 });
    expect(year.weeks).toBe(53);
    expect(calendarYear(2024, new Map()).cells).toHaveLength(366);
  });

  test('shades each day by its papers, relative to the busiest day', () => {
    expect(year.cells.find((c) => c.day === '2025-03-14')).toMatchObject({ count: 40, level: 4 });
    expect(year.cells.find((c) => c.day === '2025-03-17')).toMatchObject({ count: 10, level: 1 });
    expect(year.cells.find((c) => c.day === '2025-03-15')).toMatchObject({ count: 0, level: 0 });
  });

  test('marks the week each month starts in', () => {
    expect(year.months.slice(0, 3)).toEqual([{ label: 'Jan', week: 0 }, { label: 'Feb', week: 4 }, { label: 'Mar', week: 8 }]);
  });
});

describe('heatLevel', () => {
  test('gives 0 to days without papers and quarters of the maximum to the rest', () => {
    expect([0, 1, 25, 26, 50, 51, 75, 76, 100].map((n) => heatLevel(n, 100))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
