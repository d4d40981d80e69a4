import { describe, expect, test } from 'vitest';
import { fileListingId, fileListingIds, resolveListingDay } from '../../../../scripts/lib/listing-day.ts';
import { dateLabelReadings, parseDateLabel, readDateLabel } from '../../../../scripts/lib/listing-date.ts';
import { formatProblem } from '../../../../src/format/problem.ts';

const resolve = (evidence: Parameters<typeof resolveListingDay>[0]) => {
  const r = resolveListingDay(evidence);
  return { id: r.id, day: r.day, problems: r.problems.map(formatProblem), warnings: r.warnings.map(formatProblem) };
};

describe('readDateLabel', () => {
  test.each([
    ['Mar 14', { month: 3, date: 14 }],
    ['March 14, 2025', { month: 3, date: 14, year: 2025 }],
    ['14 Mar 2025', { month: 3, date: 14, year: 2025 }],
    ['Sep 3', { month: 9, date: 3 }],
    ['Jun 1st', { month: 6, date: 1 }],
    ['2025-03-14', { month: 3, date: 14, year: 2025 }],
    ['Feb 29', { month: 2, date: 29 }],
  ])('reads %j', (label, expected) => expect(readDateLabel(label)).toEqual(expected));
  test.each(['Feb 30', 'Feb 29, 2025', '2025-02-30', 'Apr 31'])('refuses %j, which no calendar has', (label) => expect(readDateLabel(label)).toBeUndefined());
  test.each([
    ['Friday, March 14, 2025', { month: 3, date: 14, year: 2025 }],
    ['Fri, Mar 14', { month: 3, date: 14 }],
    ['Friday 14 March 2025', { month: 3, date: 14, year: 2025 }],
    ['14. M\u00E4rz 2025', { month: 3, date: 14, year: 2025 }],
    ['vendredi 14 mars 2025', { month: 3, date: 14, year: 2025 }],
    ['14 de marzo de 2025', { month: 3, date: 14, year: 2025 }],
    ['14 \u043C\u0430\u0440\u0442\u0430 2025 \u0433.', { month: 3, date: 14, year: 2025 }],
    ['14 mar 2025', { month: 3, date: 14, year: 2025 }],
    ['2025\u5E743\u670814\u65E5', { month: 3, date: 14, year: 2025 }],
    ['3\u670814\u65E5', { month: 3, date: 14 }],
    ['2025\uB144 3\uC6D4 14\uC77C', { month: 3, date: 14, year: 2025 }],
    ['2025/03/14', { month: 3, date: 14, year: 2025 }],
    ['14.03.2025', { month: 3, date: 14, year: 2025 }],
  ])('reads %j, a date as a browser formats it in another form or language', (label, expected) => {
    expect(parseDateLabel(label)).toBe(label);
    expect(readDateLabel(label)).toEqual(expected);
  });
  test.each(['Mar 14 Models', '14 Tokenizers', 'Fri', '2 days ago', 'Week 11', 'March 2025', 'Friday, March 14 Papers', '1/2', '3/14', '13/14/2025', '3/14/2025/1', '3/14-2025'])(
    'does not read %j as a date',
    (line) => expect(parseDateLabel(line)).toBeUndefined(),
  );
  test.each([
    ['3/14/2025', { month: 3, date: 14, year: 2025 }],
    ['03/14/2025', { month: 3, date: 14, year: 2025 }],
    ['14/03/2025', { month: 3, date: 14, year: 2025 }],
    ['14/3/2025', { month: 3, date: 14, year: 2025 }],
    ['3/14/25', { month: 3, date: 14, year: 2025 }],
    ['14-3-2025', { month: 3, date: 14, year: 2025 }],
    ['Fri, 3/14/2025', { month: 3, date: 14, year: 2025 }],
    ['3/3/2025', { month: 3, date: 3, year: 2025 }],
  ])('reads %j, a date in figures with the year last, when only one order of month and day fits', (label, expected) => {
    expect(parseDateLabel(label)).toBe(label);
    expect(readDateLabel(label)).toEqual(expected);
    expect(dateLabelReadings(label)).toEqual([expected]);
  });
  test('reads a date in figures that fits both orders as a date line of two possible days, and gives no day itself', () => {
    expect(parseDateLabel('03/04/2025')).toBe('03/04/2025');
    expect(readDateLabel('03/04/2025')).toBeUndefined();
    expect(dateLabelReadings('03/04/2025')).toEqual([
      { month: 3, date: 4, year: 2025 },
      { month: 4, date: 3, year: 2025 },
    ]);
    expect(dateLabelReadings('Mar 14')).toEqual([{ month: 3, date: 14 }]);
    expect(dateLabelReadings('2/30/2025')).toEqual([]);
  });
  test('reads a date of three two-digit figures as year first too (`25/03/14`, `25-03-14`: 14 March 2025 as Japanese, Chinese and Swedish browsers write it), never as a day of 2014 alone', () => {
    expect(readDateLabel('25/03/14')).toBeUndefined();
    expect(dateLabelReadings('25/03/14')).toEqual([
      { month: 3, date: 25, year: 2014 },
      { month: 3, date: 14, year: 2025 },
    ]);
    expect(dateLabelReadings('25-03-14')).toEqual([
      { month: 3, date: 25, year: 2014 },
      { month: 3, date: 14, year: 2025 },
    ]);
    expect(dateLabelReadings('14/03/25')).toEqual([
      { month: 3, date: 14, year: 2025 },
      { month: 3, date: 25, year: 2014 },
    ]);
    // A first figure written with one digit is no two-digit year; nor is a first figure no month follows.
    expect(dateLabelReadings('3/14/25')).toEqual([{ month: 3, date: 14, year: 2025 }]);
    expect(dateLabelReadings('12/31/24')).toEqual([{ month: 12, date: 31, year: 2024 }]);
    // Readings that name the same day are one.
    expect(dateLabelReadings('03/03/03')).toEqual([{ month: 3, date: 3, year: 2003 }]);
  });
});

describe("resolveListingDay: a title that is the listing's own date", () => {
  const titles = (...t: string[]) => t.map((text, i) => ({ text, line: 11 + 4 * i }));
  test.each([
    ['its date line (blank-line layout)', { file: 'saved.txt', label: 'Mar 14', labelLine: 9 }, 'Mar 14'],
    ['its date line, written another way', { file: 'saved.txt', label: 'March 14, 2025', labelLine: 9 }, 'Mar 14'],
    ['its file name (one-line layout, no date line)', { file: '2025-03-14.txt' }, 'Mar 14'],
    ['--date', { file: 'saved.txt', flag: '2025-03-14' as const }, 'Friday, March 14, 2025'],
  ])('stops at a title naming the day given by %s, a line of the page, not a paper', (_, evidence, title) => {
    expect(resolve({ ...evidence, titles: titles('One', title) }).problems).toEqual([
      `${evidence.file}:15: found the listing's own date ${'`'}${title}${'`'} where a paper's title belongs (over an abstract): a date line is the page's, not a paper's title; is the paper's title missing? (put it in place of this line)`,
    ]);
  });
  test("keeps a date of another day as a title, as before", () => {
    expect(resolve({ file: '2025-03-14.txt', titles: titles('Mar 15', '2024-01-01') }).problems).toEqual([]);
  });
});

describe('resolveListingDay', () => {
  test('takes the day from --date, before anything else', () => {
    expect(resolve({ file: 'dumps/daily-2025-03-15.txt', flag: '2025-03-14' })).toEqual({ id: '2025-03-14', day: '2025-03-14', problems: [], warnings: [] });
  });
  test('takes the day from a date in the file name', () => {
    expect(resolve({ file: 'dumps/2025-03-14.txt', label: 'Mar 14', labelLine: 7 }).day).toBe('2025-03-14');
    expect(resolve({ file: 'dumps/daily-2025-03-14.txt' }).id).toBe('2025-03-14');
    // Written without dashes, as many people name files: it said "dated `Mar 14` without a year".
    expect(resolve({ file: 'dumps/20250314.txt', label: 'Mar 14', labelLine: 7 })).toEqual({ id: '2025-03-14', day: '2025-03-14', problems: [], warnings: [] });
    expect(resolve({ file: 'dumps/2025.03.14.txt', label: 'Mar 14', labelLine: 7 }).day).toBe('2025-03-14');
  });
  test('takes the day from a date label that prints its year', () => {
    expect(resolve({ file: 'saved.txt', label: 'March 14, 2025', labelLine: 3 }).day).toBe('2025-03-14');
  });
  test('takes the day an earlier ingest gave the same dump under its file name, when there was one', () => {
    const same = (day: string) => ({ day, shared: 3, papers: 3, recorded: 3 });
    expect(resolve({ file: 'seeds/000_ab.txt', label: 'Mar 14', labelLine: 7, earlier: [same('2025-03-14')] }).day).toBe('2025-03-14');
    expect(resolve({ file: 'daily.txt', earlier: [same('2025-03-14'), same('2025-03-15')] }).day).toBeUndefined();
    expect(resolve({ file: 'daily.txt', earlier: [same('2025-03-14'), { day: '2025-03-15', shared: 0, papers: 3, recorded: 3 }] }).day).toBe('2025-03-14');
  });
  test('refuses another dump under a remembered file name, and a dump given another day than it was filed under', () => {
    expect(resolve({ file: 'daily.txt', earlier: [{ day: '2025-03-14', shared: 1, papers: 30, recorded: 30 }] }).problems).toEqual([
      'daily.txt: an earlier ingest filed a dump of this name as the listing of 2025-03-14, but this is another dump (only 1 of its 30 papers is on that listing, of 30 there); give its day with `--date YYYY-MM-DD` or a file name such as `YYYY-MM-DD.txt`',
    ]);
    expect(resolve({ file: 'daily.txt', flag: '2025-03-15', earlier: [{ day: '2025-03-14', shared: 10, papers: 30, recorded: 10 }] }).problems).toEqual([
      expect.stringMatching(/^daily\.txt: was ingested before as the listing of 2025-03-14 \(its papers are on that day's page\); a dump is one day/),
    ]);
    expect(resolve({ file: 'daily.txt', flag: '2025-03-15', earlier: [{ day: '2025-03-14', shared: 1, papers: 30, recorded: 30 }] }).problems).toEqual([]);
  });
  test('takes the day of a date in figures that one order fits, and checks it against the day given', () => {
    expect(resolve({ file: 'saved.txt', label: '3/14/2025', labelLine: 5 })).toEqual({ id: '2025-03-14', day: '2025-03-14', problems: [], warnings: [] });
    expect(resolve({ file: 'saved.txt', label: '14/03/2025', labelLine: 5 }).day).toBe('2025-03-14');
    expect(resolve({ file: '2025-03-15.txt', label: '3/14/2025', labelLine: 5 }).problems).toEqual([
      '2025-03-15.txt:5: the listing is dated `3/14/2025`, but its file name gives 15 March 2025; expected the same day: if the page is the listing of 14 March 2025 (a page saved after midnight shows the day before), rename the file `2025-03-14.txt`; else correct the date or use another file',
    ]);
  });
  test('takes a date in figures that both orders fit as the day given that it agrees with, and never guesses between them', () => {
    expect(resolve({ file: '2025-04-03.txt', label: '03/04/2025', labelLine: 5 })).toEqual({ id: '2025-04-03', day: '2025-04-03', problems: [], warnings: [] });
    expect(resolve({ file: 'x.txt', flag: '2025-03-04', label: '03/04/2025', labelLine: 5 }).problems).toEqual([]);
    expect(resolve({ file: 'x.txt', flag: '2025-03-05', label: '03/04/2025', labelLine: 5 }).problems).toEqual([
      'x.txt:5: the listing is dated `03/04/2025`, but --date gives 5 March 2025; expected the same day (correct the date or use another file)',
    ]);
    expect(resolve({ file: 'saved.txt', label: '03/04/2025', labelLine: 5 })).toEqual({
      id: 'saved',
      day: undefined,
      problems: [],
      warnings: [
        'saved.txt:5: the listing is dated `03/04/2025`, which reads as 4 March 2025 (month first) or 3 April 2025 (day first), so it is named after its file (`saved`); give its day by ingesting it again with `--date YYYY-MM-DD`, or renamed (or copied) to `YYYY-MM-DD.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day',
      ],
    });
  });
  test('names a listing dated in two-digit figures that also read year first after its file, and takes the day given that one reading agrees with', () => {
    expect(resolve({ file: 'saved.txt', label: '25-03-14', labelLine: 9 })).toEqual({
      id: 'saved',
      day: undefined,
      problems: [],
      warnings: [
        'saved.txt:9: the listing is dated `25-03-14`, which reads as 25 March 2014 (day first) or 14 March 2025 (year first), so it is named after its file (`saved`); give its day by ingesting it again with `--date YYYY-MM-DD`, or renamed (or copied) to `YYYY-MM-DD.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day',
      ],
    });
    expect(resolve({ file: '2025-03-14.txt', label: '25/03/14', labelLine: 9 })).toEqual({ id: '2025-03-14', day: '2025-03-14', problems: [], warnings: [] });
    expect(resolve({ file: 'saved.txt', label: '14/03/25', labelLine: 9 }).warnings).toEqual([
      'saved.txt:9: the listing is dated `14/03/25`, which reads as 14 March 2025 (day first) or 25 March 2014 (year first), so it is named after its file (`saved`); give its day by ingesting it again with `--date YYYY-MM-DD`, or renamed (or copied) to `YYYY-MM-DD.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day',
    ]);
  });
  test('refuses a day’s label that gives no full date (14/03, Friday, 2025-W11) when it disagrees with the day given, and never dates a listing by it', () => {
    expect(resolve({ file: '2025-03-15.txt', dayLabels: [{ text: '14/03', line: 5 }] }).problems).toEqual([
      '2025-03-15.txt:5: the listing is labelled `14/03`, but its file name gives 15 March 2025; expected the same day (correct the label or use another file)',
    ]);
    expect(resolve({ file: '2025-03-15.txt', dayLabels: [{ text: 'Friday', line: 5 }] }).problems).toEqual([
      '2025-03-15.txt:5: the listing is labelled `Friday`, but its file name gives 15 March 2025; expected the same day (correct the label or use another file)',
    ]);
    expect(resolve({ file: 'x.txt', flag: '2025-03-20', dayLabels: [{ text: '2025-W11', line: 5 }] }).problems).toHaveLength(1);
    for (const [dayLabel, file] of [['14/03', '2025-03-14.txt'], ['3/14', '2025-03-14.txt'], ['03/04', '2025-04-03.txt'], ['03/04', '2025-03-04.txt'], ['Friday', '2025-03-14.txt'], ['Fri', '2025-03-14.txt'], ['2025-W11', '2025-03-16.txt'], ['2025 W11', '2025-03-16.txt'], ['2025W11', '2025-03-10.txt'], ['2025-W01', '2024-12-30.txt']]) {
      expect(resolve({ file: file!, dayLabels: [{ text: dayLabel!, line: 5 }] }), `${dayLabel} ${file}`).toEqual({ id: file!.slice(0, 10), day: file!.slice(0, 10), problems: [], warnings: [] });
    }
    expect(resolve({ file: 'saved.txt', dayLabels: [{ text: '14/03', line: 5 }] }).id).toBe('saved');
  });
  test('checks each of the day’s labels beside the date line (a weekday and an ISO week), naming the one that disagrees', () => {
    const labels = (weekday: string) => [{ text: weekday, line: 1 }, { text: '2025-W11', line: 5 }];
    expect(resolve({ file: '2025-03-14.txt', label: 'Mar 14', labelLine: 3, dayLabels: labels('Friday') }).problems).toEqual([]);
    expect(resolve({ file: '2025-03-14.txt', label: 'Mar 14', labelLine: 3, dayLabels: labels('Thursday') }).problems).toEqual([
      '2025-03-14.txt:1: the listing is labelled `Thursday`, but its file name gives 14 March 2025; expected the same day (correct the label or use another file)',
    ]);
    expect(resolve({ file: 'x.txt', flag: '2025-03-21', label: 'Mar 21', labelLine: 3, dayLabels: labels('Friday') }).problems).toEqual([
      'x.txt:5: the listing is labelled `2025-W11`, but --date gives 21 March 2025; expected the same day (correct the label or use another file)',
    ]);
  });
  test('refuses a date label that disagrees with the day given, naming the file and line', () => {
    expect(resolve({ file: 'dumps/2025-03-15.txt', label: 'Mar 14', labelLine: 7 }).problems).toEqual([
      'dumps/2025-03-15.txt:7: the listing is dated `Mar 14`, but its file name gives 15 March 2025; expected the same day: if the page is the listing of 14 March 2025 (a page saved after midnight shows the day before), rename the file `2025-03-14.txt`; else correct the date or use another file',
    ]);
    expect(resolve({ file: 'a.txt', flag: '2024-03-14', label: 'March 14, 2025', labelLine: 2 }).problems).toEqual([
      'a.txt:2: the listing is dated `March 14, 2025`, but --date gives 14 March 2024; expected the same day: if the page is the listing of 14 March 2025, give `--date 2025-03-14`; else correct the date or use another file',
    ]);
  });
  test('says which day a date line without a year gives next to the day given, as a page saved after midnight is named by the day after', () => {
    expect(resolve({ file: 'dumps/2026-01-01.txt', label: 'Dec 31', labelLine: 3 }).problems).toEqual([
      'dumps/2026-01-01.txt:3: the listing is dated `Dec 31`, but its file name gives 1 January 2026; expected the same day: if the page is the listing of 31 December 2025 (a page saved after midnight shows the day before), rename the file `2025-12-31.txt`; else correct the date or use another file',
    ]);
    expect(resolve({ file: 'saved.txt', flag: '2025-03-20', label: 'Fri, Mar 14', labelLine: 3 }).problems).toEqual([
      'saved.txt:3: the listing is dated `Fri, Mar 14`, but --date gives 20 March 2025; expected the same day: if the page is the listing of 14 March 2025, give `--date 2025-03-14`; else correct the date or use another file',
    ]);
    expect(resolve({ file: 'daily-2025-07-01.txt', label: 'Jan 2', labelLine: 3 }).problems).toEqual([
      'daily-2025-07-01.txt:3: the listing is dated `Jan 2`, but its file name gives 1 July 2025; expected the same day: if the page is the listing of 2 January 2025, rename the file `2025-01-02.txt`; else correct the date or use another file',
    ]);
  });
  test('says so when the date in a file name is not a day of the calendar', () => {
    expect(resolve({ file: 'dumps/2025-02-29.txt', label: 'Feb 29', labelLine: 7 }).warnings).toEqual([
      'dumps/2025-02-29.txt: its file name holds `2025-02-29`, which is not a day of the calendar, so the listing is named after its file (`listing-2025-02-29`); give its day by ingesting it again with `--date YYYY-MM-DD`, or renamed (or copied) to `YYYY-MM-DD.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day',
    ]);
  });
  test.each(['14.03.2025.txt', '14-03-2025.txt', '03-14-2025.txt', 'March 14 2025.txt', 'Daily Papers 14 Mar 2025.txt', 'papers-14-03-2025.txt', 'march-14-2025.txt', 'hf_daily-14.03.2025.txt'])(
    'gives the year of a date %j writes in another order than the file name dates a dump by, where it fits the date line, in the day to give',
    (file) => {
      const [warning] = resolve({ file, label: 'Mar 14', labelLine: 7 }).warnings;
      expect(warning).toMatch(/^.*:7: the listing is dated `Mar 14` without a year, so it is named after its file \(`[^`]+`\); its file name holds a date of 14 March 2025 in an order the ingest does not date files by: give its day by ingesting it again with `--date 2025-03-14`, or renamed \(or copied\) to `2025-03-14\.txt`/);
    },
  );
  test('gives no year from a file name whose date is another day than the date line\'s', () => {
    expect(resolve({ file: '15.03.2025.txt', label: 'Mar 14', labelLine: 7 }).warnings[0]).toContain('`--date YYYY-03-14`');
  });
  test('names an undated dump after its file, with a warning that says how to date it', () => {
    expect(resolve({ file: 'seeds/000_b74b.txt', label: 'Mar 14', labelLine: 7 })).toEqual({
      id: '000-b74b',
      day: undefined,
      problems: [],
      warnings: ['seeds/000_b74b.txt:7: the listing is dated `Mar 14` without a year, so it is named after its file (`000-b74b`); give its day by ingesting it again with `--date YYYY-03-14`, or renamed (or copied) to `YYYY-03-14.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day'],
    });
    expect(resolve({ file: 'seeds/002_6796.txt' }).warnings).toEqual([
      'seeds/002_6796.txt: the dump has no date, so its listing is named after its file (`002-6796`); give its day by ingesting it again with `--date YYYY-MM-DD`, or renamed (or copied) to `YYYY-MM-DD.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day',
    ]);
  });
});

describe('fileListingId', () => {
  test('makes a slug of the file name', () => {
    expect(fileListingId('x/000_b74b9448ff318115.txt')).toBe('000-b74b9448ff318115');
    expect(fileListingId('Week 12.TXT')).toBe('week-12');
  });

  test('never makes an id of the shape of a URL the site generates under /listings/ (a year, a day, a moved calendar)', () => {
    expect(fileListingId('dumps/2031.txt')).toBe('listing-2031');
    expect(fileListingId('2031_05_06.txt')).toBe('listing-2031-05-06');
    expect(fileListingId('Calendar 2031.txt')).toBe('listing-calendar-2031');
    expect(fileListingId('2031 notes.txt')).toBe('2031-notes');
  });

  test('never makes the id of a fixed route of /listings/ (its index), keeping one an earlier ingest published', () => {
    expect(fileListingId('dumps/index.txt')).toBe('listing-index');
    expect(fileListingId('dumps/Index.TXT')).toBe('listing-index');
    expect(fileListingId('dumps/index.txt', ['index'])).toBe('index');
  });

  test('keeps the id an earlier ingest published for the file, even of such a shape', () => {
    expect(fileListingId('dumps/2031.txt', ['2031'])).toBe('2031');
    expect(fileListingId('dumps/2031.txt', ['other'])).toBe('listing-2031');
  });

  test('keeps the ids of Latin file names as they were', () => {
    expect(['saved.txt', 'Daily Papers (2).txt', 'Notes_für_März.txt', 'CamelCase-Dump.txt', 'a.b.txt'].map((f) => fileListingId(f))).toEqual(['saved', 'daily-papers-2', 'notes-fuer-maerz', 'camelcase-dump', 'a-b']);
  });

  test.each([
    ['论文.txt', '资料.txt', /^listing-[a-z2-7]{10}$/],
    ['论文1.txt', '资料1.txt', /^1-[a-z2-7]{10}$/],
    ['статьи-весна.txt', 'статъи-весна.txt', /^stati-vesna-[a-z2-7]{10}$/],
    ['Τεύχος 1.txt', 'Τευχος 1.txt', /^teyxos-1-[a-z2-7]{10}$/],
    ['???.txt', '!!!.txt', /^listing-[a-z2-7]{10}$/],
  ])('gives %j and %j, whose letters the slug cannot spell, two ids: the slug and a hash of the name', (a, b, shape) => {
    const [x, y] = [fileListingId(a), fileListingId(b)];
    expect(x).toMatch(shape);
    expect(y).toMatch(shape);
    expect(x).not.toBe(y);
  });

  test('keeps the id an earlier ingest published for a non-Latin file name without the hash', () => {
    expect(fileListingId('论文.txt', ['listing'])).toBe('listing');
    expect(fileListingId('статьи-весна.txt', ['stati-vesna'])).toBe('stati-vesna');
    expect(fileListingIds('论文.txt')).toContain('listing');
    expect(fileListingIds('статьи-весна.txt')).toEqual(expect.arrayContaining([fileListingId('статьи-весна.txt'), 'stati-vesna']));
  });
});
