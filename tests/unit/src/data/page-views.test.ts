import { describe, expect, test } from 'vitest';
import { cardView, paperKeyView, paperView, retiredView, yearSummary, yearView, type YearView } from '../../../../src/data/page-views.ts';
import { compileTaxonomy } from '../../../../src/format/topic-terms.ts';
import { pageCacheKey } from '../../../../src/lib/cache-key.ts';
import { abstractText } from '../../../../src/format/abstract-text.ts';
import type { Archive, ArchivePaper } from '../../../../src/data/archive.ts';

const archive = {
  topicById: new Map(),
  compiledTaxonomy: { topicIds: [] },
  related: new Map(),
  listingById: new Map(),
  urls: { absolute: (path: string) => `https://x.org${path}` },
} as unknown as Archive;
const paper = (body: string) =>
  ({ slug: 's', title: 'T', topics: [], listings: [], keywords: [], entry: { data: { formerTitles: [], autoTopics: [] } }, abstract: abstractText(body) }) as unknown as ArchivePaper;
const site = { title: 'Folio', description: 'An archive.', site: 'https://example.org', base: '/' };
/** An abstract whose formulas a listing page showed bare (`x in R^d`), as the ingest writes them. */
const withFormulas = 'A single embedding x in $R^{d}$, pruned at $\\geq$ 50% with $BERT_{BASE}$ and $M^{2}$-Encoders.';

describe('cardView', () => {
  test('gives a card the lead of its abstract with its formulas as plain text, never their TeX or a sentence with holes where they were', () => {
    const lead = cardView(archive, paper('We cut the cost of attention from $O(n^2)$ to $O(n \\log n)$ and keep $k$ slots. Then more.'), true).lead;
    expect(lead).toBe('We cut the cost of attention from O(n²) to O(n log n) and keep k slots. Then more.');
  });
});

describe('paperView', () => {
  test('describes the page (description, og:description) with its formulas as plain text, and keeps their TeX for citation_abstract', () => {
    const view = paperView(archive, paper(withFormulas));
    expect(view.description).toBe('A single embedding x in Rᵈ, pruned at ≥ 50% with BERT_BASE and M²-Encoders.');
    expect(view.text).toBe('A single embedding x in $R^{d}$, pruned at $\\geq$ 50% with $BERT_{BASE}$ and $M^{2}$-Encoders.');
  });
});

describe('paperKeyView', () => {
  const topic = (terms: string[]) => ({ id: 'ssm', name: 'State space models', description: 'Recurrences.', terms });
  const archiveWith = (terms: string[]) => {
    const taxonomy = [topic(terms)];
    return { ...archive, topicById: new Map(taxonomy.map((t) => [t.id, t])), compiledTaxonomy: compileTaxonomy({ topics: taxonomy }) } as unknown as Archive;
  };
  const filed = { ...paper('A selective scan over a long recurrence, in linear time.'), topics: ['ssm'] } as unknown as ArchivePaper;

  test('changes when a term of one of the paper’s topics changes, as the terms its page shows do', () => {
    const before = archiveWith(['state space']);
    const after = archiveWith(['state space', 'selective scan']);
    expect(paperView(before, filed).topics[0]!.terms).toEqual([]);
    expect(paperView(after, filed).topics[0]!.terms).toEqual(['selective scan']);
    expect(pageCacheKey(paperKeyView(after, filed), site)).not.toBe(pageCacheKey(paperKeyView(before, filed), site));
  });

  test('holds everything the view shows but the terms found, which it does not compute, each topic’s description, and what the entry’s digest stands for', () => {
    const view = paperView(archiveWith(['selective scan']), filed);
    const key = paperKeyView(archiveWith(['selective scan']), filed);
    const { text: _t, plain: _p, description: _d, hasMath: _m, ...shown } = view;
    expect({ ...key, topics: key.topics.map(({ taxonomy: _, ...t }) => t) }).toEqual({ ...shown, topics: view.topics.map(({ terms: _, description: _d, ...t }) => t) });
  });

  test('holds each topic’s entry in the taxonomy as one fingerprint, not its text, which changes with its description or terms', () => {
    const key = (terms: string[], description = 'Recurrences.') => {
      const archived = archiveWith(terms);
      archived.topicById.set('ssm', { ...archived.topicById.get('ssm')!, description });
      return paperKeyView(archived, filed);
    };
    expect(JSON.stringify(key(['state space']))).not.toMatch(/Recurrences|state space/);
    expect(key(['state space']).topics[0]!.taxonomy).not.toBe(key(['state space', 'selective scan']).topics[0]!.taxonomy);
    expect(key(['state space']).topics[0]!.taxonomy).not.toBe(key(['state space'], 'Linear recurrences.').topics[0]!.taxonomy);
    expect(key(['state space']).topics[0]!.taxonomy).toBe(key(['state space']).topics[0]!.taxonomy);
  });

  test('leaves the abstract to the entry’s digest (its file and the code that read it): the key carries none of its text', () => {
    const key = JSON.stringify(paperKeyView(archiveWith(['selective scan']), { ...filed, entry: { ...filed.entry, digest: 'd1' } } as unknown as ArchivePaper));
    expect(key).toContain('"digest":"d1"');
    expect(key).not.toContain('over a long recurrence');
  });
});

describe('yearView', () => {
  test('counts papers once, however many days list them, and says apart how many places in the day lists they fill', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((slug) => ({ slug }));
    const day = (d: string, papers: unknown[]) => ({ id: d, day: d, papers });
    const days = [day('2025-03-14', [a, b]), day('2025-03-13', [a, b, c]), day('2025-02-28', [c])];
    const undated = [{ id: 'saved', day: undefined, papers: [a, c] }, { id: 'other', day: undefined, papers: [c] }];
    const view = yearView({ days, years: [2025], listings: [...days, ...undated], listingRoutes: [] } as unknown as Archive, 2025);
    expect(view.months.map((m) => [m.month, m.count, m.days.map((d) => d.count)])).toEqual([
      ['2025-03', 3, [2, 3]],
      ['2025-02', 1, [1]],
    ]);
    expect([view.papers, view.listed]).toEqual([3, 6]);
    expect([view.undatedPapers, view.undatedListed]).toEqual([2, 3]);
  });
});

describe('yearSummary', () => {
  /** A year of `days` one-day months (only their number matters here), with no undated listing unless given. */
  const year = (days: number, papers: number, listed: number, undated: Partial<YearView> = {}): YearView => ({
    year: 2025, years: [2025], yearIds: {}, calendar: undefined,
    months: [{ month: '2025-03', label: 'March 2025', count: papers, days: Array.from({ length: days }, (_, i) => ({ id: `d${i}`, day: `d${i}`, label: `d${i}`, count: 1 })) }],
    papers, listed, undated: [], undatedPapers: 0, undatedListed: 0, ...undated,
  });

  test('groups the thousands of every count it says, as a 10,000-paper archive needs', () => {
    expect(yearSummary(year(69, 10150, 11249))).toEqual({
      summary: '2025: 69 days listing 10,150 papers (11,249 counting a paper once for each day it is on)',
      description: 'Every day of Daily Papers in the archive for 2025, newest first: 69 days listing 10,150 papers (11,249 counting a paper once for each day it is on).',
    });
  });

  test('names one of a kind in the singular, and says the places only when a paper is on more than one day', () => {
    expect(yearSummary(year(1, 1, 1)).summary).toBe('2025: 1 day listing 1 paper');
  });

  test('with no dated listing, counts the undated listings and their papers', () => {
    const undated = year(0, 0, 0, { year: undefined, undated: [{ id: 'a', label: 'a', count: 1200 }, { id: 'b', label: 'b', count: 1 }], undatedPapers: 1200, undatedListed: 1201 });
    expect(yearSummary(undated)).toEqual({
      summary: '2 listings without a day, of 1,200 papers (1,201 counting a paper once for each listing it is on)',
      description: 'Every listing of Daily Papers in the archive: 2 listings without a day, of 1,200 papers (1,201 counting a paper once for each listing it is on).',
    });
  });
});

describe('retiredView', () => {
  const retired = {
    ...paper('A footer line.'),
    slug: 'privacy',
    title: 'Privacy',
    retired: 'Not a paper: a footer line from an early save.',
    listings: [
      { listing: '2025-03-14', source: '2025-03-14.txt', position: 9 },
      { listing: '2025-03-15', source: '2025-03-15.txt', position: 7 },
      { listing: 'daily-papers', source: 'daily-papers.txt', date: 'Mar 16', position: 3 },
      { listing: '2025-03-15', source: '2025-03-15b.txt', position: 12 },
    ],
  } as unknown as ArchivePaper;
  const withListings = {
    ...archive,
    listingById: new Map(['2025-03-14', '2025-03-15', 'daily-papers'].map((id) => [id, { id, day: /^\d/.test(id) ? id : undefined, papers: [] }])),
  } as unknown as Archive;

  test('gives the title, the reason and each listing the paper was on, once, days first, oldest first', () => {
    expect(retiredView(withListings, retired)).toEqual({
      slug: 'privacy',
      title: 'Privacy',
      reason: 'Not a paper: a footer line from an early save.',
      listed: ['14 March 2025', '15 March 2025', 'Listing daily-papers'],
    });
  });
});
