import { describe, expect, test } from 'vitest';
import { gluedFurniture } from '../../../../scripts/lib/glued-furniture.ts';

describe('gluedFurniture', () => {
  test.each([
    ['Sparse AdaptersSubmitted by alice-w', 'Sparse Adapters', ['Submitted by alice-w']],
    ['Sparse LLMSubmitted by', 'Sparse LLM', ['Submitted by']],
    ['Sparse Adapters\tSubmitted by alice-w', 'Sparse Adapters', ['Submitted by alice-w']],
    ['It works.\tView arXiv page', 'It works.', ['View arXiv page']],
    ['It works.View arXiv page', 'It works.', ['View arXiv page']],
    ['It works.arXiv page', 'It works.', ['arXiv page']],
    ['It works. \t arXiv page\tGitHub 1.2k\t', 'It works.', ['arXiv page', 'GitHub 1.2k']],
    ['Sparse Adapters\tUpvote 42', 'Sparse Adapters', ['Upvote 42']],
    ['Sparse Adapters\tWe study it.\tView PDF', 'Sparse Adapters\tWe study it.', ['View PDF']],
  ])('takes the furniture off the end of %j', (line, text, furniture) => expect(gluedFurniture(line)).toEqual({ text, furniture }));
  test.each([
    'Papers as Submitted by Reviewers',
    'Resubmitted by Design',
    "A Bird's-Eye View",
    'Preview PDF',
    'Notes on the arXiv page',
    'Sparsearxiv page',
    'We release it on GitHub',
    'Sparse Adapters\tWe study it.',
    '\tView arXiv page',
    'View arXiv page',
    'Submitted by alice-w',
  ])('leaves %j alone: no glue shows, or nothing but furniture is on the line', (line) => expect(gluedFurniture(line)).toBeUndefined());
});
