import { describe, expect, test } from 'vitest';
import { abstractText, readStoredAbstract, storedAbstract } from '../../../../src/format/abstract-text.ts';

describe('abstractText', () => {
  test('unescapes MDX escapes back to the characters written', () => {
    expect(abstractText('Braces \\{x\\} and \\< stay text.').text).toBe('Braces {x} and < stay text.');
  });
  test('keeps inline math as $tex$ in the text, writes it as plain text in the plain text, and leaves it out of the prose', () => {
    const result = abstractText('Cost is $O(n^2)$ here.');
    expect(result).toEqual({ text: 'Cost is $O(n^2)$ here.', plain: 'Cost is O(n²) here.', prose: 'Cost is here.', hasMath: true });
  });
  test('the plain text has no dollar a formula did not write: every formula, inline or displayed, is plain text', () => {
    const { plain } = abstractText('A single embedding x in $R^{d}$, pruned at $\\geq$ 50% with $BERT_{BASE}$:\n\n$$\\mathbb{R}^{d}$$\n\nCosts \\$5.');
    expect(plain).toBe('A single embedding x in Rᵈ, pruned at ≥ 50% with BERT_BASE:\n\nRᵈ\n\nCosts $5.');
  });
  test('says when there is no math', () => {
    expect(abstractText('Plain words.').hasMath).toBe(false);
  });
});

describe('storedAbstract and readStoredAbstract', () => {
  test('store the prose and the plain text only when they differ from the text (only with math), and read them back whole', () => {
    const plain = abstractText('Plain words.');
    expect(storedAbstract(plain)).toEqual({ text: 'Plain words.', hasMath: false });
    expect(readStoredAbstract(storedAbstract(plain))).toEqual(plain);
    const withMath = abstractText('Cost is $O(n)$.');
    expect(storedAbstract(withMath)).toEqual(withMath);
    expect(readStoredAbstract(storedAbstract(withMath))).toEqual(withMath);
  });
});
