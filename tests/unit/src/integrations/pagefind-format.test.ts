import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, test } from 'vitest';
import { PagefindFormatError, readPagefindFragment, readPagefindIndexChunk, readPagefindMeta } from '../../../../src/integrations/pagefind-format.ts';

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

describe('readPagefindFragment', () => {
  test('reads the JSON after the signature', () => {
    const bytes = pagefindFile(Buffer.from(JSON.stringify({ url: '/papers/a/', content: 'Title. Text', meta: { title: 'Title' } })));
    expect(readPagefindFragment(bytes, 'fragment/en_a.pf_fragment')).toEqual({ url: '/papers/a/', content: 'Title. Text', meta: { title: 'Title' } });
  });
});
