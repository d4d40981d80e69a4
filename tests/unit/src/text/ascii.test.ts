import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compatibilityForm, isAscii } from '../../../../src/text/ascii.ts';

describe('isAscii', () => {
  it('tells ASCII text from text with any other character', () => {
    expect(isAscii('Attention Is All You Need (v2) \t~')).toBe(true);
    expect(isAscii('')).toBe(true);
    expect(isAscii('ﬁne-tuning')).toBe(false);
    expect(isAscii('naïve')).toBe(false);
  });
});

describe('compatibilityForm', () => {
  it('folds compatibility forms (a ligature, full-width letters) as NFKC does', () => {
    expect(compatibilityForm('ﬁne-tuning ＬＬＭ')).toBe('fine-tuning LLM');
  });

  it('is NFKC for any text, ASCII or not (its fast path for ASCII gives what NFKC gives)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => compatibilityForm(text) === text.normalize('NFKC')));
  });
});
