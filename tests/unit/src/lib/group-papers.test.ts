import { describe, expect, test } from 'vitest';
import { byRecency, byTitle, groupByListing, groupByTopic, indexLetter, latestDay, listingLabel, neighbours, placeInListing, type PaperSummary } from '../../../../src/lib/group-papers.ts';

const paper = (slug: string, title: string, topics: string[], listings: Array<[string, number, string?]>): PaperSummary => ({
  slug,
  title,
  topics,
  keywords: [],
  listings: listings.map(([listing, position, date]) => ({ listing, position, source: `${listing}.txt`, ...(date ? { date } : {}) })),
});

const papers = [
  paper('zebra', 'Zebra stripes as features', ['vision'], [['2025-03-14', 2]]),
  paper('apple', 'apple orchards and LLMs', ['language-models'], [['2025-03-14', 1], ['2025-03-15', 3]]),
  paper('eclair', 'Éclair: a pastry benchmark', ['other'], [['2025-03-15', 1]]),
  paper('three-d', '3D scenes from one image', ['vision'], [['2025-03-15', 2]]),
  paper('old', 'An undated paper', ['vision'], [['000-abc', 1, 'Mar 2']]),
];

describe('byTitle', () => {
  test('sorts ignoring case and accents', () => {
    expect(byTitle(papers).map((p) => p.slug)).toEqual(['three-d', 'old', 'apple', 'eclair', 'zebra']);
  });
  test('sorts word by word, as a reader expects: a space comes before any letter', () => {
    const titles = ['Foobar Nets', 'Foo Bar', 'Foo-Bars', 'foo bars'].map((t, i) => paper(`p${i}`, t, [], []));
    expect(byTitle(titles).map((p) => p.title)).toEqual(['Foo Bar', 'foo bars', 'Foo-Bars', 'Foobar Nets']);
  });
  test('ignores leading punctuation and spaces, and orders numbers by value', () => {
    const titles = ['“Quick” Models', '[Re] Proofs', 'Pruning', '10 Tricks', '2 Tricks', '(Almost) Free Lunch'].map((t, i) => paper(`p${i}`, t, [], []));
    expect(byTitle(titles).map((p) => p.title)).toEqual(['2 Tricks', '10 Tricks', '(Almost) Free Lunch', 'Pruning', '“Quick” Models', '[Re] Proofs']);
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

describe('groupByListing', () => {
  const listings = groupByListing(papers);
  test('puts each listing’s papers in their listing order', () => {
    expect(listings.find((l) => l.id === '2025-03-15')!.papers.map((p) => p.slug)).toEqual(['eclair', 'three-d', 'apple']);
  });
  test('orders days newest first, undated listings after them, and keeps an undated dump’s label', () => {
    expect(listings.map((l) => [l.id, l.day, l.date])).toEqual([
      ['2025-03-15', '2025-03-15', undefined],
      ['2025-03-14', '2025-03-14', undefined],
      ['000-abc', undefined, 'Mar 2'],
    ]);
  });
  test('shows a paper once on a day made of two dumps, at its first place', () => {
    const twice = { ...paper('twice', 'Twice', [], []), listings: [{ listing: '2025-03-16', source: 'b.txt', position: 4 }, { listing: '2025-03-16', source: 'a.txt', position: 1 }] };
    const [day] = groupByListing([twice, paper('once', 'Once', [], [['2025-03-16', 2]])]);
    expect(day!.papers.map((p) => p.slug)).toEqual(['twice', 'once']);
    expect(day!.sources).toEqual(['2025-03-16.txt', 'a.txt', 'b.txt']);
  });
});

describe('byRecency', () => {
  test('puts papers newest first: latest day, then place in that day; undated last', () => {
    expect(byRecency(groupByListing(papers)).map((p) => p.slug)).toEqual(['eclair', 'three-d', 'apple', 'zebra', 'old']);
  });
  test('finds the latest day a paper was listed on', () => {
    expect(latestDay(papers[1]!)).toBe('2025-03-15');
    expect(latestDay(papers[4]!)).toBeUndefined();
  });
});

describe('neighbours', () => {
  const day2 = groupByListing(papers).find((l) => l.id === '2025-03-15')!;
  test('finds the previous and next paper', () => {
    const { previous, next } = neighbours(day2, 'three-d');
    expect([previous?.slug, next?.slug]).toEqual(['eclair', 'apple']);
  });
  test('never gives a paper as its own neighbour, even one its entry lists twice on a listing', () => {
    const twice = { ...paper('twice', 'Twice', [], []), listings: [{ listing: '2025-03-16', source: 'a.txt', position: 2 }, { listing: '2025-03-16', source: 'a.txt', position: 3 }] };
    const day = groupByListing([paper('one', 'One', [], [['2025-03-16', 1]]), twice, paper('four', 'Four', [], [['2025-03-16', 4]])])[0]!;
    const { previous, next } = neighbours(day, 'twice');
    expect([previous?.slug, next?.slug]).toEqual(['one', 'four']);
  });
  test('answers for a listing as it is now: one made again from other papers (as `astro dev` does after an edit) is not answered as the first was', () => {
    const first = groupByListing([paper('one', 'One', [], [['2025-03-16', 1]]), paper('two', 'Two', [], [['2025-03-16', 2]]), paper('six', 'Six', [], [['2025-03-16', 6]])])[0]!;
    expect(neighbours(first, 'two').next?.slug).toBe('six');
    expect(placeInListing(first, 'six')).toBe(2);
    const again = groupByListing([paper('one', 'One', [], [['2025-03-16', 1]]), paper('two', 'Two', [], [['2025-03-16', 2]]), paper('three', 'Three', [], [['2025-03-16', 3]]), paper('six', 'Six', [], [['2025-03-16', 6]])])[0]!;
    expect(neighbours(again, 'two').next?.slug).toBe('three');
    expect([placeInListing(again, 'six'), placeInListing(again, 'none')]).toEqual([3, -1]);
  });
  test('has no previous paper at the start of a listing', () => {
    expect(neighbours(day2, 'eclair').previous).toBeUndefined();
  });
});

describe('groupByTopic', () => {
  test('keeps taxonomy order and the papers’ order, with an empty group for a topic without papers (its page outlives its last paper)', () => {
    const topics = ['robotics', 'vision', 'language-models'].map((id) => ({ id, name: id, description: id, terms: [] }));
    expect(groupByTopic(byRecency(groupByListing(papers)), topics).map((g) => [g.topic.id, g.papers.map((p) => p.slug)])).toEqual([
      ['robotics', []],
      ['vision', ['three-d', 'zebra', 'old']],
      ['language-models', ['apple']],
    ]);
  });
});

describe('listingLabel', () => {
  test('writes a day as the site writes days, and names an undated listing by its id', () => {
    expect(listingLabel({ id: '2025-03-14', day: '2025-03-14' })).toBe('14 March 2025');
    expect(listingLabel({ id: '004-abc', day: undefined })).toBe('Listing 004-abc');
  });
});
