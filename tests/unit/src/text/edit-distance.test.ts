import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../../src/text/edit-distance.ts';

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
