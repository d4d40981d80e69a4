import { describe, expect, test } from 'vitest';
import { isKeepLoadedRequest, isWarmRequest, KEEP_LOADED, offlineSearchState, WARM_SEARCH } from '../../../../src/browser/sw-messages.ts';

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

describe('isKeepLoadedRequest', () => {
  test('recognises a first-visited page handing over the files it loaded', () => {
    expect(isKeepLoadedRequest({ type: KEEP_LOADED, urls: ['https://x.org/_astro/KaTeX_Main-Regular.woff2'] })).toBe(true);
  });
  test('ignores other messages and a request without its list', () => {
    expect(isKeepLoadedRequest({ type: WARM_SEARCH, asked: true })).toBe(false);
    expect(isKeepLoadedRequest({ type: KEEP_LOADED })).toBe(false);
    expect(isKeepLoadedRequest(null)).toBe(false);
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
