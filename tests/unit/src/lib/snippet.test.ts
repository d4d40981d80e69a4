import fc from 'fast-check';
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
  test('is the first sentences of the text joined until they reach the target, then cut to the maximum, any white space one space, for any text', () => {
    // The definitions: every run of white space replaced, every sentence end found, then joined one by one.
    const snippetOfSingleSpaced = (text: string, max: number) => snippet(text.replace(/\s+/g, ' ').trim(), max);
    const bySentences = (text: string, target: number, max: number) => {
      const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}“"‘'(\[])/u);
      let lead = sentences[0] ?? '';
      for (const next of sentences.slice(1)) {
        if (lead.length >= target) break;
        lead = `${lead} ${next}`;
      }
      return snippet(lead, max);
    };
    const piece = fc.constantFrom('We', 'it', 'a', 'É', '3', '.', '!', '?', ' ', '  ', '\n', '\t', ' \r\n', '\u00a0', '\u2028', '\ufeff', '\u3000', '“', '"', "'", '(', '[', 'e.g.', ',', 'model');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join('')), fc.nat(80), fc.integer({ min: 2, max: 120 }), (text, target, max) => {
        expect(leadSentences(text, target, max)).toBe(bySentences(text, target, max));
        expect(snippet(text, max)).toBe(snippetOfSingleSpaced(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});
