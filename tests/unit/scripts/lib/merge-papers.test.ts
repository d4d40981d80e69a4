import { describe, expect, test } from 'vitest';
import { mergePapers, type Listing } from '../../../../scripts/lib/merge-papers.ts';
import { formatProblem } from '../../../../src/format/problem.ts';

function listing(id: string, entries: Array<[string, string]>, date?: string): Listing {
  return {
    id,
    source: `${id}.txt`,
    path: `dumps/${id}.txt`,
    ...(date ? { date } : {}),
    entries: entries.map(([title, abstract], i) => ({ title, abstract, position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })),
  };
}

describe('mergePapers', () => {
  test('makes one paper of the same title in several dumps, listing every appearance', () => {
    const { papers, warnings } = mergePapers([
      listing('b', [['Folded Ropes', 'Ropes fold.']], 'Mar 2'),
      listing('a', [['Knots', 'Knots hold.'], ['folded ROPES', 'Ropes fold.']], 'Mar 1'),
    ]);
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(2);
    const ropes = papers.find((p) => p.key === 'folded ropes')!;
    expect(ropes.title).toBe('folded ROPES');
    expect(ropes.appearances).toEqual([
      { listing: 'a', source: 'a.txt', date: 'Mar 1', position: 2 },
      { listing: 'b', source: 'b.txt', date: 'Mar 2', position: 1 },
    ]);
  });

  test('gives the same result whatever order the dumps come in', () => {
    const a = listing('a', [['X', 'short'], ['Y', 'y']]);
    const b = listing('b', [['x', 'a longer one'], ['Z', 'z']]);
    expect(mergePapers([a, b])).toEqual(mergePapers([b, a]));
  });

  test('keeps the longest of two different abstracts and warns with both places', () => {
    const { papers, warnings } = mergePapers([listing('a', [['X', 'short']]), listing('b', [['X', 'a longer one']])]);
    expect(papers[0]?.abstract).toBe('a longer one');
    expect(warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "dumps/b.txt:1: \`X\` has 2 different abstracts (also at dumps/a.txt:1); kept this one, the longest",
      ]
    `);
  });

  test('keeps C++ and C# papers apart', () => {
    expect(mergePapers([listing('a', [['C++ Models', 'one'], ['C# Models', 'two']])]).papers).toHaveLength(2);
  });
});
