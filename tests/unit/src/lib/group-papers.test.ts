import { describe, expect, test } from 'vitest';
import { azIndex, byTitle, groupByListing, groupByTopic, indexLetter, listingLabel, listingStops, neighbours, type PaperSummary } from '../../../../src/lib/group-papers.ts';

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
    const { previous, next } = neighbours(day2, 'three-d', 0);
    expect([previous?.slug, next?.slug]).toEqual(['eclair', 'apple']);
  });
  test('has no previous paper at the start of a listing', () => {
    expect(neighbours(day2, 'eclair', 0).previous).toBeUndefined();
  });
});

describe('a paper listed more than once', () => {
  // As a merge of two titles differing only in case leaves it: one paper at two positions of one listing.
  const twice = [
    paper('first', 'First', ['other'], [['day-1', 1, 'Mar 14']]),
    paper('dup', 'Listed twice', ['other'], [['day-1', 2, 'Mar 14'], ['day-1', 3, 'Mar 14'], ['day-1', 5, 'Mar 14']]),
    paper('middle', 'Middle', ['other'], [['day-1', 4, 'Mar 14']]),
    paper('last', 'Last', ['other'], [['day-1', 6, 'Mar 14']]),
  ];
  const day1 = groupByListing(twice)[0]!;

  test('groupByListing keeps each appearance at its own position', () => {
    expect(day1.papers.map((p) => p.slug)).toEqual(['first', 'dup', 'dup', 'middle', 'dup', 'last']);
  });

  test('neighbours never gives the paper itself, even next to its own copy', () => {
    const around = (occurrence: number) => {
      const { previous, next } = neighbours(day1, 'dup', occurrence);
      return [previous?.slug, next?.slug];
    };
    expect(around(0)).toEqual(['first', 'middle']);
    expect(around(1)).toEqual(['first', 'middle']);
    expect(around(2)).toEqual(['middle', 'last']);
  });

  test('neighbours gives nothing when the paper is all the listing holds', () => {
    const alone = groupByListing([paper('solo', 'Solo', ['other'], [['day-9', 1], ['day-9', 2]])])[0]!;
    expect(neighbours(alone, 'solo', 0)).toEqual({});
    expect(neighbours(alone, 'solo', 1)).toEqual({});
  });
});

describe('listingStops', () => {
  const label = (stops: ReturnType<typeof listingStops>) => stops.map((s) => s.label);
  const stopsOf = (all: PaperSummary[], slug: string) => {
    const byId = new Map(groupByListing(all).map((l) => [l.id, l]));
    return listingStops(all.find((p) => p.slug === slug)!, byId);
  };

  test('labels each listing’s navigation by the listing’s name', () => {
    expect(label(stopsOf(papers, 'apple'))).toEqual(['Daily Papers, Mar 14: previous and next', 'Daily Papers, Mar 15: previous and next']);
    expect(stopsOf(papers, 'apple').map((s) => [s.listing.id, s.position, s.previous?.slug, s.next?.slug])).toEqual([
      ['day-1', 1, undefined, 'zebra'],
      ['day-2', 3, 'three-d', undefined],
    ]);
  });

  test('gives every landmark a label of its own when a paper is in one listing twice or in two listings with one name', () => {
    const all = [
      paper('dup', 'Listed twice', ['other'], [['a', 2, 'Mar 14'], ['a', 2, 'Mar 14'], ['a', 4, 'Mar 14'], ['b', 1, 'Mar 14'], ['c', 1, 'Mar 14']]),
      paper('other', 'Other', ['other'], [['a', 1, 'Mar 14'], ['a', 3, 'Mar 14'], ['b', 2, 'Mar 14']]),
    ];
    const stops = stopsOf(all, 'dup');
    const labels = label(stops);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toMatchInlineSnapshot(`
      [
        "Daily Papers, Mar 14 (a), #2: previous and next",
        "Daily Papers, Mar 14 (a), #2 (2): previous and next",
        "Daily Papers, Mar 14, #4: previous and next",
        "Daily Papers, Mar 14 (b), #1: previous and next",
        "Daily Papers, Mar 14 (c), #1: previous and next",
      ]
    `);
    for (const stop of stops) {
      expect(stop.previous?.slug).not.toBe('dup');
      expect(stop.next?.slug).not.toBe('dup');
    }
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
