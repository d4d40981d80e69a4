import { describe, expect, test } from 'vitest';
import { snippet } from '../../../../src/lib/snippet.ts';

describe('snippet', () => {
  test('leaves short text alone', () => {
    expect(snippet('Short.', 20)).toBe('Short.');
  });
  test('cuts long text at a word boundary and adds an ellipsis', () => {
    expect(snippet('one two three four five six', 16)).toBe('one two three…');
  });
});
