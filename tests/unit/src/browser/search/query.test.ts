import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../../../src/browser/search/query.ts';

describe('parseQuery', () => {
  test('words of 3+ characters are prefixes; short words and stop words must be whole words', () => {
    const { terms } = parseQuery('the 3d diffusion');
    expect(terms.map((t) => [t.joined, t.short])).toEqual([['the', true], ['3d', true], ['diffusion', false]]);
  });
  test('tokens of symbols only are dropped; punctuation goes as Pagefind drops it; parts are kept for compounds', () => {
    const { terms } = parseQuery('C++ + state-space <<');
    expect(terms.map((t) => [t.token, t.joined, t.parts])).toEqual([['C++', 'c', []], ['state-space', 'statespace', ['state', 'space']]]);
  });
  test("a title's formula typed as its TeX (copied from a listing) is read as the page shows it (titleText), so the exact title is still known", () => {
    const typed = parseQuery('Sorting Walruses in $\\mathcal{O}(n \\log n)$ Time');
    const shown = parseQuery('Sorting Walruses in O(n log n) Time');
    expect(typed.folded).toBe(shown.folded);
    expect(typed.terms.map((t) => t.joined)).toEqual(shown.terms.map((t) => t.joined));
    expect(parseQuery('Walruses for $5 and $10').folded).toBe('walruses for $5 and $10');
  });
  test('the last word is still being typed unless a space follows it', () => {
    expect(parseQuery('state spa').terms.map((t) => t.open)).toEqual([false, true]);
    expect(parseQuery('state spa ').terms.map((t) => t.open)).toEqual([false, false]);
  });
  test('a query in double quotes (straight or curly) is exact', () => {
    expect(parseQuery('"Quoted"').quoted).toBe(true);
    expect(parseQuery('“Quoted”').quoted).toBe(true);
    expect(parseQuery('"Quoted" names').quoted).toBe(false);
  });
  test('words are compared in their searchable form (compatibility characters folded), and kept as typed for messages', () => {
    const { terms, folded } = parseQuery('ﬁne-tuning ＬＬＭ x²');
    expect(terms.map((t) => [t.token, t.joined, t.parts])).toEqual([['ﬁne-tuning', 'finetuning', ['fine', 'tuning']], ['ＬＬＭ', 'llm', []], ['x²', 'x2', []]]);
    expect(folded).toBe('fine-tuning llm x2');
    expect(parseQuery('＂Quoted＂').quoted).toBe(true);
  });
  test('Chinese and Japanese: one or two characters are a prefix, longer words are searched by their two-character pieces', () => {
    expect(parseQuery('推 言語').terms.map((t) => [t.joined, t.short, t.parts])).toEqual([['推', false, []], ['言語', false, []]]);
    expect(parseQuery('言語モデル').terms.map((t) => t.parts)).toEqual([['言語', '語モ', 'モデ', 'デル']]);
  });
  test('emoji and symbols are no words', () => {
    expect(parseQuery('🚀 ∑ ---').terms).toEqual([]);
  });
  test('symbol words are kept, folded, for ranking titles that hold them', () => {
    expect(parseQuery("c# models x'(t)").symbols).toEqual(['c#', "x'(t)"]);
    expect(parseQuery('"Quoted" models.').symbols).toEqual([]);
  });
});
