import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../../../src/browser/search/query.ts';
import { knownItemTier, rerank, RERANK_WINDOW } from '../../../../../src/browser/search/rank.ts';

describe('knownItemTier', () => {
  test('known item, then title starting with the query, then titles holding its symbols, then the rest', () => {
    const q = parseQuery('c# models');
    expect(knownItemTier('Anything', true, q)).toBe(0);
    expect(knownItemTier('C# Models for Systems Code', false, q)).toBe(1);
    expect(knownItemTier('Systems Code in C# with Models', false, q)).toBe(2);
    expect(knownItemTier('C++ Models for Systems Code', false, q)).toBe(3);
  });
});

describe('rerank', () => {
  test('reorders only the first window, stably, so every view shows the same first results', () => {
    const q = parseQuery('c# models');
    const items = Array.from({ length: RERANK_WINDOW + 2 }, (_, i) => ({ title: `Paper ${i}`, known: false }));
    items[3] = { title: 'C# Models', known: false };
    items[RERANK_WINDOW + 1] = { title: 'C# Models Too', known: false };
    const out = rerank(items, q);
    expect(out[0]!.title).toBe('C# Models');
    expect(out.slice(1, 4).map((i) => i.title)).toEqual(['Paper 0', 'Paper 1', 'Paper 2']);
    expect(out.at(-1)!.title).toBe('C# Models Too');
  });
});
