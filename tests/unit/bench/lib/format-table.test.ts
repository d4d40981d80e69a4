import { describe, expect, test } from 'vitest';
import { formatBytes, formatSeconds, formatSummary, formatTable } from '../../../../bench/lib/format-table.ts';

describe('formatTable', () => {
  test('pads columns to their widest cell, numbers on the right', () => {
    const table = formatTable(
      [{ heading: 'corpus' }, { heading: 'build', align: 'right' }],
      [
        ['seeds', '9.8 s'],
        ['synthetic-10000', '118 s'],
      ],
    );
    expect(`\n${table}`).toMatchInlineSnapshot(`
      "
      corpus           build
      ---------------  -----
      seeds            9.8 s
      synthetic-10000  118 s"
    `);
  });

  test('refuses a row with the wrong number of cells, naming it', () => {
    expect(() => formatTable([{ heading: 'a' }, { heading: 'b' }], [['x']])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected 2 cells in row 1, got 1]`,
    );
  });
});

describe('formatSeconds', () => {
  test('keeps about three significant digits', () => {
    expect([0.842, 12.34, 126.4].map(formatSeconds)).toEqual(['0.84 s', '12.3 s', '126 s']);
  });
});

describe('formatBytes', () => {
  test('uses binary units', () => {
    expect([512, 1536, 52 * 1024 ** 2, 2.9 * 1024 ** 3].map(formatBytes)).toEqual(['512 B', '1.50 KB', '52.0 MB', '2.90 GB']);
  });
});

describe('formatSummary', () => {
  test('writes median then min-max, with the unit once when they share it', () => {
    expect(formatSummary({ median: 12.4, min: 11.9, max: 13.1, runs: 3 }, formatSeconds)).toBe('12.4 s (11.9-13.1 s)');
  });

  test('keeps both units when min and max differ in unit', () => {
    expect(formatSummary({ median: 1000 * 1024 ** 2, min: 900 * 1024 ** 2, max: 1100 * 1024 ** 2, runs: 3 }, formatBytes)).toBe(
      '1000 MB (900 MB-1.07 GB)',
    );
  });

  test('writes only the median for a single run', () => {
    expect(formatSummary({ median: 3, min: 3, max: 3, runs: 1 }, formatSeconds)).toBe('3.00 s');
  });
});
