import { describe, expect, test } from 'vitest';
import { isWarmRequest, offlineSearchState, WARM_SEARCH } from '../../../../src/browser/sw-messages.ts';

describe('isWarmRequest', () => {
  test('recognises the page’s request to save the search index', () => {
    expect(isWarmRequest({ type: WARM_SEARCH, asked: true })).toBe(true);
  });
  test('ignores other messages', () => {
    expect(isWarmRequest({ type: 'skip-waiting' })).toBe(false);
    expect(isWarmRequest(WARM_SEARCH)).toBe(false);
    expect(isWarmRequest(null)).toBe(false);
  });
});

describe('offlineSearchState', () => {
  test('is `ready` when every file was saved, `partial` otherwise', () => {
    expect(offlineSearchState({ type: 'folio:search-warmed', files: 457, failed: 0 })).toBe('ready');
    expect(offlineSearchState({ type: 'folio:search-warmed', files: 457, failed: 3 })).toBe('partial');
  });
  test('is `skipped` when an automatic offer was declined (the search is over the automatic budget)', () => {
    expect(offlineSearchState({ type: 'folio:search-warmed', files: 0, failed: 0, skipped: true })).toBe('skipped');
  });
});
