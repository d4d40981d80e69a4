import { describe, expect, test } from 'vitest';
import { undatedListingDays, type EarlierListings, type RunDump } from '../../../../scripts/lib/undated-listing-days.ts';
import { titleKey } from '../../../../src/format/paper-key.ts';
import { formatProblem } from '../../../../src/format/problem.ts';
import type { Day } from '../../../../src/format/day.ts';

/** A dump of this run: dated when `day` is given, else undated and named after its file. */
const dump = (file: string, titles: string[], day?: Day, label?: string): RunDump => ({
  file,
  source: file,
  id: day ?? file.replace(/\.txt$/, ''),
  day,
  titles,
  evidence: { file, ...(day === undefined ? {} : { flag: day }), label },
});

/** What earlier ingests recorded: undated listings (id → its file's titles, and its date line) and days (file → day → titles). */
const earlier = (undated: Record<string, { titles: string[]; label?: string }>, days: Record<string, Record<string, string[]>> = {}): EarlierListings => ({
  undated: new Map(Object.entries(undated).map(([id, { titles, label }]) => [id, { sources: new Set([`${id}.txt`]), papers: titles.map((t) => [titleKey(t)]), label }])),
  days: new Map(Object.entries(days).map(([source, byDay]) => [source, new Map(Object.entries(byDay).map(([day, titles]) => [day as Day, titles.map((t) => [titleKey(t)])]))])),
});

const decide = (run: RunDump[], before: EarlierListings = earlier({})) => {
  const result = undatedListingDays(run, before);
  return { dated: Object.fromEntries(result.dated), moves: result.moves.map((m) => [m.id, m.day, formatProblem(m.note)]), warnings: result.warnings.map(formatProblem) };
};

const THREE = ['Folded Ropes', 'Knots Hold', 'Braided Cords'];
const TWO = ['Paper Cranes', 'Wet Origami'];

describe('undatedListingDays', () => {
  test('moves a published undated listing of three papers or more to the day of a dump of this run that holds every one of them', () => {
    const result = decide([dump('2025-06-12.txt', [...TWO, ...THREE], '2025-06-12')], earlier({ saved: { titles: THREE } }));
    expect(result.moves).toEqual([
      [
        'saved',
        '2025-06-12',
        "2025-06-12.txt: has every paper of the undated listing `saved` (all 3, ingested from `saved.txt`), so that listing is this day's: moved it to 2025-06-12, as ingesting `saved.txt` with `--date 2025-06-12` would; /listings/saved/ now redirects there",
      ],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('a smaller listing is a day’s only as the very papers of one of its dumps (the same dump under another name); another day repeats a paper or two', () => {
    expect(decide([dump('2025-06-12.txt', TWO, '2025-06-12')], earlier({ saved: { titles: TWO } })).moves.map(([id, day]) => [id, day])).toEqual([['saved', '2025-06-12']]);
    const repeated = decide([dump('2025-06-12.txt', [...TWO, ...THREE], '2025-06-12')], earlier({ saved: { titles: TWO } }));
    expect(repeated.moves).toEqual([]);
    expect(repeated.warnings).toEqual([
      "2025-06-12.txt: 2 of its 5 papers are also on the undated listing `saved` (of 2 there, ingested from `saved.txt`), so they are listed twice: if that listing is this day's, ingest `saved.txt` again with `--date 2025-06-12` (it moves to the day, and its URL redirects there); if it is another listing (another day's, or a week's), leave it",
    ]);
  });

  test('leaves a listing that holds more than the day (a week’s), with a warning, and says nothing of one that shares a paper or so', () => {
    const week = decide([dump('2025-06-12.txt', THREE, '2025-06-12')], earlier({ week: { titles: [...THREE, ...TWO, 'Loose Knots'] } }));
    expect(week.moves).toEqual([]);
    expect(week.warnings).toEqual([
      "2025-06-12.txt: all 3 of its papers are also on the undated listing `week` (of 6 there, ingested from `week.txt`), so they are listed twice: if that listing is this day's, ingest `week.txt` again with `--date 2025-06-12` (it moves to the day, and its URL redirects there); if it is another listing (another day's, or a week's), leave it",
    ]);
    expect(decide([dump('2025-06-12.txt', [...THREE, ...TWO], '2025-06-12')], earlier({ other: { titles: ['Folded Ropes', 'Loose Knots', 'Tight Knots', 'Slip Knots'] } }))).toEqual({ dated: {}, moves: [], warnings: [] });
  });

  test('does not move a listing dated another day by its date line', () => {
    const result = decide([dump('2025-06-12.txt', THREE, '2025-06-12')], earlier({ saved: { titles: THREE, label: 'Jun 11' } }));
    expect(result.moves).toEqual([]);
    expect(result.warnings).toEqual([
      '2025-06-12.txt: has every paper of the undated listing `saved` (all 3, ingested from `saved.txt`), but that listing is dated `Jun 11`, not 12 June 2025, so both list them: check the day of each dump',
    ]);
    expect(decide([dump('2025-06-12.txt', THREE, '2025-06-12')], earlier({ saved: { titles: THREE, label: 'Jun 12' } })).moves.map(([id]) => id)).toEqual(['saved']);
  });

  test('leaves a listing its own dump dates in this run (`--date` under its file name does that already)', () => {
    expect(decide([dump('saved.txt', THREE, '2025-06-12')], earlier({ saved: { titles: THREE } }))).toEqual({ dated: {}, moves: [], warnings: [] });
  });

  test('files an undated dump of this run under the day that holds all its papers, published or in this run, if its date line fits', () => {
    const published = earlier({}, { '2025-06-12.txt': { '2025-06-12': [...THREE, ...TWO] } });
    expect(decide([dump('saved.txt', THREE)], published)).toEqual({
      dated: { saved: '2025-06-12' },
      moves: [],
      warnings: ["saved.txt: the dump gives no day, but the listing of 2025-06-12 has every one of its 3 papers (from `2025-06-12.txt`), so it is that day's dump: filed it under 2025-06-12, as `--date 2025-06-12` would"],
    });
    expect(decide([dump('saved.txt', THREE), dump('2025-06-12.txt', THREE, '2025-06-12')]).dated).toEqual({ saved: '2025-06-12' });
    const otherDay = decide([dump('saved.txt', THREE, undefined, 'Jun 11')], published);
    expect(otherDay.dated).toEqual({});
    expect(otherDay.warnings).toEqual([
      'saved.txt: the listing of 2025-06-12 has every one of its 3 papers (from `2025-06-12.txt`), but `--date 2025-06-12` does not fit the dump (the listing is dated `Jun 11`, but --date gives 12 June 2025), so both list them: check the day of each dump',
    ]);
  });

  test('files an undated dump under no day when two days each hold all its papers', () => {
    const result = decide([dump('saved.txt', THREE)], earlier({}, { 'a.txt': { '2025-06-12': THREE }, 'b.txt': { '2025-06-13': THREE } }));
    expect(result.dated).toEqual({});
    expect(result.warnings).toEqual([
      "saved.txt: all 3 of its papers are also on the listing of 2025-06-12 (of 3 there, from `a.txt`), so they are listed twice: if this dump is that day's, ingest it again with `--date 2025-06-12` (its papers are then listed there once); if it is another listing (another day's, or a week's), leave it",
    ]);
  });
});
