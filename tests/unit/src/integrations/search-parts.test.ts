import { describe, expect, it } from 'vitest';
import { partKey, searchParts } from '../../../../src/integrations/search-parts.ts';
import { SEARCH_PART_FOLDERS } from '../../../../src/lib/search-folders.ts';
import type { SearchRecord } from '../../../../src/integrations/search-records.ts';

const record = (slug: string, firstDay?: string, title = slug): SearchRecord => ({
  url: `/papers/${slug}/`,
  title,
  formerTitles: [],
  html: `<p>${title} abstract</p>`,
  text: `${title} abstract`,
  topics: [{ id: 'other', name: 'Other' }],
  ...(firstDay === undefined ? {} : { firstDay }),
});

const folders = (parts: ReturnType<typeof searchParts>) => parts.map((p) => [p.folder, p.records.map((r) => r.url.split('/')[2]).sort()]);

describe('searchParts', () => {
  it('puts the papers first listed in the latest month in their own part, the rest in the archive', () => {
    const parts = searchParts([record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-21'), record('d'), record('e', '2024-09-05')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'd', 'e']],
      ['pagefind-recent', ['b', 'c']],
    ]);
  });

  it('takes the latest month across years', () => {
    const parts = searchParts([record('a', '2025-12-31'), record('b', '2026-01-01')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a']],
      ['pagefind-recent', ['b']],
    ]);
  });

  it('is one part when there is no dated paper, or every paper is of the latest month', () => {
    expect(folders(searchParts([record('a'), record('b')]))).toEqual([['pagefind', ['a', 'b']]]);
    expect(folders(searchParts([record('a', '2025-09-01'), record('b', '2025-09-30')]))).toEqual([['pagefind', ['a', 'b']]]);
    expect(folders(searchParts([]))).toEqual([['pagefind', []]]);
  });

  it('does not depend on the order of the records', () => {
    const records = [record('a', '2025-08-30'), record('b', '2025-09-01'), record('d'), record('c', '2025-09-21')];
    expect(folders(searchParts([...records].reverse()))).toEqual(folders(searchParts(records)));
  });

  it('names only the folders it may write', () => {
    const used = new Set(searchParts([record('a', '2025-08-30'), record('b', '2025-09-01')]).map((p) => p.folder));
    for (const folder of used) expect(SEARCH_PART_FOLDERS).toContain(folder);
  });
});

describe('partKey', () => {
  const settings = { pagefind: '1.6.0', environment: { CHUNK: '5000' } };
  const part = [record('a', '2025-08-30'), record('b', '2025-08-31')];

  it('is the same for the same records in any order', () => {
    expect(partKey([...part].reverse(), settings)).toBe(partKey(part, settings));
  });

  it('changes with what the index holds: a title, an abstract, a topic, a paper more', () => {
    const key = partKey(part, settings);
    expect(partKey([record('a', '2025-08-30', 'A new title'), part[1]!], settings)).not.toBe(key);
    expect(partKey([{ ...part[0]!, html: '<p>other</p>', text: 'other' }, part[1]!], settings)).not.toBe(key);
    expect(partKey([{ ...part[0]!, topics: [{ id: 'vision', name: 'Vision' }] }, part[1]!], settings)).not.toBe(key);
    expect(partKey([...part, record('c', '2025-08-29')], settings)).not.toBe(key);
  });

  it('changes with how Pagefind indexes: its version and its environment', () => {
    const key = partKey(part, settings);
    expect(partKey(part, { ...settings, pagefind: '1.6.1' })).not.toBe(key);
    expect(partKey(part, { ...settings, environment: { CHUNK: '4000' } })).not.toBe(key);
  });

  it('does not change with when a paper was first listed, which the index does not hold', () => {
    expect(partKey([{ ...part[0]!, firstDay: '2025-08-01' }, part[1]!], settings)).toBe(partKey(part, settings));
  });
});
