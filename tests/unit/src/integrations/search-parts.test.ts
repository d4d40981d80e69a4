import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_PARTS, partKey, RECORD_INDEX_CODE, searchParts } from '../../../../src/integrations/search-parts.ts';
import { ARCHIVE_PART_PAPERS, isSearchPartFolder } from '../../../../src/lib/search-folders.ts';
import type { SearchRecord } from '../../../../src/integrations/search-records.ts';
import { unhashedModules } from '../../../support/code-coverage.ts';

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
  it('puts the papers first listed in the latest month in a part a calendar week, the rest in the archive', () => {
    const parts = searchParts([record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-21'), record('d'), record('e', '2024-09-05')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'd', 'e']],
      ['pagefind-week-2025-09-01', ['b']],
      ['pagefind-week-2025-09-15', ['c']],
    ]);
  });

  it('takes the latest month across years', () => {
    // 1 January 2026 is a Thursday: its week, from Monday 29 December, is cut at the month's first day.
    const parts = searchParts([record('a', '2025-12-31'), record('b', '2026-01-01')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a']],
      ['pagefind-week-2026-01-01', ['b']],
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

describe('searchParts: the latest month, a part a week', () => {
  // 2025-09-01 is a Monday: September 2025's weeks start on the 1st, 8th, 15th, 22nd and 29th.
  it('puts each calendar week (Monday to Sunday) of the latest month in a part of its own, named by the week’s first day', () => {
    const parts = searchParts([record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-14'), record('d', '2025-09-15'), record('e', '2025-09-18'), record('f')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'f']],
      ['pagefind-week-2025-09-01', ['b']],
      ['pagefind-week-2025-09-08', ['c']],
      ['pagefind-week-2025-09-15', ['d', 'e']],
    ]);
  });

  it('on a Monday adds the new week’s part and leaves every earlier part’s records as they were; a later day of the week changes only its part', () => {
    const before = [record('a', '2025-08-30'), record('b', '2025-09-02'), record('d', '2025-09-15')];
    const monday = searchParts(before);
    const sunday = searchParts([...before, record('e', '2025-09-21')]);
    expect(sunday.slice(0, -1)).toEqual(monday.slice(0, -1));
    expect(folders(sunday).at(-1)).toEqual(['pagefind-week-2025-09-15', ['d', 'e']]);
    const next = searchParts([...before, record('e', '2025-09-21'), record('g', '2025-09-22')]);
    expect(next.slice(0, -1)).toEqual(sunday);
    expect(folders(next).at(-1)).toEqual(['pagefind-week-2025-09-22', ['g']]);
  });

  it('has a part for each of the six calendar weeks a month can span', () => {
    // 1 March 2026 is a Sunday: the month's weeks start on the 1st (cut), 2nd, 9th, 16th, 23rd and 30th.
    const days = ['2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-29', '2026-03-30', '2026-03-31'];
    const parts = searchParts([record('old', '2026-02-27'), ...days.map((day) => record(`m${day.slice(-2)}`, day))]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['old']],
      ['pagefind-week-2026-03-01', ['m01']],
      ['pagefind-week-2026-03-02', ['m02', 'm08']],
      ['pagefind-week-2026-03-09', ['m09']],
      ['pagefind-week-2026-03-16', ['m16']],
      ['pagefind-week-2026-03-23', ['m23', 'm29']],
      ['pagefind-week-2026-03-30', ['m30', 'm31']],
    ]);
  });

  it('cuts a week that spans two months at the month’s first day: the days of the month before are in the archive', () => {
    // 2025-09-29 is a Monday: the week of 2025-10-02 is 29 September to 5 October.
    const september = [record('a', '2025-09-20'), record('b', '2025-09-29')];
    const first = searchParts([...september, record('c', '2025-10-01')]);
    expect(folders(first)).toEqual([
      ['pagefind', ['a', 'b']],
      ['pagefind-week-2025-10-01', ['c']],
    ]);
    const monday = searchParts([...september, record('c', '2025-10-01'), record('d', '2025-10-02'), record('e', '2025-10-06')]);
    expect(folders(monday)).toEqual([
      ['pagefind', ['a', 'b']],
      ['pagefind-week-2025-10-01', ['c', 'd']],
      ['pagefind-week-2025-10-06', ['e']],
    ]);
  });

  it('on the first day of a month moves the month before’s weeks into the archive, and the new month has one week’s part', () => {
    const parts = searchParts([record('a', '2025-08-30'), record('b', '2025-09-02'), record('c', '2025-09-15'), record('d', '2025-09-30'), record('e', '2025-10-01')]);
    expect(folders(parts)).toEqual([
      ['pagefind', ['a', 'b', 'c', 'd']],
      ['pagefind-week-2025-10-01', ['e']],
    ]);
  });

  it('is one part when every paper is of the latest month, whatever its weeks', () => {
    expect(folders(searchParts([record('a', '2025-09-01'), record('b', '2025-09-15'), record('c', '2025-09-30')]))).toEqual([['pagefind', ['a', 'b', 'c']]]);
  });

  it('puts undated papers in the archive, never in a week', () => {
    expect(folders(searchParts([record('u'), record('b', '2025-09-01'), record('c', '2025-09-18')]))).toEqual([
      ['pagefind', ['u']],
      ['pagefind-week-2025-09-01', ['b']],
      ['pagefind-week-2025-09-15', ['c']],
    ]);
    expect(folders(searchParts([record('u'), record('v'), record('c', '2025-09-18')]))).toEqual([
      ['pagefind', ['u', 'v']],
      ['pagefind-week-2025-09-15', ['c']],
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
      ['pagefind-week-2025-09-01', ['b']],
      ['pagefind-week-2025-09-15', ['c']],
    ]);
  });

  it('holds 16,384 papers a part by default', () => {
    const archive = Array.from({ length: ARCHIVE_PART_PAPERS + 1 }, (_, i) => record(`p${String(i).padStart(5, '0')}`, '2025-08-01'));
    expect(searchParts([...archive, record('new', '2025-09-01')]).map((p) => [p.folder, p.records.length])).toEqual([
      ['pagefind', ARCHIVE_PART_PAPERS],
      ['pagefind-2', 1],
      ['pagefind-week-2025-09-01', 1],
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
      ['pagefind-week-2025-10-01', ['oct']],
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

  it('keeps every index within the vocabulary’s 31-bit mask: the archive’s parts and the six weeks a month can span', () => {
    expect(MAX_ARCHIVE_PARTS + 6).toBe(31);
    const archive = Array.from({ length: 4 * MAX_ARCHIVE_PARTS }, (_, i) => record(`p${String(i).padStart(4, '0')}`, '2026-02-01'));
    // 1 March 2026 is a Sunday: March 2026 spans six calendar weeks.
    const month = ['2026-03-01', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'].map((day) => record(`m${day}`, day));
    const parts = searchParts([...archive, ...month], { archivePart: 4 });
    expect(parts.length).toBe(31);
    expect(parts.slice(-6).map((p) => p.folder)).toEqual(month.map((r) => `pagefind-week-${r.firstDay}`));
  });

  it('does not depend on the order of the records, within parts either', () => {
    const records = [record('a', '2025-08-30'), record('b', '2025-09-01'), record('c', '2025-09-21'), record('d'), record('e', '2024-09-05'), record('f', '2025-08-30'), record('g')];
    const shuffled = [records[4]!, records[6]!, records[0]!, records[2]!, records[5]!, records[1]!, records[3]!];
    expect(slugs(searchParts(shuffled, { archivePart: 2 }))).toEqual(slugs(searchParts(records, { archivePart: 2 })));
    expect(slugs(searchParts([...records].reverse(), { archivePart: 2 }))).toEqual(slugs(searchParts(records, { archivePart: 2 })));
  });
});

describe('isSearchPartFolder', () => {
  it('knows the archive’s parts and the weeks’ parts', () => {
    for (const name of ['pagefind', 'pagefind-2', 'pagefind-25', 'pagefind-week-2025-09-01', 'pagefind-week-2026-03-30']) expect(isSearchPartFolder(name), name).toBe(true);
  });

  it('does not know folders that are no part, among them the latest month’s and week’s of earlier versions, which the next build prunes', () => {
    for (const name of ['pagefind-recent', 'pagefind-week', 'pagefind-1', 'pagefind-02', 'pagefind-week-2025-9-1', 'pagefind-week-2025-02-30', 'pagefind-week-2025-09-01x', 'pagefind-y2025', 'search-index', 'pagefind-week-2025-09-01.folio-old']) {
      expect(isSearchPartFolder(name), name).toBe(false);
    }
  });
});

describe('partKey', () => {
  const settings = { pagefind: '1.6.0', environment: { CHUNK: '5000' }, code: 'code-1', runtime: 'v24.21.0 unicode 16.0' };
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

  it('changes with each field of a record its page is made from, each on its own', () => {
    const key = partKey(part, settings);
    const a = part[0]!;
    const changed: SearchRecord[] = [
      { ...a, url: '/papers/a2/' },
      { ...a, formerTitles: ['An older title'] },
      { ...a, html: '<p>a abstract!</p>' },
      { ...a, text: 'a abstract $x$' },
      { ...a, plain: 'a abstract x' },
      { ...a, topics: [{ id: 'other', name: 'Others' }] },
      { ...a, topics: [{ id: 'others', name: 'Other' }] },
    ];
    for (const record of changed) expect(partKey([record, part[1]!], settings), JSON.stringify(record)).not.toBe(key);
  });

  it("changes with the code that makes a record's page and with the runtime that folds its words", () => {
    const key = partKey(part, settings);
    expect(partKey(part, { ...settings, code: 'code-2' })).not.toBe(key);
    expect(partKey(part, { ...settings, runtime: 'v26.0.0 unicode 17.0' })).not.toBe(key);
  });

  it("counts as its code every module a part's index is made with (index-records.ts and all it imports)", () => {
    expect(unhashedModules(new URL('../../../../src/integrations/index-records.ts', import.meta.url), RECORD_INDEX_CODE)).toEqual([]);
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
