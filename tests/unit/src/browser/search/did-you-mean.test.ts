import { describe, expect, test } from 'vitest';
import { maxEdits, nearestWords } from '../../../../../src/browser/search/did-you-mean.ts';

describe('nearestWords', () => {
  const words: Array<[string, number]> = [['diffusion', 40], ['fusion', 3], ['neural', 50], ['network', 60], ['transformer', 30]];
  test('the nearest word first, more pages breaking ties', () => {
    expect(nearestWords('difusion', words)[0]).toBe('diffusion');
    expect(nearestWords('neurl', words)[0]).toBe('neural');
  });
  test('a word still being typed matches a candidate’s start, half an edit dearer', () => {
    expect(nearestWords('trnasfo', words)[0]).toBe('transformer');
  });
  test('nothing within reach: no suggestion', () => {
    expect(nearestWords('xylophone', words)).toEqual([]);
    expect(maxEdits(4)).toBe(1);
  });
});
