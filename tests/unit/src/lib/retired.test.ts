import { describe, expect, test } from 'vitest';
import { groupByListing } from '../../../../src/lib/group-papers.ts';
import { listingsOnShow, papersOnShow } from '../../../../src/lib/retired.ts';

const paper = (slug: string, listings: Array<[string, number]>, retired?: string) => ({
  slug,
  title: slug,
  topics: ['other'],
  keywords: [],
  listings: listings.map(([listing, position]) => ({ listing, source: `${listing}.txt`, position })),
  ...(retired === undefined ? {} : { retired }),
});

describe('papersOnShow', () => {
  test('leaves the retired papers out, keeping the order of the others', () => {
    const papers = [paper('a', [['2025-03-14', 1]]), paper('b', [['2025-03-14', 2]], 'A footer line.'), paper('c', [['2025-03-14', 3]])];
    expect(papersOnShow(papers).map((p) => p.slug)).toEqual(['a', 'c']);
  });
});

describe('listingsOnShow', () => {
  test('takes a retired paper off its listings, leaving the others at their places', () => {
    const papers = [paper('a', [['2025-03-14', 1]]), paper('b', [['2025-03-14', 2], ['2025-03-15', 1]], 'Not a paper.'), paper('c', [['2025-03-14', 3], ['2025-03-15', 2]])];
    const { onShow, emptied } = listingsOnShow(groupByListing(papers));
    expect(onShow.map((l) => [l.id, l.papers.map((p) => p.slug)])).toEqual([
      ['2025-03-15', ['c']],
      ['2025-03-14', ['a', 'c']],
    ]);
    expect(emptied).toEqual([]);
  });

  test('sets apart a listing whose every paper is retired: its URL was published and keeps a page', () => {
    const papers = [paper('a', [['2025-03-14', 1]]), paper('b', [['2025-03-15', 1]], 'Not a paper.')];
    const { onShow, emptied } = listingsOnShow(groupByListing(papers));
    expect(onShow.map((l) => l.id)).toEqual(['2025-03-14']);
    expect(emptied.map((l) => [l.id, l.day, l.sources, l.papers])).toEqual([['2025-03-15', '2025-03-15', ['2025-03-15.txt'], []]]);
  });
});
