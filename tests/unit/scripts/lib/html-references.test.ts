import { describe, expect, test } from 'vitest';
import { readBackReferences } from '../../../../scripts/lib/html-references.ts';

describe('readBackReferences', () => {
  test('reads back every reference of a text escaped as a whole, naming the first', () => {
    expect(readBackReferences('Sparse &amp; Dense\nWe study x &lt; y, the model&#39;s gap and &quot;routing&quot; &#x2014; fast.')).toEqual({
      text: 'Sparse & Dense\nWe study x < y, the model\'s gap and "routing" \u2014 fast.',
      count: 6,
      first: { found: '&amp;', read: '&', line: 1 },
    });
  });

  test('keeps a reference it does not know, or one for a control or a line break, as written', () => {
    expect(readBackReferences('a &alpha; b &#10; c &amp; d')).toEqual({ text: 'a &alpha; b &#10; c & d', count: 1, first: { found: '&amp;', read: '&', line: 1 } });
  });

  test.each([
    ['an `&` that starts no reference: the references are the text\'s own', 'R&D at scale\nWe escape `<` as &lt; in HTML.'],
    ['no reference at all', 'Sparse Adapters\nWe study adapters.'],
  ])('reads back nothing in a text with %s', (_, text) => {
    expect(readBackReferences(text)).toBeUndefined();
  });
});
