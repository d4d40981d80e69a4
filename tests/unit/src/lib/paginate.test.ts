import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { pagerNumbers, paginate, pagesFromTheEnd } from '../../../../src/lib/paginate.ts';

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

describe('pagesFromTheEnd', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sizes = (n: number) => pagesFromTheEnd(items(n), 50).map((p) => p.items.length);

  test('fills every page but the first with exactly a page of items, counted from the end; the first takes the rest', () => {
    expect(sizes(101)).toEqual([51, 50]);
    expect(sizes(149)).toEqual([99, 50]);
    expect(sizes(150)).toEqual([50, 50, 50]);
    expect(pagesFromTheEnd(items(151), 50).map((p) => [p.number, p.count, p.items[0], p.items.length])).toEqual([[1, 3, 0, 51], [2, 3, 51, 50], [3, 3, 101, 50]]);
  });

  test('makes one page of a list shorter than two pages, and one of an empty list', () => {
    expect(sizes(99)).toEqual([99]);
    expect(sizes(3)).toEqual([3]);
    expect(pagesFromTheEnd([], 50)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => pagesFromTheEnd([1], 0)).toThrow(RangeError);
  });

  test('an item added at the front changes only the first page, unless the first page was full and a page is added', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (length, perPage) => {
        const before = pagesFromTheEnd(items(length).map((i) => `old${i}`), perPage);
        const after = pagesFromTheEnd(['new', ...items(length).map((i) => `old${i}`)], perPage);
        if (after.length === before.length) {
          for (let k = 1; k < after.length; k++) expect(after[k]).toEqual(before[k]);
        } else {
          // The first page was as full as it gets: its last `perPage` items became page 2, every later page moved up one number.
          expect(after.length).toBe(before.length + 1);
          for (let k = 1; k < before.length; k++) expect(after[k + 1]!.items).toEqual(before[k]!.items);
        }
        expect(after.flatMap((p) => p.items)).toEqual(['new', ...before.flatMap((p) => p.items)]);
      }),
    );
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
