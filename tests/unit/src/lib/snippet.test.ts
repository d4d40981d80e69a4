import { describe, expect, test } from 'vitest';
import { leadSentences, snippet } from '../../../../src/lib/snippet.ts';

describe('snippet', () => {
  test('leaves short text alone', () => {
    expect(snippet('Short.', 20)).toBe('Short.');
  });
  test('cuts long text at a word boundary and adds an ellipsis', () => {
    expect(snippet('one two three four five six', 16)).toBe('one two three…');
  });
});

describe('leadSentences', () => {
  test('takes whole sentences up to about the target length', () => {
    const text = 'We train a model. It folds ropes into knots. Then it ties bows for 3.5 hours. The end.';
    expect(leadSentences(text, 30)).toBe('We train a model. It folds ropes into knots.');
    expect(leadSentences(text, 10)).toBe('We train a model.');
  });
  test('does not end a sentence inside a number or before a lowercase word', () => {
    expect(leadSentences('Scores rise by 3.5 points, e.g. on MMLU. Next we study cost.', 20)).toBe('Scores rise by 3.5 points, e.g. on MMLU.');
  });
  test('cuts a first sentence longer than the maximum at a word', () => {
    expect(leadSentences(`${'word '.repeat(100)}end.`, 50, 40)).toBe('word word word word word word word…');
  });
});
