import { describe, expect, test } from 'vitest';
import { azPages } from '../../../../src/lib/a-to-z.ts';

const papers = ['Bees', 'apples', '3D scenes', 'Ants', 'Bats', 'Éclairs', 'Cats', 'Birds'].map((title, i) => ({ slug: `p${i}`, title }));

describe('azPages', () => {
  test('cuts the index into dictionary pages, letters in order and # last', () => {
    const { pages } = azPages(papers, 3);
    expect(pages.map((p) => p.runs.map((r) => `${r.letter}${r.starts ? '' : '…'}: ${r.papers.map((x) => x.title).join(', ')}`))).toEqual([
      ['A: Ants, apples', 'B: Bats'],
      ['B…: Bees, Birds', 'C: Cats'],
      ['E: Éclairs', '#: 3D scenes'],
    ]);
    expect(pages.map((p) => [p.number, p.count, p.offset])).toEqual([[1, 3, 0], [2, 3, 3], [3, 3, 6]]);
  });
  test('says on which page each letter starts, with its count', () => {
    expect(azPages(papers, 3).letters).toEqual([
      { letter: 'A', page: 1, count: 2 },
      { letter: 'B', page: 1, count: 3 },
      { letter: 'C', page: 2, count: 1 },
      { letter: 'E', page: 3, count: 1 },
      { letter: '#', page: 3, count: 1 },
    ]);
  });
  test('has one empty page for an empty archive', () => {
    expect(azPages([], 3).pages).toEqual([{ number: 1, count: 1, offset: 0, total: 0, runs: [] }]);
  });
});
