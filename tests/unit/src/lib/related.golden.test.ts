import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { relatedPapers, type RelatedInput } from '../../../../src/lib/related.ts';
import { inventPaper } from '../../../../bench/lib/invent-paper.ts';
import { createRandom } from '../../../../bench/lib/random.ts';

/**
 * The related lists of an invented archive, locked by a hash: the index is
 * tuned for speed, and a change to how it adds up scores, breaks ties or
 * picks spellings must not change a single list (each change re-renders
 * hundreds of pages). Changing what relates two papers on purpose changes
 * the hash; say so in the commit.
 */
describe('relatedPapers on 3,000 invented papers', () => {
  const random = createRandom('folio-test:related-golden');
  const papers: RelatedInput[] = Array.from({ length: 3000 }, (_, i) => {
    const paper = inventPaper(random);
    return { slug: `paper-${i.toString(36)}`, title: paper.title, text: paper.abstract };
  });

  test('gives the same lists, scores and shared terms as when they were locked', () => {
    const related = relatedPapers(papers);
    const lists = [...related].filter(([, list]) => list.length > 0).length;
    expect(lists).toBeGreaterThan(2500);
    expect(createHash('sha256').update(JSON.stringify([...related])).digest('hex')).toBe('1b53227387ea51eb1067d8ef3df3bbf278b596bd857070d666c7553d36c53d8e');
  });
});
