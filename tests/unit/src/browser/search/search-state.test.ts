import { describe, expect, test } from 'vitest';
import { parseSearchState, sameSearch, searchQueryString } from '../../../../../src/browser/search/search-state.ts';

describe('parseSearchState', () => {
  test('reads q and topic from a query string', () => {
    expect(parseSearchState('?q=state+space&topic=robotics')).toEqual({ q: 'state space', topic: 'robotics' });
  });
  test('treats missing parameters as empty and trims the query', () => {
    expect(parseSearchState('')).toEqual({ q: '', topic: '' });
    expect(parseSearchState('?q=%20%20MUVERA%20')).toEqual({ q: 'MUVERA', topic: '' });
  });
  test('decodes quotes, colons and non-ASCII letters', () => {
    expect(parseSearchState("?q=x'(t)%20%E2%80%93%20caf%C3%A9%3A")).toEqual({ q: "x'(t) – café:", topic: '' });
  });
  test('reads a renamed topic’s old id (an alias in topics.yaml) as the topic it is now, so an old search link still filters', () => {
    const aliases = { 'language-model': 'language-models' };
    expect(parseSearchState('?q=decoding&topic=language-model', aliases)).toEqual({ q: 'decoding', topic: 'language-models' });
    expect(parseSearchState('?topic=robotics', aliases)).toEqual({ q: '', topic: 'robotics' });
    expect(parseSearchState('?topic=toString', aliases)).toEqual({ q: '', topic: 'toString' });
  });
});

describe('searchQueryString', () => {
  test('writes both parts, q first', () => {
    expect(searchQueryString({ q: 'state space', topic: 'robotics' })).toBe('?q=state+space&topic=robotics');
  });
  test('leaves out empty parts, and is empty for an empty search', () => {
    expect(searchQueryString({ q: '', topic: 'robotics' })).toBe('?topic=robotics');
    expect(searchQueryString({ q: '  ', topic: '' })).toBe('');
  });
  test('round-trips through parseSearchState', () => {
    const state = { q: 'a&b=c #1 +', topic: 'language-models' };
    expect(parseSearchState(searchQueryString(state))).toEqual(state);
  });
});

describe('sameSearch', () => {
  test('ignores outer whitespace of the query but not the topic', () => {
    expect(sameSearch({ q: 'mamba ', topic: '' }, { q: 'mamba', topic: '' })).toBe(true);
    expect(sameSearch({ q: 'mamba', topic: 'a' }, { q: 'mamba', topic: '' })).toBe(false);
  });
});
