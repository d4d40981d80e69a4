import { describe, expect, test } from 'vitest';
import { extraSearchWords, searchFold, spacelessPairs } from '../../../../src/text/search-fold.ts';
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

describe('extraSearchWords', () => {
  test('gives the letters no accent folding reaches the letters a reader types for them, each time it is asked', () => {
    for (let i = 0; i < 3; i++) expect(extraSearchWords(['Søren, Œdipus and Łódź: Straße Models'])).toBe('Soren, OEdipus L\u00F3d\u017A: Strasse');
    expect(searchFold('søren œuvre straße')).toBe('soren oeuvre strasse');
  });
  test('lists each word whose searchable form differs, folded, once, in order', () => {
    expect(extraSearchWords(['Eﬃcient ﬁne-tuning of ＬＬＭ Judges', 'We ﬁne-tuning over ℝ² and x².'])).toBe('Efficient fine-tuning LLM R2 x2.');
  });
  test('adds the two-character pieces of Chinese and Japanese text', () => {
    expect(extraSearchWords(['大規模言語 の 推論'])).toBe('大規 規模 模言 言語');
  });
  test('is empty for text with nothing to add', () => {
    expect(extraSearchWords(['Plain ASCII title', 'Schrödinger, 推論 and 中文'])).toBe('');
  });
});

describe('spacelessPairs', () => {
  test('cuts each run of three or more Chinese or Japanese characters into overlapping pairs', () => {
    expect(spacelessPairs('大規模言語モデル')).toEqual(['大規', '規模', '模言', '言語', '語モ', 'モデ', 'デル']);
    expect(spacelessPairs('GPT-4の評価と推論')).toEqual(['の評', '評価', '価と', 'と推', '推論']);
    expect(spacelessPairs('冰川流动')).toEqual(['冰川', '川流', '流动']);
  });
  test('leaves runs of one or two characters and other scripts alone', () => {
    expect(spacelessPairs('推論')).toEqual([]);
    expect(spacelessPairs('LLMの')).toEqual([]);
    expect(spacelessPairs('한국어 모델')).toEqual([]);
  });
});
