import { describe, expect, test } from 'vitest';
import { nearTitleDifference, nearTitleKeys } from '../../../../scripts/lib/near-titles.ts';

describe('nearTitleDifference', () => {
  test.each([
    ['Learning to Route Tokens', 'Learning to Rout Tokens', 'a word spelled otherwise (`Rout`, `Route`)'],
    ['Transformers for Long Documents', 'Transfromers for Long Documents', 'a word spelled otherwise (`Transfromers`, `Transformers`)'],
    ['Efficient Retrieval Augmentation Methods', 'Efficient Retreival Augmentaton Methods', undefined],
    ['Graph Transformers at Scale (v2)', 'Graph Transformers at Scale', 'a version mark (`v2`)'],
    ['Graph Transformers at Scale', 'Graph Transformers at Scale v3', 'a version mark (`v3`)'],
    ['V2 Graph Transformers at Scale', 'Graph Transformers at Scale', 'a version mark (`V2`)'],
    ['Llama 2 Technical Report', 'Llama 3 Technical Report', undefined],
    ['Scaling Laws for Vision', 'Scaling Laws for Speech', undefined],
    ['Mamba Models', 'Mambo Models', undefined],
    ['Graph Nets at Scale', 'Graph Bets at Scale', undefined],
    ['Kernel Methods Revisited', 'Kernel Methods', undefined],
    ['Sparse Adapters for Retrieval', 'Sparse Adapters for Retrieval', undefined],
  ])('reads %j against %j as %j', (title, other, expected) => {
    expect(nearTitleDifference(title, other)).toBe(expected);
  });
});

describe('nearTitleKeys', () => {
  test('files two near titles under a key they share, and a title of under three words under none', () => {
    const shared = (a: string, b: string) => nearTitleKeys(a).some((key) => nearTitleKeys(b).includes(key));
    expect(shared('Learning to Route Tokens', 'Learning to Rout Tokens')).toBe(true);
    expect(shared('Graph Transformers at Scale (v2)', 'Graph Transformers at Scale')).toBe(true);
    expect(shared('Learning to Route Tokens', 'Pruning Large Vision Models')).toBe(false);
    expect(nearTitleKeys('Mamba Models')).toEqual([]);
  });
});
