import { describe, expect, test } from 'vitest';
import { allParts, chunkRange, findTerm, lowerBound, partsWithPrefix, parseShard, parseSuggestions, serialiseShard, serialiseSuggestions, shardOf, type VocabularyTerm } from '../../../../src/lib/search-vocabulary.ts';

const terms: VocabularyTerm[] = [
  { term: 'ad', pages: 0, word: 'ad', kind: 'stem' },
  { term: 'add', pages: 3, word: 'added', kind: 'key' },
  { term: 'added', pages: 0, word: 'added', kind: 'written' },
  { term: 'analys', pages: 2, word: 'analyses', kind: 'key' },
];
const from = ['ad', 'b'];

describe('lowerBound', () => {
  test('finds where a value is or would go in a sorted list, by a key', () => {
    const list = ['ant', 'bee', 'bee', 'cat'];
    expect(['a', 'ant', 'b', 'bee', 'bz', 'cat', 'dog'].map((v) => lowerBound(list, v, (s) => s))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([{ k: 'a' }, { k: 'c' }], 'b', (o) => o.k)).toBe(1);
    expect(lowerBound([], 'x', (s: string) => s)).toBe(0);
  });
});

describe('shards', () => {
  test('round-trip terms of each kind and known items', () => {
    const text = serialiseShard(terms, [{ hash: '0a1b2c3d', page: 'en_1' }, { hash: '0a1b2c3d', page: 'en_2' }]);
    expect(text).toBe('ad\t~\nadd\t3\tadded\nadded\t-\nanalys\t2\tanalyses\n#0a1b2c3d\ten_1\n#0a1b2c3d\ten_2\n');
    const shard = parseShard(text);
    expect(shard.terms).toEqual(terms);
    expect(shard.known.get('0a1b2c3d')).toEqual(['en_1', 'en_2']);
  });
  test('findTerm: a whole term, the first term starting with a prefix, or the next shard’s first key', () => {
    const shard = parseShard(serialiseShard(terms, []));
    expect(findTerm(shard, from, 0, 'add', true)?.term).toBe('add');
    expect(findTerm(shard, from, 0, 'anal', false)?.word).toBe('analyses');
    expect(findTerm(shard, from, 0, 'az', false)).toBeUndefined();
    expect(findTerm(shard, from, 0, 'b', false)?.term).toBe('b');
  });
  test('findTerm skips kinds not asked for', () => {
    const shard = parseShard(serialiseShard(terms, []));
    expect(findTerm(shard, from, 0, 'ad', true, ['key'])).toBeUndefined();
    expect(findTerm(shard, from, 0, 'adde', false, ['key'])).toBeUndefined();
    expect(findTerm(shard, from, 0, 'adde', false, ['key', 'written'])?.term).toBe('added');
  });
  test('shardOf and chunkRange follow the chunks’ first keys', () => {
    const chunks = ['a', 'sta', 'state', 'statf', 'z'];
    expect(shardOf(chunks, 'stat')).toBe(1);
    expect(shardOf(chunks, '0')).toBe(0);
    expect(chunkRange(chunks, 'stat')).toEqual([1, 3]);
    expect(chunkRange(chunks, 'statf')).toEqual([3, 3]);
  });
});

describe('terms only some indexes have', () => {
  const terms: VocabularyTerm[] = [
    { term: 'mamba', pages: 4, word: 'mamba', kind: 'key' },
    { term: 'mambaout', pages: 1, word: 'mambaout', kind: 'key', parts: 2 },
    { term: 'mambo', pages: 0, word: 'mambo', kind: 'written', parts: 1 },
    { term: 'mamm', pages: 0, word: 'mamm', kind: 'stem', parts: 2 },
  ];
  test('round-trip their parts; a term every index has is written as before', () => {
    const text = serialiseShard(terms, [{ hash: 'abc', page: 'en_1' }]);
    expect(text).toBe('mamba\t4\nmambaout\t1\t@2\nmambo\t-\t@1\nmamm\t~\t@2\n#abc\ten_1\n');
    expect(parseShard(text).terms).toEqual(terms);
  });
  test('partsWithPrefix: the union of the parts of the terms of the kinds asked that start with the prefix', () => {
    expect(partsWithPrefix(terms, 'mambao', ['key'], 3)).toBe(2);
    expect(partsWithPrefix(terms, 'mamb', ['key'], 3)).toBe(3);
    expect(partsWithPrefix(terms, 'mambo', ['key'], 3)).toBe(0);
    expect(partsWithPrefix(terms, 'mambo', ['key', 'written'], 3)).toBe(1);
    expect(partsWithPrefix(terms, 'mamm', ['key'], 3)).toBe(0);
    expect(allParts(1)).toBe(1);
    expect(allParts(2)).toBe(3);
  });

  test('a mask of every index equals the union of their bits up to 31 indexes (30 archive parts and the latest month)', () => {
    for (const count of [3, 30, 31]) {
      let union = 0;
      for (let i = 0; i < count; i++) union |= 1 << i;
      expect(allParts(count), `${count} indexes`).toBe(union);
      const terms: VocabularyTerm[] = [{ term: 'mamba', pages: 2, word: 'mamba', kind: 'key', parts: union }];
      expect(partsWithPrefix(terms, 'mam', ['key'], allParts(count))).toBe(allParts(count));
    }
  });
});

describe('suggestion list', () => {
  test('front-coded, sorted, digits inside words kept apart from the shared length', () => {
    const words: Array<[string, number]> = [['gpt4', 3], ['gpt', 9], ['diffusion', 40], ['diffuse', 2]];
    const text = serialiseSuggestions(words);
    expect(text).toBe('0\tdiffuse\t2\n6\tion\t40\n0\tgpt\t9\n3\t4\t3\n');
    expect(parseSuggestions(text)).toEqual([['diffuse', 2], ['diffusion', 40], ['gpt', 9], ['gpt4', 3]]);
  });
});
