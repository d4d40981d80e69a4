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

/** Each published title filed in the revised-title warning's index, and each title keyed (up to case) to be matched with an abstract. */
const looked = vi.hoisted(() => ({ filed: 0, keyed: 0 }));

vi.mock('../../../../scripts/lib/near-title-index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../scripts/lib/near-title-index.ts')>();
  return {
    nearTitleIndex: <T>() => {
      const index = original.nearTitleIndex<T>();
      return {
        add: (title: string, value: T) => {
          looked.filed++;
          index.add(title, value);
        },
        near: (title: string) => index.near(title),
      };
    },
  };
});

vi.mock('../../../../src/format/paper-key.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/format/paper-key.ts')>();
  return {
    ...original,
    caselessTitleKey: (title: string) => {
      looked.keyed++;
      return original.caselessTitleKey(title);
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

describe('mergePapers: the cost of a day against the archive', () => {
  /** Titles filed and keyed for a day of three papers, one of them published, against `n` published papers that share nothing with the day's. */
  function day(n: number): { filed: number; keyed: number; papers: string[]; warnings: string[] } {
    const titled = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)} Adapters for Sparse Retrieval`;
    // Half the titles share no word with the day's; half share all their words but one with the day's titles together, but not with one.
    const archive: KnownPaper[] = words(n).map((word, i) => ({ slug: word, titles: [i % 2 === 0 ? `Learning ${word} with Few Labels` : `Many Strands of ${word} Adapters for Retrieval`], abstracts: [abstractKey(inventedAbstract(word))] }));
    const known: KnownPaper[] = [...archive, { slug: 'knots', titles: [titled('knots')], abstracts: [abstractKey(inventedAbstract('knots'))] }, { slug: 'spirals', titles: [titled('spirals')], abstracts: [abstractKey(inventedAbstract('spirals'))] }];
    const dump: Listing = {
      id: '2025-03-15',
      source: '2025-03-15.txt',
      path: 'dumps/2025-03-15.txt',
      // A published paper by its title; a new one whose title is a published one's with a word spelled otherwise; a new one.
      entries: [titled('knots'), titled('spiralls'), 'Braids of Many Strands'].map((title, i) => ({ title, abstract: inventedAbstract(`${title} itself`), position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })),
    };
    looked.filed = 0;
    looked.keyed = 0;
    const { papers, warnings } = mergePapers([dump], known);
    return { filed: looked.filed, keyed: looked.keyed, papers: papers.map((p) => `${p.title}: ${p.knownSlug ?? 'new'}`).sort(), warnings: warnings.map(formatProblem) };
  }

  test('files and keys only the published papers that share a key or all words but one with the day\'s, however many the archive holds', () => {
    const [small, large] = [day(10), day(1000)];
    expect(large.papers).toEqual(['Braids of Many Strands: new', 'Knots Adapters for Sparse Retrieval: knots', 'Spiralls Adapters for Sparse Retrieval: new']);
    expect(large.warnings).toHaveLength(1);
    expect(large.warnings[0]).toContain('only in a word spelled otherwise');
    expect(large).toEqual(small);
  });
});
