import { describe, expect, test } from 'vitest';
import { titleText } from '../../../../src/format/title-text.ts';

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
