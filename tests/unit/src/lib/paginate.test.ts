import { describe, expect, test } from 'vitest';
import { pagerNumbers, paginate } from '../../../../src/lib/paginate.ts';

describe('paginate', () => {
  const items = Array.from({ length: 101 }, (_, i) => i);
  test('fills pages up to the boundary and puts the rest on the last', () => {
    const pages = paginate(items, 50);
    expect(pages.map((p) => [p.number, p.count, p.items.length, p.offset])).toEqual([[1, 3, 50, 0], [2, 3, 50, 50], [3, 3, 1, 100]]);
  });
  test('makes exactly one page of a list that fills it, and one of an empty list', () => {
    expect(paginate(items.slice(0, 50), 50)).toHaveLength(1);
    expect(paginate([], 50)).toEqual([{ number: 1, count: 1, items: [], offset: 0, total: 0 }]);
  });
  test('refuses a page size below 1', () => {
    expect(() => paginate(items, 0)).toThrow(RangeError);
  });
});

describe('pagerNumbers', () => {
  test('shows the first, the last and the pages around the current one', () => {
    expect(pagerNumbers(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
  });
  test('fills a gap of one page rather than writing an ellipsis for it', () => {
    expect(pagerNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});
