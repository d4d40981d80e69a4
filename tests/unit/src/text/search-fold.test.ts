import { describe, expect, test } from 'vitest';
import { foldedWords, searchFold } from '../../../../src/text/search-fold.ts';
import { foldTitle, indexForm } from '../../../../src/text/search-terms.ts';

describe('searchFold', () => {
  test.each([
    ['ﬁne-tuning', 'fine-tuning'],
    ['Eﬃcient', 'Efficient'],
    ['ＬＬＭ', 'LLM'],
    ['ｆｉｎｅ－ｔｕｎｉｎｇ', 'fine-tuning'],
    ['x²', 'x2'],
    ['ℝ', 'R'],
    ['Ⅳ', 'IV'],
    ['①', '1'],
    ['ｶﾀｶﾅ', 'カタカナ'],
  ])('%s → %s', (text, folded) => {
    expect(searchFold(text)).toBe(folded);
  });

  test('keeps ASCII, accents and scripts with no compatibility forms as they are', () => {
    for (const text of ['C++ and C#', 'Schrödinger', '大規模言語モデル', 'x\'(t) = Ax(t)', '🚀 ∑ ---']) expect(searchFold(text)).toBe(text);
  });

  test('keeps the words where they were: a character NFKC spells with a space does not split a word', () => {
    const text = 'a¨b ﬁne  ＬＬＭ\tx²';
    expect(searchFold(text).split(/\s+/)).toHaveLength(text.split(/\s+/).length);
    expect(searchFold('a¨b')).not.toMatch(/\s/);
  });

  test('is idempotent', () => {
    const text = 'ﬁne-tuning ＬＬＭ x² ℝ ｶﾀｶﾅ ¨';
    expect(searchFold(searchFold(text))).toBe(searchFold(text));
  });

  test('gives the query and the index the same words: a typed compatibility form and its plain form index alike', () => {
    expect(indexForm(searchFold('ＬＬＭ'))).toBe(indexForm('LLM'));
    expect(indexForm(searchFold('ﬁne-tuning'))).toBe(indexForm('fine-tuning'));
    expect(foldTitle('Eﬃcient ﬁne-tuning of ＬＬＭ Judges')).toBe(foldTitle('Efficient fine-tuning of LLM judges'));
  });
});

describe('foldedWords', () => {
  test('lists each word whose searchable form differs, folded, once, in order', () => {
    expect(foldedWords(['Eﬃcient ﬁne-tuning of ＬＬＭ Judges', 'We ﬁne-tuning over ℝ² and x².'])).toBe('Efficient fine-tuning LLM R2 x2.');
  });
  test('is empty for text with nothing to fold', () => {
    expect(foldedWords(['Plain ASCII title', 'Schrödinger and 大規模言語モデル'])).toBe('');
  });
});
