import { describe, expect, test, vi } from 'vitest';
import { mergePapers, type KnownPaper, type Listing } from '../../../../scripts/lib/merge-papers.ts';
import { abstractKey } from '../../../../src/format/paper-key.ts';
import { formatProblem } from '../../../../src/format/problem.ts';
import { inventedAbstract } from '../../../support/invented-abstract.ts';

/** Every word and title comparison the revised-title warning makes: each edit distance and each `nearTitleDifference` counted. */
const count = vi.hoisted(() => ({ comparisons: 0 }));

vi.mock('../../../../src/text/edit-distance.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/text/edit-distance.ts')>();
  return {
    editDistance: (a: string, b: string, max: number) => {
      count.comparisons++;
      return original.editDistance(a, b, max);
    },
  };
});

vi.mock('../../../../scripts/lib/near-titles.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../scripts/lib/near-titles.ts')>();
  return {
    ...original,
    nearTitleDifference: (title: string, other: string) => {
      count.comparisons++;
      return original.nearTitleDifference(title, other);
    },
  };
});

/** `n` distinct eight-letter words, far from one another (a fixed pseudo-random sequence). */
function words(n: number): string[] {
  let seed = 12345;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + (seed >> 8) % 26);
  };
  return Array.from({ length: n }, () => Array.from({ length: 8 }, letter).join(''));
}

/**
 * Comparisons made for `n` titles that share every word but the last, half
 * published and half new in one dump, one of the new a typo of a published
 * one; and the warnings given.
 */
function merge(n: number): { comparisons: number; warnings: string[] } {
  const last = words(n);
  const title = (word: string) => `Faithful Policy Optimization at Scale with ${word[0]!.toUpperCase()}${word.slice(1)}`;
  const known: KnownPaper[] = last.slice(0, n / 2).map((word) => ({ slug: word, titles: [title(word)], abstracts: [abstractKey(inventedAbstract(word))] }));
  const typo = `${last[0]!.slice(0, 3)}${last[0]![3] === 'z' ? 'y' : 'z'}${last[0]!.slice(4)}`;
  const dump: Listing = {
    id: '2025-03-15',
    source: '2025-03-15.txt',
    path: 'dumps/2025-03-15.txt',
    entries: [...last.slice(n / 2), typo].map((word, i) => ({ title: title(word), abstract: inventedAbstract(word), position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })),
  };
  count.comparisons = 0;
  const { warnings } = mergePapers([dump], known);
  return { comparisons: count.comparisons, warnings: warnings.map(formatProblem) };
}

describe('mergePapers: the cost of finding revised titles', () => {
  test('grows linearly with titles that share every word but one, not with their pairs', () => {
    for (const n of [250, 1000]) {
      const { comparisons, warnings } = merge(n);
      expect(warnings.filter((w) => w.includes(' only in a word spelled otherwise '))).toHaveLength(1);
      expect(comparisons).toBeLessThanOrEqual(2 * n);
    }
  });
});
