import { describe, expect, test } from 'vitest';
import { abstractText, abstractTextOf, readStoredAbstract, storedAbstract } from '../../../../src/format/abstract-text.ts';
import { parseBody } from '../../../../src/format/entry.ts';
import { renderPlainBody } from '../../../../src/loaders/render-abstract.ts';

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
  /** The abstract of an MDX body and its HTML, as the papers loader has them. */
  async function rendered(body: string) {
    const tree = parseBody(body);
    const abstract = abstractTextOf(tree);
    return { abstract, html: await renderPlainBody(tree) };
  }

  test('store no text where the HTML says it (an abstract without math), and read it back whole from the HTML', async () => {
    for (const body of ['Plain words.', 'Braces \\{-1, 0, 1\\} and K \\<\\< V \\& co., "quoted" \\<SEG>.', 'A **bold** and *slanted* word.\n\nA second   paragraph.', 'Ünïcödé — dashes… and\u00a0spaces.']) {
      const { abstract, html } = await rendered(body);
      const stored = storedAbstract(abstract, html);
      expect(stored, body).toEqual({ hasMath: false });
      expect(readStoredAbstract(stored, html), body).toEqual(abstract);
    }
  });

  test('store the text, the plain text and the prose where they differ from what the HTML says (with math), and read them back whole', async () => {
    const { abstract, html } = await rendered('Cost is $O(n)$ here.');
    const stored = storedAbstract(abstract, html);
    expect(stored).toEqual(abstract);
    expect(readStoredAbstract(stored, html)).toEqual(abstract);
  });

  test('store the text when the HTML reads back as anything else, so that what is read back is what was stored', () => {
    const abstract = abstractText('Plain words.');
    expect(storedAbstract(abstract, '<p>Other words.</p>')).toEqual({ text: 'Plain words.', hasMath: false });
    expect(readStoredAbstract(storedAbstract(abstract, '<p>Other words.</p>'), '<p>Other words.</p>')).toEqual(abstract);
  });
});
