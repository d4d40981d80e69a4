import { describe, expect, test } from 'vitest';
import { paperSchema } from '../../src/schemas/paper.ts';

describe('paperSchema', () => {
  test('rejects a slug with uppercase letters', () => {
    const result = paperSchema.safeParse({ title: 'X', slug: 'Bad', topics: ['other'], listings: [{ listing: 'a', source: 'a.txt', position: 1 }] });
    expect(result.success).toBe(false);
  });
});
