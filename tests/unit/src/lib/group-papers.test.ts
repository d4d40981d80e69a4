import { describe, expect, test } from 'vitest';
import { azIndex, byTitle, groupByListing, groupByTopic, indexLetter, listingLabel, neighbours, type PaperSummary } from '../../../../src/lib/group-papers.ts';

const paper = (slug: string, title: string, topics: string[], listings: Array<[string, number, string?]>): PaperSummary => ({
  slug,
  title,
  topics,
  keywords: [],
  listings: listings.map(([listing, position, date]) => ({ listing, position, source: `${listing}.txt`, ...(date ? { date } : {}) })),
});

const papers = [
  paper('zebra', 'Zebra stripes as features', ['vision'], [['day-1', 2, 'Mar 14']]),
  paper('apple', 'apple orchards and LLMs', ['language-models'], [['day-1', 1, 'Mar 14'], ['day-2', 3, 'Mar 15']]),
  paper('eclair', 'Éclair: a pastry benchmark', ['other'], [['day-2', 1, 'Mar 15']]),
  paper('three-d', '3D scenes from one image', ['vision'], [['day-2', 2, 'Mar 15']]),
];

describe('byTitle', () => {
  test('sorts ignoring case and accents', () => {
    expect(byTitle(papers).map((p) => p.slug)).toEqual(['three-d', 'apple', 'eclair', 'zebra']);
  });
});

describe('indexLetter', () => {
  test('files accented titles under their base letter', () => {
    expect(indexLetter('Éclair')).toBe('E');
  });
  test('files titles starting with a digit or symbol under #', () => {
    expect(indexLetter('3D scenes')).toBe('#');
    expect(indexLetter('“Quoted” title')).toBe('Q');
  });
});

describe('azIndex', () => {
  test('groups by letter, letters in order and # last', () => {
    expect(azIndex(papers).map((g) => [g.letter, g.papers.map((p) => p.slug)])).toEqual([
      ['A', ['apple']],
      ['E', ['eclair']],
      ['Z', ['zebra']],
      ['#', ['three-d']],
    ]);
  });
});

describe('groupByListing', () => {
  const listings = groupByListing(papers);
  test('puts each listing’s papers in their original order', () => {
    expect(listings.find((l) => l.id === 'day-2')!.papers.map((p) => p.slug)).toEqual(['eclair', 'three-d', 'apple']);
  });
  test('orders listings newest (highest id) first and keeps the date label', () => {
    expect(listings.map((l) => [l.id, l.date])).toEqual([['day-2', 'Mar 15'], ['day-1', 'Mar 14']]);
  });
});

describe('neighbours', () => {
  const day2 = groupByListing(papers).find((l) => l.id === 'day-2')!;
  test('finds the previous and next paper', () => {
    const { previous, next } = neighbours(day2, 'three-d');
    expect([previous?.slug, next?.slug]).toEqual(['eclair', 'apple']);
  });
  test('has no previous paper at the start of a listing', () => {
    expect(neighbours(day2, 'eclair').previous).toBeUndefined();
  });
});

describe('groupByTopic', () => {
  test('keeps taxonomy order and leaves out topics without papers (no empty topic pages)', () => {
    const topics = ['robotics', 'vision', 'language-models'].map((id) => ({ id, name: id, description: id, terms: [] }));
    expect(groupByTopic(papers, topics).map((g) => [g.topic.id, g.papers.map((p) => p.slug)])).toEqual([
      ['vision', ['three-d', 'zebra']],
      ['language-models', ['apple']],
    ]);
  });
});

describe('listingLabel', () => {
  test('uses the date label when the dump had one, the id otherwise', () => {
    expect(listingLabel({ id: 'x', date: 'Mar 14' })).toBe('Daily Papers, Mar 14');
    expect(listingLabel({ id: '004-abc', date: undefined })).toBe('Listing 004-abc');
  });
});
