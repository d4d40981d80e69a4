import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_PARTS, partKey, searchParts } from '../../../../src/integrations/search-parts.ts';
import { ARCHIVE_PART_PAPERS, isSearchPartFolder } from '../../../../src/lib/search-folders.ts';
import type { SearchRecord } from '../../../../src/integrations/search-records.ts';

const record = (slug: string, firstDay?: string, title = slug): SearchRecord => ({
  url: `/papers/${slug}/`,
  title,
  formerTitles: [],
  html: `<p>${title} abstract</p>`,
  text: `${title} abstract`,
  plain: `${title} abstract`,
  topics: [{ id: 'other', name: 'Other' }],
  ...(firstDay === undefined ? {} : { firstDay }),
});

const folders = (parts: ReturnType<typeof searchParts>) => parts.map((p) => [p.folder, p.records.map((r) => r.url.split('/')[2]).sort()]);

describe('searchParts', () => {
  it('puts the papers first listed in the latest month in parts of their own (its latest week, its days before), the rest in the archive', () => {
    const parts = searchParts([record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-21'), record('d'), record('e', '2024-09-05')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'd', 'e']],
      ['pagefind-recent', ['b']],
      ['pagefind-week', ['c']],
    ]);
  });

  it('takes the latest month across years', () => {
    const parts = searchParts([record('a', '2025-12-31'), record('b', '2026-01-01')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a']],
      ['pagefind-week', ['b']],
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
    const archive = Array.from({ length: 7 }, (_, i) => record(`p${i}`, `2025-08-0${i + 1}`));
    const used = new Set(searchParts([...archive, record('b', '2025-09-01'), record('c', '2025-09-18')], { archivePart: 2 }).map((p) => p.folder));
    expect(used.size).toBe(6);
    for (const folder of used) expect(isSearchPartFolder(folder)).toBe(true);
  });
});

describe('searchParts: the latest week', () => {
  // 2025-09-15 is a Monday: the ISO week of 2025-09-18 (a Thursday) is 15-21 September.
  it('puts the papers first listed in the latest listing day’s week (Monday to Sunday) in pagefind-week/, the month’s earlier papers in pagefind-recent/', () => {
    const parts = searchParts([record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-14'), record('d', '2025-09-15'), record('e', '2025-09-18'), record('f')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'f']],
      ['pagefind-recent', ['b', 'c']],
      ['pagefind-week', ['d', 'e']],
    ]);
  });

  it('keeps the week’s first days in it whichever day of the week is the latest: the month’s earlier papers stay as they were until the next Monday', () => {
    const before = [record('a', '2025-08-30'), record('b', '2025-09-02'), record('d', '2025-09-15')];
    const monday = folders(searchParts(before));
    const sunday = folders(searchParts([...before, record('e', '2025-09-21')]));
    expect(sunday.slice(0, 2)).toEqual(monday.slice(0, 2));
    expect(sunday[2]).toEqual(['pagefind-week', ['d', 'e']]);
    expect(folders(searchParts([...before, record('e', '2025-09-21'), record('g', '2025-09-22')]))).toEqual([
      ['pagefind', ['a']],
      ['pagefind-recent', ['b', 'd', 'e']],
      ['pagefind-week', ['g']],
    ]);
  });

  it('ends the week at the month’s start when the week spans two months: the days of the month before are in the archive', () => {
    // 2025-09-29 is a Monday: the week of 2025-10-02 is 29 September to 5 October.
    const parts = searchParts([record('a', '2025-09-20'), record('b', '2025-09-29'), record('c', '2025-10-01'), record('d', '2025-10-02')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'b']],
      ['pagefind-week', ['c', 'd']],
    ]);
  });

  it('has no pagefind-recent/ when the latest month’s papers are all of the latest week, nor when there is a single day', () => {
    expect(folders(searchParts([record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-03')]))).toEqual([
      ['pagefind', ['a']],
      ['pagefind-week', ['b', 'c']],
    ]);
    expect(folders(searchParts([record('a'), record('b', '2025-09-03')]))).toEqual([
      ['pagefind', ['a']],
      ['pagefind-week', ['b']],
    ]);
    expect(folders(searchParts([record('a', '2025-09-03'), record('b', '2025-09-03')]))).toEqual([['pagefind', ['a', 'b']]]);
  });

  it('is one part when every paper is of the latest month, whatever its weeks', () => {
    expect(folders(searchParts([record('a', '2025-09-01'), record('b', '2025-09-15'), record('c', '2025-09-30')]))).toEqual([['pagefind', ['a', 'b', 'c']]]);
  });

  it('puts undated papers in the archive, never in the week or the month', () => {
    expect(folders(searchParts([record('u'), record('b', '2025-09-01'), record('c', '2025-09-18')]))).toEqual([
      ['pagefind', ['u']],
      ['pagefind-recent', ['b']],
      ['pagefind-week', ['c']],
    ]);
  });
});

describe('searchParts: an archive larger than a part', () => {
  const slugs = (parts: ReturnType<typeof searchParts>) => parts.map((p) => [p.folder, p.records.map((r) => r.url.split('/')[2])]);

  it('is split in parts of a fixed number of papers, oldest first: undated, then by first day, then by URL', () => {
    const records = [record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-21'), record('d'), record('e', '2024-09-05'), record('f', '2025-08-30'), record('g')];
    expect(slugs(searchParts(records, { archivePart: 2 }))).toEqual([
      ['pagefind', ['d', 'g']],
      ['pagefind-2', ['e', 'a']],
      ['pagefind-3', ['f']],
      ['pagefind-recent', ['b']],
      ['pagefind-week', ['c']],
    ]);
  });

  it('holds 16,384 papers a part by default', () => {
    const archive = Array.from({ length: ARCHIVE_PART_PAPERS + 1 }, (_, i) => record(`p${String(i).padStart(5, '0')}`, '2025-08-01'));
    expect(searchParts([...archive, record('new', '2025-09-01')]).map((p) => [p.folder, p.records.length])).toEqual([
      ['pagefind', ARCHIVE_PART_PAPERS],
      ['pagefind-2', 1],
      ['pagefind-week', 1],
    ]);
  });

  it('keeps every archive part but the last as it was when a month of papers joins the archive', () => {
    const august = Array.from({ length: 5 }, (_, i) => record(`aug${i}`, `2025-08-1${i}`));
    const september = Array.from({ length: 3 }, (_, i) => record(`sep${i}`, `2025-09-1${i}`));
    const before = searchParts([...august, ...september], { archivePart: 2 });
    const after = searchParts([...august, ...september, record('oct', '2025-10-01')], { archivePart: 2 });
    expect(slugs(before).slice(0, 2)).toEqual(slugs(after).slice(0, 2));
    expect(slugs(after).slice(2)).toEqual([
      ['pagefind-3', ['aug4', 'sep0']],
      ['pagefind-4', ['sep1', 'sep2']],
      ['pagefind-week', ['oct']],
    ]);
  });

  it(`doubles the part's size when the archive would need more than ${MAX_ARCHIVE_PARTS} parts (the vocabulary marks indexes in a 31-bit mask)`, () => {
    const archive = (n: number) => Array.from({ length: n }, (_, i) => record(`p${String(i).padStart(4, '0')}`, '2025-08-01'));
    const sizes = (n: number) => searchParts([...archive(n), record('new', '2025-09-01')], { archivePart: 4 }).map((p) => p.records.length);
    // Parts of `size` for `n` papers: full ones, then the rest (if any).
    const split = (n: number, size: number) => [...Array<number>(Math.floor(n / size)).fill(size), ...(n % size ? [n % size] : [])];
    expect(sizes(4 * MAX_ARCHIVE_PARTS)).toEqual([...split(4 * MAX_ARCHIVE_PARTS, 4), 1]);
    expect(sizes(4 * MAX_ARCHIVE_PARTS + 1)).toEqual([...split(4 * MAX_ARCHIVE_PARTS + 1, 8), 1]);
    expect(sizes(8 * MAX_ARCHIVE_PARTS + 1)).toEqual([...split(8 * MAX_ARCHIVE_PARTS + 1, 16), 1]);
  });

  it('keeps every index within the vocabulary’s 31-bit mask: the archive’s parts, the latest month’s and the latest week’s', () => {
    expect(MAX_ARCHIVE_PARTS + 2).toBe(31);
    const archive = Array.from({ length: 4 * MAX_ARCHIVE_PARTS + 1 }, (_, i) => record(`p${String(i).padStart(4, '0')}`, '2025-08-01'));
    const parts = searchParts([...archive, record('month', '2025-09-01'), record('week', '2025-09-18')], { archivePart: 4 });
    expect(parts.length).toBeLessThanOrEqual(31);
    expect(parts.slice(-2).map((p) => p.folder)).toEqual(['pagefind-recent', 'pagefind-week']);
  });

  it('does not depend on the order of the records, within parts either', () => {
    const records = [record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-21'), record('d'), record('e', '2024-09-05'), record('f', '2025-08-30'), record('g')];
    const shuffled = [records[4]!, records[6]!, records[0]!, records[2]!, records[5]!, records[1]!, records[3]!];
    expect(slugs(searchParts(shuffled, { archivePart: 2 }))).toEqual(slugs(searchParts(records, { archivePart: 2 })));
    expect(slugs(searchParts([...records].reverse(), { archivePart: 2 }))).toEqual(slugs(searchParts(records, { archivePart: 2 })));
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
    expect(partKey([{ ...part[0]!, html: '<p>other</p>', text: 'other', plain: 'other' }, part[1]!], settings)).not.toBe(key);
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
