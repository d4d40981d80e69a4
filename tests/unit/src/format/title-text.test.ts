import { describe, expect, test } from 'vitest';
import { titleParts, titleText } from '../../../../src/format/title-text.ts';

describe('titleText', () => {
  test('writes each formula a title keeps as written as plain text, as a card lead writes an abstract’s', () => {
    expect(titleText('Sorting Walruses in $\\mathcal{O}(n \\log n)$ Time')).toBe('Sorting Walruses in O(n log n) Time');
    expect(titleText('$\\alpha$-Flippers and $\\beta$-Tusks')).toBe('α-Flippers and β-Tusks');
    expect(titleText('Ice Floes in $\\mathbb{R}^{d}$')).toBe('Ice Floes in Rᵈ');
  });

  test('reads every delimiter the ingest reads a formula by: `$$…$$`, `\\(…\\)`, `\\[…\\]`', () => {
    expect(titleText('Walrus Sonar at $$x^{2}$$ Scale')).toBe('Walrus Sonar at x² Scale');
    expect(titleText('Walrus Sonar at \\(x^{2}\\) Scale')).toBe('Walrus Sonar at x² Scale');
    expect(titleText('Walrus Sonar at \\[x^{2}\\] Scale')).toBe('Walrus Sonar at x² Scale');
  });

  test('leaves dollars that delimit no formula as written (pandoc’s rule, as the ingest reads them)', () => {
    for (const title of ['Walruses for $5 and $10', 'Costs of $ 5 and $ 6', 'A \\$5 Walrus and $x $', 'Backslashes \\ in BibTeX', 'One $ Walrus']) expect(titleText(title)).toBe(title);
  });

  test('writes a formula of no text (spacing only) as nothing between single spaces, and a title that would be empty as written', () => {
    expect(titleText('Spacing $\\,$ Walrus $\\quad$ Sonar')).toBe('Spacing Walrus Sonar');
    expect(titleText('$\\alpha$ $\\,$')).toBe('α');
    expect(titleText('$\\quad$')).toBe('$\\quad$');
  });

  test('returns a title without a formula as it is', () => {
    const title = 'Sets {a, b and 100% of Walruses';
    expect(titleText(title)).toBe(title);
  });
});

describe('titleParts', () => {
  test('splits a title into its text and its formulas, each formula as plain text, so that a page can keep a formula whole', () => {
    expect(titleParts('Sorting Walruses in $\\mathcal{O}(n \\log n)$ Time')).toEqual([
      { text: 'Sorting Walruses in ', formula: false },
      { text: 'O(n log n)', formula: true },
      { text: ' Time', formula: false },
    ]);
    expect(titleParts('$\\alpha$-Flippers')).toEqual([{ text: 'α', formula: true }, { text: '-Flippers', formula: false }]);
  });

  test('reads as titleText writes: its parts joined are the title’s text, spaces single, a formula of no text left out', () => {
    for (const title of ['Sorting  Walruses in $\\mathcal{O}(n \\log n)$ Time', 'Spacing $\\,$ Walrus $\\quad$ Sonar', '$\\alpha$ $\\,$', '$\\quad$', 'Walruses for $5 and $10', ' Walrus \\(x^{2}\\) ', 'Sets {a, b and 100% of Walruses']) {
      const parts = titleParts(title);
      expect(parts.map((p) => p.text).join(''), title).toBe(titleText(title));
      expect(parts.every((p) => p.text !== ''), title).toBe(true);
    }
    expect(titleParts('Spacing $\\,$ Walrus')).toEqual([{ text: 'Spacing Walrus', formula: false }]);
  });
});
