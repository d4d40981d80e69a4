import { describe, expect, test } from 'vitest';
import { median, summarise } from '../../../../bench/lib/summarise.ts';

describe('median', () => {
  test('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  test('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('refuses an empty list', () => {
    expect(() => median([])).toThrowErrorMatchingInlineSnapshot(`[Error: Expected at least one value to take the median of]`);
  });
});

describe('summarise', () => {
  test('gives median, min, max and the number of runs', () => {
    expect(summarise([12.4, 11.9, 13.1])).toEqual({ median: 12.4, min: 11.9, max: 13.1, runs: 3 });
  });
});
