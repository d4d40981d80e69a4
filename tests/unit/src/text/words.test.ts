import { describe, expect, test } from 'vitest';
import { stem } from '../../../../src/text/words.ts';
import { relatedTerms } from '../../../../src/lib/related.ts';

describe('relatedTerms and stem', () => {
  test('gives a plural and its singular one stem', () => {
    const pairs = [['models', 'model'], ['studies', 'study'], ['patches', 'patch'], ['caches', 'cache'], ['boxes', 'box'], ['llms', 'llm'], ['images', 'image']];
    for (const [plural, singular] of pairs) expect(stem(plural!), plural).toBe(stem(singular!));
    expect(['loss', 'corpus', 'analysis', 'physics', 'gas'].map(stem)).toEqual(['loss', 'corpus', 'analysis', 'physics', 'gas']);
  });
  test('drops stop words, numbers and short words, keeps the written form', () => {
    expect(relatedTerms('We propose 3 new Models for the 3D scenes')).toEqual([
      { term: stem('models'), word: 'Models' },
      { term: stem('scenes'), word: 'scenes' },
    ]);
  });
});
