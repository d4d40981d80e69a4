import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, test } from 'vitest';
import {
  PagefindFormatError,
  readPagefindFragment,
  readPagefindIndexChunk,
  readPagefindKeyCounts,
  readPagefindMeta,
  type IndexWord,
} from '../../../../src/integrations/pagefind-format.ts';

/** A file as Pagefind writes it: gzip of the signature and the payload. */
const pagefindFile = (payload: Uint8Array) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), payload]));

describe('readPagefindMeta', () => {
  test('reads pages, chunks and metadata fields', () => {
    const bytes = pagefindFile(encode(['1.6.0', [['en_a', 12, ''], ['en_b', 30, '']], [['ad', 'mod', 'en_c1'], ['mode', 'zz', 'en_c2']], [['topic', 'en_f']], [], ['title', 'topics']]));
    expect(readPagefindMeta(bytes, 'pagefind.en_x.pf_meta')).toEqual({
      version: '1.6.0',
      pages: ['en_a', 'en_b'],
      chunks: [{ from: 'ad', to: 'mod', hash: 'en_c1' }, { from: 'mode', to: 'zz', hash: 'en_c2' }],
      metaFields: ['title', 'topics'],
    });
  });
  test('another Pagefind version stops the build, naming the file and the version this reader knows', () => {
    const bytes = pagefindFile(encode(['1.7.0', [], [], [], [], []]));
    expect(() => readPagefindMeta(bytes, 'pagefind.en_x.pf_meta')).toThrowError(PagefindFormatError);
    expect(() => readPagefindMeta(bytes, 'pagefind.en_x.pf_meta')).toThrowErrorMatchingInlineSnapshot(
      `[PagefindFormatError: \`pagefind.en_x.pf_meta\`: unexpected generator version \`1.7.0\`: expected the layout Pagefind 1.6.0 writes. Folio's search vocabulary reads Pagefind's index files; after a Pagefind upgrade, check src/integrations/pagefind-format.ts against the new version]`,
    );
  });
  test('a file that is not Pagefind’s says so', () => {
    expect(() => readPagefindMeta(Buffer.from('hello'), 'x.pf_meta')).toThrowError(/`x.pf_meta`: neither gzip nor the `pagefind_dcd` signature/);
    expect(() => readPagefindMeta(pagefindFile(encode({ not: 'a list' })), 'x.pf_meta')).toThrowError(/unexpected metadata root/);
  });
});

describe('readPagefindIndexChunk', () => {
  test('undoes the delta encoding of pages and positions, weight markers and metadata field switches', () => {
    // key `model`: page 3 at positions 4, 9 (a weight marker -25 restarts the deltas: then 2), title field 0 position 1; page 3+2=5 at 7.
    const bytes = pagefindFile(encode([[['model', [[3, [4, 5, -25, 2], [-1, 1]], [2, [7], []]], [['modèl', [[5, [7]]]]]]]]));
    expect(readPagefindIndexChunk(bytes, 'index/en_c.pf_index')).toEqual([
      {
        key: 'model',
        pages: [
          { page: 3, locations: [4, 9, 2], metaLocations: [{ field: 0, position: 1 }] },
          { page: 5, locations: [7], metaLocations: [] },
        ],
        variants: [{ form: 'modèl', pages: [{ page: 5, locations: [7], metaLocations: [] }] }],
      },
    ]);
  });
});

/** What the key counts are, from the whole decoded chunk: a key's pages, its variants' pages counted once with them. */
const countedFromWords = (words: IndexWord[]) =>
  words.map((w) => ({ key: w.key, pages: w.variants.length ? new Set([...w.pages, ...w.variants.flatMap((v) => v.pages)].map((p) => p.page)).size : w.pages.length }));

describe('readPagefindKeyCounts', () => {
  test('counts each key’s pages, its variants’ pages once with them, as the whole chunk read says', () => {
    const chunk = [
      [
        ['ad', [[0, [1]], [1, [2, -25, 3], [-1, 0]]]],
        // `cafe` on pages 2 and 4, its variant `café` on 4 and 9: three pages.
        ['cafe', [[2, [5]], [2, [1]]], [['café', [[4, [7]], [5, [1], []]]]]],
        ['model', [[3, [4, 5, -25, 2], [-1, 1]], [2, [7], []]], []],
      ],
    ];
    const bytes = pagefindFile(encode(chunk));
    expect(readPagefindKeyCounts(bytes, 'index/en_c.pf_index')).toEqual([
      { key: 'ad', pages: 2 },
      { key: 'cafe', pages: 3 },
      { key: 'model', pages: 2 },
    ]);
    expect(readPagefindKeyCounts(bytes, 'index/en_c.pf_index')).toEqual(countedFromWords(readPagefindIndexChunk(bytes, 'index/en_c.pf_index')));
  });

  test('a chunk that does not read as Pagefind’s stops the build, naming the file and the part', () => {
    const errorOf = (chunk: unknown) => {
      try {
        readPagefindKeyCounts(pagefindFile(encode(chunk)), 'index/en_c.pf_index');
      } catch (error) {
        expect(error).toBeInstanceOf(PagefindFormatError);
        return (error as Error).message.split(': expected')[0];
      }
      return 'read';
    };
    expect(errorOf({ not: 'a list' })).toBe('`index/en_c.pf_index`: unexpected index chunk root');
    expect(errorOf([[['key']]])).toBe('`index/en_c.pf_index`: unexpected index word');
    expect(errorOf([[[7, []]]])).toBe('`index/en_c.pf_index`: unexpected index word');
    expect(errorOf([[['key', [[1, ['x']]]]]])).toBe('`index/en_c.pf_index`: unexpected word locations');
    expect(errorOf([[['key', [[1]]]]])).toBe('`index/en_c.pf_index`: unexpected page entry of a word');
    expect(errorOf([[['key', [], [['only-form']]]]])).toBe('`index/en_c.pf_index`: unexpected variant of a key');
    expect(() => readPagefindKeyCounts(Buffer.from('hello'), 'x.pf_index')).toThrowError(/`x.pf_index`: neither gzip nor the `pagefind_dcd` signature/);
  });
});

describe('readPagefindFragment', () => {
  test('reads the JSON after the signature', () => {
    const bytes = pagefindFile(Buffer.from(JSON.stringify({ url: '/papers/a/', content: 'Title. Text', meta: { title: 'Title' } })));
    expect(readPagefindFragment(bytes, 'fragment/en_a.pf_fragment')).toEqual({ url: '/papers/a/', content: 'Title. Text', meta: { title: 'Title' } });
  });
});
