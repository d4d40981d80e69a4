import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../../bench/lib/random.ts';

const draws = (seed: string, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  test('gives the same stream for the same seed', () => {
    expect(draws('folio', 5)).toEqual(draws('folio', 5));
  });

  test('gives a different stream for another seed', () => {
    expect(draws('folio', 5)).not.toEqual(draws('folio2', 5));
  });

  test('draws floats in [0, 1) and integers within both bounds', () => {
    const random = createRandom('range');
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  test('samples distinct elements', () => {
    const picked = createRandom('sample').sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
  });

  test('forks independent streams deterministically', () => {
    const a = createRandom('parent').fork('papers').next();
    const b = createRandom('parent').fork('papers').next();
    const c = createRandom('parent').fork('layout').next();
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  test('refuses to pick from an empty list', () => {
    expect(() => createRandom('x').pick([])).toThrowErrorMatchingInlineSnapshot(`[Error: expected a non-empty list to pick from]`);
  });
});
