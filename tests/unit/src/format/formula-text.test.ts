import { describe, expect, test } from 'vitest';
import { formulaText } from '../../../../src/format/formula-text.ts';

describe('formulaText', () => {
  test.each([
    ['R^{d}', 'Rᵈ'],
    ['M^{2}', 'M²'],
    ['256^{3}', '256³'],
    ['CoSQA^{+}', 'CoSQA⁺'],
    ['3^{rd}', '3ʳᵈ'],
    ['x^{-1}', 'x⁻¹'],
    ['2^{n-1}', '2ⁿ⁻¹'],
    ['QK^T', 'QKᵀ'],
    ['x_{i}', 'xᵢ'],
    ['x_1^2', 'x₁²'],
    ['O(L^{2})', 'O(L²)'],
  ])('writes a script Unicode has characters for with them: %j as %j', (tex, text) => {
    expect(formulaText(tex)).toBe(text);
  });

  test.each([
    ['BERT_{BASE}', 'BERT_BASE'],
    ['AntLM_{BabyLlama}', 'AntLM_BabyLlama'],
    ['AntLM_{LTG-BERT}', 'AntLM_(LTG-BERT)'],
    ['O(L^{{4}/{3}})', 'O(L^(4/3))'],
    ['x^*', 'x^*'],
    ['x_{i,j}', 'x_(i,j)'],
  ])('writes any other script after `^` or `_`, in parentheses when it is more than a word: %j as %j', (tex, text) => {
    expect(formulaText(tex)).toBe(text);
  });

  test.each([
    ['\\geq', '≥'],
    ['a \\leq b', 'a ≤ b'],
    ['\\alpha + \\beta', 'α + β'],
    ['\\Theta_n', 'Θₙ'],
    ['HyperZ{\\cdot Z{\\cdot }W}', 'HyperZ·Z·W'],
    ['d \\times k', 'd × k'],
    ['\\ell_2', 'ℓ₂'],
  ])('writes a symbol as its character: %j as %j', (tex, text) => {
    expect(formulaText(tex)).toBe(text);
  });

  test.each([
    ['\\mathbb{R}^{d}', 'Rᵈ'],
    ['\\mathcal{O}(1)', 'O(1)'],
    ['\\mathbb R^d', 'Rᵈ'],
    ['\\text{softmax}(x)', 'softmax(x)'],
    ['\\operatorname{sign}(x)', 'sign(x)'],
    ['O(n \\log n)', 'O(n log n)'],
    ['\\log(n)', 'log(n)'],
    ['\\max_i x_i', 'maxᵢ xᵢ'],
  ])('writes a font, text or function name as its letters: %j as %j', (tex, text) => {
    expect(formulaText(tex)).toBe(text);
  });

  test.each([
    ['\\frac{1}{2}', '1/2'],
    ['\\frac12', '1/2'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\sqrt{n}', '√n'],
    ['\\sqrt{n+1}', '√(n+1)'],
    ['\\hat{y}', 'ŷ'],
    ['\\left(x\\right)', '(x)'],
    ['a\\,b', 'a b'],
    ['\\{x\\} and 50\\%', '{x} and 50%'],
    ["x'(t) = Ax(t) + Bu(t)", "x'(t) = Ax(t) + Bu(t)"],
    ['\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', 'a = b c = d'],
  ])('writes fractions, roots, accents, delimiters and spacing as text: %j as %j', (tex, text) => {
    expect(formulaText(tex)).toBe(text);
  });

  test('keeps a command it does not know as written, with its braced arguments', () => {
    expect(formulaText('\\foo{x} + 1')).toBe('\\foo{x} + 1');
    expect(formulaText('\\rule{3000em}{2em} and \\foo x')).toBe('\\rule{3000em}{2em} and \\foo x');
  });

  test('reads braces nested deeper than any formula needs without running out of stack', () => {
    expect(formulaText(`${'{'.repeat(20000)}x${'}'.repeat(20000)}`)).toBe('x');
  });
});
