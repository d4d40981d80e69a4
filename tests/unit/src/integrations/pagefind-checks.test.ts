import { describe, expect, test } from 'vitest';
import {
  indexedCountProblem,
  indexedPageCount,
  pagefindCacheTag,
  pagefindStepError,
  parsePagefindEntry,
  searchCacheTag,
} from '../../../../src/integrations/pagefind-checks.ts';

const entryJson = '{"version":"1.6.0","languages":{"en":{"hash":"en_0fa48fd1ba","wasm":"en","page_count":438}},"include_characters":["_"]}';

describe('pagefindStepError', () => {
  test('is undefined when a step reports no errors', () => {
    expect(pagefindStepError('addDirectory', [])).toBeUndefined();
  });
  test('names the step and lists every error', () => {
    expect(pagefindStepError('writeFiles', ['disk full', 'permission denied'])?.message).toMatchInlineSnapshot(`
      "Pagefind \`writeFiles\` failed:
        - disk full
        - permission denied"
    `);
  });
});

describe('the Pagefind entry file', () => {
  test('gives the page count over all languages and a cache tag of version and hashes', () => {
    const entry = parsePagefindEntry(entryJson);
    expect(indexedPageCount(entry)).toBe(438);
    expect(pagefindCacheTag(entry)).toBe('pf1.6.0-en_0fa48fd1ba');
  });
  test('sorts languages so the tag does not depend on key order', () => {
    const entry = parsePagefindEntry('{"version":"1.6.0","languages":{"fr":{"hash":"fr_2","page_count":1},"en":{"hash":"en_1","page_count":2}}}');
    expect(pagefindCacheTag(entry)).toBe('pf1.6.0-en_1-fr_2');
    expect(indexedPageCount(entry)).toBe(3);
  });
  test('the search of several parts is tagged by every part, so a change to any of them is a new tag', () => {
    const archive = parsePagefindEntry(entryJson);
    const recent = parsePagefindEntry('{"version":"1.6.0","languages":{"en":{"hash":"en_77","page_count":12}}}');
    expect(searchCacheTag([{ folder: 'pagefind', entry: archive }])).toBe(pagefindCacheTag(archive));
    expect(searchCacheTag([{ folder: 'pagefind', entry: archive }, { folder: 'pagefind-week-2026-03-09', entry: recent }])).toBe('pf1.6.0-en_0fa48fd1ba-en_77');
    const changed = parsePagefindEntry('{"version":"1.6.0","languages":{"en":{"hash":"en_78","page_count":13}}}');
    expect(searchCacheTag([{ folder: 'pagefind', entry: archive }, { folder: 'pagefind-week-2026-03-09', entry: changed }])).not.toBe(
      searchCacheTag([{ folder: 'pagefind', entry: archive }, { folder: 'pagefind-week-2026-03-09', entry: recent }]),
    );
  });
  test('refuses a file that is not an entry file', () => {
    expect(() => parsePagefindEntry('{"pages":[]}')).toThrowErrorMatchingInlineSnapshot(
      `[Error: \`pagefind-entry.json\` has no \`version\` or \`languages\`: expected the entry file Pagefind 1.x writes]`,
    );
  });
});

describe('indexedCountProblem', () => {
  test('is undefined when every paper was indexed once', () => {
    expect(indexedCountProblem(438, 438)).toBeUndefined();
  });
  test('explains too few and too many indexed pages', () => {
    expect(indexedCountProblem(438, 437)).toMatchInlineSnapshot(
      `"Pagefind indexed 437 pages, expected 438 (one per paper): some paper pages lack \`data-pagefind-body\` or failed to render"`,
    );
    expect(indexedCountProblem(438, 440)).toMatchInlineSnapshot(
      `"Pagefind indexed 440 pages, expected 438 (one per paper): pages other than paper pages carry \`data-pagefind-body\`"`,
    );
  });
});
