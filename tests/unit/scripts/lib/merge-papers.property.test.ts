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
  test('gives the papers, errors and warnings that reading every published paper gives', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.array(dump('2025-03-14'), { maxLength: 1 }), dump('2025-03-15'), (known, earlier, day) => {
        const listings = [...earlier, day];
        expect(merged(listings, known)).toEqual(merged(listings, known, { everyPublished: true }));
      }),
      { numRuns: 5000 },
    );
  });
});
