import { describe, expect, test } from 'vitest';
import { append } from '../../../../src/lib/append.ts';

describe('append', () => {
  test('adds every list in order and returns the target', () => {
    const target = [1];
    expect(append(target, [2, 3], [], [4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  test('adds a list longer than a call can take as arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target: number[] = [];
    append(target, many);
    expect(target.length).toBe(1_000_000);
    expect(target.at(-1)).toBe(999_999);
  });
});
