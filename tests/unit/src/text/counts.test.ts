import { describe, expect, test } from 'vitest';
import { countOf, formatCount } from '../../../../src/text/counts.ts';

describe('formatCount', () => {
  test('groups thousands with a comma, from four digits on, as English prose writes them', () => {
    expect([0, 7, 999, 1000, 1234, 10150, 1234567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '1,234', '10,150', '1,234,567']);
  });

  test('refuses what is not a count, naming it', () => {
    expect(() => formatCount(-1)).toThrowErrorMatchingInlineSnapshot(`[RangeError: expected a count (a whole number, 0 or more), found \`-1\`]`);
    expect(() => formatCount(2.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: expected a count (a whole number, 0 or more), found \`2.5\`]`);
    expect(() => formatCount(Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[RangeError: expected a count (a whole number, 0 or more), found \`NaN\`]`);
  });
});

describe('countOf', () => {
  test('names one thing in the singular and any other number in the plural, grouped', () => {
    expect(countOf(1, 'paper', 'papers')).toBe('1 paper');
    expect(countOf(0, 'paper', 'papers')).toBe('0 papers');
    expect(countOf(10150, 'paper', 'papers')).toBe('10,150 papers');
    expect(countOf(1, 'more paper', 'more papers')).toBe('1 more paper');
  });
});
