import { describe, expect, test } from 'vitest';
import { editDistance, maxEdits, nearestWords } from '../../../../../src/browser/search/did-you-mean.ts';

describe('editDistance (optimal string alignment)', () => {
  test('counts inserts, deletes, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('difusion', 'diffusion', 3)).toBe(1);
    expect(editDistance('nueral', 'neural', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  test('stops past the bound', () => {
    expect(editDistance('banana', 'xylophone', 2)).toBe(3);
  });
});

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
