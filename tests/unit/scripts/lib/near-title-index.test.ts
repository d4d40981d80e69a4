import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nearTitleIndex } from '../../../../scripts/lib/near-title-index.ts';
import { nearTitleDifference, nearTitleKeys } from '../../../../scripts/lib/near-titles.ts';

/**
 * What comparing under every shared key finds, titles looked up and filed in
 * turn: each filed title whose difference is defined, at the first key of the
 * looked-up title it is filed under, in the order filed.
 */
function byEveryKey(titles: readonly string[]): Array<Array<[number, string]>> {
  const filed = new Map<string, number[]>();
  return titles.map((title, number) => {
    const found: Array<[number, string]> = [];
    for (const key of nearTitleKeys(title)) {
      for (const other of filed.get(key) ?? []) {
        const difference = nearTitleDifference(title, titles[other]!);
        if (difference !== undefined && !found.some(([seen]) => seen === other)) found.push([other, difference]);
      }
    }
    for (const key of nearTitleKeys(title)) filed.set(key, [...(filed.get(key) ?? []), number]);
    return found;
  });
}

function byIndex(titles: readonly string[]): Array<Array<[number, string]>> {
  const index = nearTitleIndex<number>();
  return titles.map((title, number) => {
    const found = index.near(title).map(({ value, difference }): [number, string] => [value, difference]);
    index.add(title, number);
    return found;
  });
}

const word = (letters: string, min: number, max: number) => fc.stringMatching(new RegExp(`^[${letters}]{${min},${max}}$`));

describe('nearTitleIndex', () => {
  test('finds the titles that comparing under every shared key finds, in the same order', () => {
    const vocabulary = ['Learning', 'Leaning', 'Learnings', 'Route', 'Rout', 'Routes', 'Tokens', 'v2', 'V3', 'graph', 'Grpah', 'Transformers', 'Transfomers', 'at', 'Scale', 'Llama', '2', 'Mamba', 'Mambo', 'Optimization', 'Optimisation', 'Optimizaton', 'Nets', 'Bets', 'a', 'A'];
    const title = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    fc.assert(fc.property(fc.array(title, { maxLength: 60 }), (titles) => {
      expect(byIndex(titles)).toEqual(byEveryKey(titles));
    }));
  });

  test('does so where many titles share all words but one, found by the variants of that word', () => {
    const title = fc.tuple(word('ab', 4, 11), fc.constantFrom('', ' v2')).map(([varying, mark]) => `Policy Optimization at ${varying}${mark}`);
    fc.assert(fc.property(fc.array(title, { minLength: 20, maxLength: 80 }), (titles) => {
      expect(byIndex(titles)).toEqual(byEveryKey(titles));
    }), { numRuns: 50 });
  });
});
