import { describe, expect, test } from 'vitest';
import { abstractText, readStoredAbstract, storedAbstract } from '../../../../src/format/abstract-text.ts';

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

describe('storedAbstract and readStoredAbstract', () => {
  test('store the prose only when it differs from the text (only with math), and read it back whole', () => {
    const plain = abstractText('Plain words.');
    expect(storedAbstract(plain)).toEqual({ text: 'Plain words.', hasMath: false });
    expect(readStoredAbstract(storedAbstract(plain))).toEqual(plain);
    const withMath = abstractText('Cost is $O(n)$.');
    expect(storedAbstract(withMath)).toEqual(withMath);
    expect(readStoredAbstract(storedAbstract(withMath))).toEqual(withMath);
  });
});
