import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergePapers, type KnownPaper, type Listing } from '../../../../scripts/lib/merge-papers.ts';
import { abstractKey, looseAbstractKey } from '../../../../src/format/paper-key.ts';
import { inventedAbstract } from '../../../support/invented-abstract.ts';

/**
 * A day's papers are matched against the published papers within their
 * reach (`papersInReach`), and the look-alike and revised-title warnings
 * file only the published titles of a look or words the day has: cuts for
 * speed that must give what reading every published paper gives. Small
 * archives drawn from a few words and abstracts make every way a day's
 * paper and a published one can meet likely: a title the same up to case,
 * punctuation or a compatibility form (`Ｌoops`), a word spelled otherwise
 * or a version mark more, a former title (a record's second title), the
 * same abstract spaced or emphasised otherwise (a loose key), a notice,
 * and a paper published under several records, one of which says it showed
 * a notice.
 */

const NOTICE = 'This submission has been withdrawn by arXiv administrators due to inappropriate text reuse from external sources.';
const LOOPS = inventedAbstract('loops');
const ABSTRACTS = [LOOPS, LOOPS.replace('small', '*small*'), LOOPS.replace(/ /g, '  '), LOOPS.replace('Code', 'Data'), inventedAbstract('knots'), inventedAbstract('ropes'), NOTICE, 'n/a'];
const WORDS = ['Loops', 'loops', 'LOOPS', 'Loops:', 'Ｌoops', 'Lops', 'Knots', 'Knot', 'Ropes', 'Tied', 'Tide', 'Tiedd', 'v2', 'of', 'Eﬃcient', 'Efficient'];

const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const abstract = fc.constantFrom(...ABSTRACTS);

/** A record of a published paper: its abstract known exactly (from a dump) or loosely (from its body), or not at all. */
const record = fc
  .record({
    slug: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
    titles: fc.array(title, { minLength: 1, maxLength: 2 }),
    abstracts: fc.array(fc.tuple(abstract, fc.boolean()).map(([text, loose]) => (loose ? looseAbstractKey(text) : abstractKey(text))), { maxLength: 2 }),
    notice: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ notice, ...paper }): KnownPaper => (notice === undefined ? paper : { ...paper, notice }));

const dump = (id: string) =>
  fc.array(fc.tuple(title, abstract), { minLength: 1, maxLength: 3 }).map(
    (entries): Listing => ({ id, source: `${id}.txt`, path: `dumps/${id}.txt`, entries: entries.map(([t, a], i) => ({ title: t, abstract: a, position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })) }),
  );

/** What a merge gives, or the error it throws. */
function merged(...args: Parameters<typeof mergePapers>) {
  try {
    return mergePapers(...args);
  } catch (error) {
    return { threw: String(error) };
  }
}

describe('mergePapers against the published papers in reach', () => {
  test('gives the papers, errors and warnings that reading every published paper gives', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.array(dump('2025-03-14'), { maxLength: 1 }), dump('2025-03-15'), (known, earlier, day) => {
        const listings = [...earlier, day];
        expect(merged(listings, known)).toEqual(merged(listings, known, { everyPublished: true }));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('mergePapers against the published papers in reach: a day paper that meets a published one', () => {
  const about = inventedAbstract;
  const known: KnownPaper[] = [
    { slug: 'rout', titles: ['Learning to Rout Tokens'], abstracts: [abstractKey(about('rout'))] },
    { slug: 'scale', titles: ['Graph Transformers at Scale'], abstracts: [abstractKey(about('scale'))] },
    { slug: 'laws', titles: ['Scaling Laws For X'], abstracts: [abstractKey(about('laws'))] },
    { slug: 'renamed', titles: ['Braids Renamed', 'Braids of Old'], abstracts: [abstractKey(about('braids'))] },
    { slug: 'knots', titles: ['Knots Tied'], abstracts: [looseAbstractKey(about('knots'))] },
  ];
  const cases: Array<[string, string, string, (result: ReturnType<typeof mergePapers>) => unknown, unknown]> = [
    ['a revised title (a word spelled otherwise), its abstract changed', 'Learning to Route Tokens', about('routed'), (r) => r.warnings.map((w) => w.reason.includes('only in a word spelled otherwise')), [true]],
    ['a version mark more, its abstract changed', 'Graph Transformers at Scale (v2)', about('scaled'), (r) => r.warnings.map((w) => w.reason.includes('only in a version mark')), [true]],
    ['a title alike but for case, its abstract changed', 'Scaling laws for X', about('lawful'), (r) => r.warnings.map((w) => w.reason.includes('`Scaling Laws For X` (the published paper `laws`)')), [true]],
    ['a title alike but for punctuation, its abstract changed', 'Scaling Laws: For X', about('lawful'), (r) => r.warnings.map((w) => w.reason.includes('the published paper `laws`')), [true]],
    ['a title alike but for a compatibility form, its abstract changed', 'Ｓcaling Laws For X', about('lawful'), (r) => r.warnings.map((w) => w.reason.includes('the published paper `laws`')), [true]],
    ['a published paper’s former title, its abstract changed', 'Braids of Old', about('braided'), (r) => r.papers.map((p) => p.knownSlug), ['renamed']],
    ['a published paper’s abstract (known by its loose key) under a retitle', 'Knots Tied Anew', about('knots'), (r) => r.papers.map((p) => p.knownSlug), ['knots']],
  ];
  test.each(cases)('%s: as reading every published paper gives', (_, title, abstract, outcome, expected) => {
    const day: Listing = { id: '2025-03-15', source: '2025-03-15.txt', path: 'dumps/2025-03-15.txt', entries: [{ title, abstract, position: 1, line: 1, abstractLine: 2 }] };
    const result = mergePapers([day], known);
    expect(outcome(result)).toEqual(expected);
    expect(result).toEqual(mergePapers([day], known, { everyPublished: true }));
  });
});
