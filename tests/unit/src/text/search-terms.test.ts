import { describe, expect, test } from 'vitest';
import { compoundParts, foldTitle, hash32, indexForm, knownItemAnchor, knownItemKeys, knownItemProbes, searchStem } from '../../../../src/text/search-terms.ts';

describe('indexForm and compoundParts (what Pagefind 1.6 indexes of a token)', () => {
  test.each([
    ['C++', 'c', []],
    ['C#', 'c', []],
    ['"Quoted":', 'quoted', []],
    ["x'(t)", 'xt', []],
    ['state-space', 'statespace', ['state', 'space']],
    ['GPT-4o', 'gpt4o', ['gpt', '4o']],
    ['snake_case_word', 'snake_case_word', ['snake', 'case', 'word']],
    ['Schrödinger', 'schrödinger', []],
  ])('%s → %s, parts %j', (token, joined, parts) => {
    expect(indexForm(token)).toBe(joined);
    const split = compoundParts(token);
    expect(split.length > 1 ? split : []).toEqual(parts);
  });
});

describe('searchStem', () => {
  test('stems as Snowball English does for ordinary words, accents folded', () => {
    expect(['diffusion', 'models', 'generation', 'schrödinger'].map(searchStem)).toEqual(['diffus', 'model', 'generat', 'schroding']);
  });
  test('cuts a few words shorter than Pagefind (porter2, not Snowball 3): the build records both forms', () => {
    expect(searchStem('added')).toBe('ad');
    expect(searchStem('internal')).toBe('intern');
  });
});

describe('known items', () => {
  test('folding keeps symbols, so C# and C++ stay apart, and unifies quotes, dashes, case and a final stop', () => {
    expect(foldTitle('C# Models')).not.toBe(foldTitle('C++ Models'));
    expect(foldTitle('“Curly” Quotes — Done.')).toBe('"curly" quotes - done');
  });
  test('a title’s keys are the title and its one-word short name, with and without quotes', () => {
    expect(knownItemKeys('"Quoted": Short Names in Titles')).toEqual(['"quoted": short names in titles', '"quoted"', 'quoted']);
    expect(knownItemKeys('MUVERA: Multi-Vector Retrieval')).toEqual(['muvera: multi-vector retrieval', 'muvera']);
    expect(knownItemKeys('Two Words: Not a Name')).toEqual(['two words: not a name']);
  });
  test('a query probes as typed and unquoted; keys are filed under the stem of their first word', () => {
    expect(knownItemProbes('"Quoted"')).toEqual(['"quoted"', 'quoted']);
    expect(knownItemAnchor('"quoted": short names')).toBe('quot');
    expect(knownItemAnchor('c# models')).toBe('c');
  });
  test('hash32 is FNV-1a over UTF-8, 8 hex digits', () => {
    expect(hash32('')).toBe('811c9dc5');
    expect(hash32('a')).toBe('e40c292c');
    expect(hash32('café')).toMatch(/^[0-9a-f]{8}$/);
  });
});
