import { describe, expect, test } from 'vitest';
import { abstractText } from '../../../../src/format/abstract-text.ts';

describe('abstractText', () => {
  test('unescapes MDX escapes back to the characters written', () => {
    expect(abstractText('Braces \\{x\\} and \\< stay text.').text).toBe('Braces {x} and < stay text.');
  });
  test('keeps inline math as $tex$ in the text and leaves it out of the prose', () => {
    const result = abstractText('Cost is $O(n^2)$ here.');
    expect(result).toEqual({ text: 'Cost is $O(n^2)$ here.', prose: 'Cost is here.', hasMath: true });
  });
  test('says when there is no math', () => {
    expect(abstractText('Plain words.').hasMath).toBe(false);
  });
});
