import { describe, expect, test } from 'vitest';
import { formToSend, matchForm } from '../../../../../src/browser/search/match-term.ts';
import { findTerm, parseShard, partsWithPrefix, serialiseShard, type VocabularyTerm } from '../../../../../src/lib/search-vocabulary.ts';

// Pagefind keys `add`, `analys`, `diffus`; porter2's `ad` for `added`; written forms.
const terms: VocabularyTerm[] = [
  { term: 'ad', pages: 0, word: 'ad', kind: 'stem' },
  { term: 'add', pages: 3, word: 'added', kind: 'key' },
  { term: 'added', pages: 0, word: 'added', kind: 'written' },
  { term: 'analys', pages: 2, word: 'analyses', kind: 'key' },
  { term: 'analyses', pages: 0, word: 'analyses', kind: 'written' },
  { term: 'diffus', pages: 9, word: 'diffusion', kind: 'key' },
  { term: 'diffusion', pages: 0, word: 'diffusion', kind: 'written' },
  // Pagefind keeps a precomposed kana with its voiced mark (`デ`) in its key; the browser's folded stem drops it (`テ`).
  { term: 'モテル', pages: 0, word: 'モテル', kind: 'stem' },
  { term: 'モデル', pages: 1, word: 'モデル', kind: 'key' },
];
const shard = parseShard(serialiseShard(terms, []));
const find = (term: string, whole: boolean, kinds: Parameters<typeof findTerm>[5]) => findTerm(shard, ['ad'], 0, term, whole, kinds);

describe('formToSend', () => {
  test('a prefix whose stem starts a key goes as typed', async () => {
    expect(await formToSend(find, 'diffu', false)).toBe('diffu');
    // `diffusi` stems to itself, which starts no key: the word it starts goes instead.
    expect(await formToSend(find, 'diffusi', false)).toBe('diffusion');
  });
  test('a prefix whose stem starts no key (`analy` → `anali`) goes as the first word it starts', async () => {
    expect(await formToSend(find, 'analy', false)).toBe('analyses');
  });
  test('a whole word whose porter2 stem is not Pagefind’s key is still found (`added`: `ad` vs `add`)', async () => {
    expect(await formToSend(find, 'added', true)).toBe('added');
  });
  test('a word Pagefind keys with marks the browser would fold (Japanese `デ`) is found, whole or as a prefix', async () => {
    expect(await formToSend(find, 'モデル', true)).toBe('モデル');
    expect(await formToSend(find, 'モデル', false)).toBe('モデル');
    expect(await formToSend(find, 'モデ', false)).toBe('モデ');
  });
  test('a word the archive does not have, whole or as a prefix, is not sent', async () => {
    expect(await formToSend(find, 'banana', false)).toBeUndefined();
    expect(await formToSend(find, 'diff', true)).toBeUndefined();
  });
});

describe('matchForm: the indexes Pagefind finds a form in', () => {
  // Two indexes (bit 0: the archive, bit 1: the latest month). `diffus` only in the month; `add` in both; `analyses` written only in the archive.
  const partTerms: VocabularyTerm[] = [
    { term: 'ad', pages: 0, word: 'ad', kind: 'stem', parts: 1 },
    { term: 'add', pages: 3, word: 'added', kind: 'key' },
    { term: 'added', pages: 0, word: 'added', kind: 'written' },
    { term: 'analys', pages: 2, word: 'analyses', kind: 'key', parts: 1 },
    { term: 'analyses', pages: 0, word: 'analyses', kind: 'written', parts: 1 },
    { term: 'diffus', pages: 9, word: 'diffusion', kind: 'key', parts: 2 },
    { term: 'diffusa', pages: 1, word: 'diffusa', kind: 'key', parts: 1 },
    { term: 'diffusion', pages: 0, word: 'diffusion', kind: 'written', parts: 2 },
  ];
  const partShard = parseShard(serialiseShard(partTerms, []));
  const lookup = {
    find: (term: string, whole: boolean, kinds: Parameters<typeof findTerm>[5]) => findTerm(partShard, ['ad'], 0, term, whole, kinds),
    keyParts: async (prefix: string) => partsWithPrefix(partShard.terms, prefix, ['key'], 3),
    every: 3,
  };
  test('a prefix: every index with a key it starts', async () => {
    expect(await matchForm(lookup, 'diffu', false)).toEqual({ send: 'diffu', parts: 3 });
    expect(await matchForm(lookup, 'diffusa', false)).toEqual({ send: 'diffusa', parts: 1 });
  });
  test('a prefix sent as the word it starts: the indexes that write that word', async () => {
    expect(await matchForm(lookup, 'analy', false)).toEqual({ send: 'analyses', parts: 1 });
  });
  test('a whole word: the indexes whose pages have it, by either of its forms', async () => {
    expect(await matchForm(lookup, 'added', true)).toEqual({ send: 'added', parts: 3 });
    expect(await matchForm(lookup, 'diffusion', true)).toEqual({ send: 'diffusion', parts: 2 });
    expect(await matchForm(lookup, 'banana', true)).toBeUndefined();
  });
});
