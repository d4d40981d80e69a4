import { describe, expect, test } from 'vitest';
import { isMojibake, repairMojibake } from '../../../../scripts/lib/mojibake.ts';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';
import { formatProblem } from '../../../../src/format/problem.ts';

/** UTF-8 text read as Windows-1252 (or Latin-1, where Windows-1252 has no character), as a mis-set editor or browser shows it. */
const CP1252 = new Map([[0x80, '\u20AC'], [0x82, '\u201A'], [0x83, '\u0192'], [0x84, '\u201E'], [0x85, '\u2026'], [0x86, '\u2020'], [0x87, '\u2021'], [0x88, '\u02C6'], [0x89, '\u2030'], [0x8a, '\u0160'], [0x8b, '\u2039'], [0x8c, '\u0152'], [0x8e, '\u017D'], [0x91, '\u2018'], [0x92, '\u2019'], [0x93, '\u201C'], [0x94, '\u201D'], [0x95, '\u2022'], [0x96, '\u2013'], [0x97, '\u2014'], [0x98, '\u02DC'], [0x99, '\u2122'], [0x9a, '\u0161'], [0x9b, '\u203A'], [0x9c, '\u0153'], [0x9e, '\u017E'], [0x9f, '\u0178']]);
const misread = (text: string) => [...new TextEncoder().encode(text)].map((b) => CP1252.get(b) ?? String.fromCharCode(b)).join('');

describe('repairMojibake', () => {
  test('reads back UTF-8 that was read as Windows-1252 and saved again, and counts the repairs', () => {
    const text = 'Caf\u00E9 Models for Na\u00EFve Users \u2013 \u201Csmart\u201D r\u00E9sum\u00E9s, \u00FCber \u2192 \u{1F680}';
    expect(misread(text)).not.toBe(text);
    expect(repairMojibake(misread(text))).toMatchObject({ text, repaired: 10 });
  });

  test('leaves text alone that only looks odd: accented capitals, symbols, real Windows-1252 characters', () => {
    for (const text of ['S\u00C3O PAULO Is Not Mojibake', 'Caf\u00E9 \u00C2ge', 'a \u00E2\u20AC b', 'Na\u00EFve \u00BB Bayes']) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    }
  });
});

describe('isMojibake', () => {
  test('a text garbled throughout is mojibake', () => {
    expect(isMojibake(misread('Caf\u00E9 Models \u2013 \u201Csmart\u201D r\u00E9sum\u00E9s\n\u00FCber \u00B7 Na\u00EFve'))).toBe(true);
  });

  test('real text whose accented capitals meet punctuation is not (each pair alone reads as UTF-8)', () => {
    // `É—` is the bytes C9 97 read as Windows-1252, `É”` C9 94, `Ö·` D6 B7: valid UTF-8 (`ɗ`, `ɔ`, `ַ`), but never garbled Latin text.
    for (const text of ['CAF\u00C9\u2014A Study of Caf\u00E9s', 'The \u201CR\u00C9SUM\u00C9\u201D Benchmark', 'K\u00D6\u00B7LN and Na\u00EFve Bayes']) {
      expect(isMojibake(text)).toBe(false);
    }
  });

  test('a text with garbled lines and as many characters written right is not repaired (it was not garbled as a whole)', () => {
    expect(isMojibake(`${misread('Caf\u00E9')}\nNa\u00EFve r\u00E9sum\u00E9 \u00FCber`)).toBe(false);
  });
});

describe('parseListing with mojibake', () => {
  test('publishes the characters a title and abstract were written in, with a warning naming the line', () => {
    const result = parseListing(['Mar 14', '', misread('Caf\u00E9 Models for Na\u00EFve Users'), '', misread('We parse r\u00E9sum\u00E9s \u2013 all of them, in \u201Cone\u201D pass over the text.'), ''].join('\n'), 'd.txt');
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Caf\u00E9 Models for Na\u00EFve Users', 'We parse r\u00E9sum\u00E9s \u2013 all of them, in \u201Cone\u201D pass over the text.']]);
    expect(result.warnings.map(formatProblem)).toEqual([
      'd.txt:3: read back 2 characters saved as UTF-8 read as Windows-1252 (the first `\u00C3\u00A9` as `\u00E9`); check that the line reads as written',
      'd.txt:5: read back 5 characters saved as UTF-8 read as Windows-1252 (the first `\u00C3\u00A9` as `\u00E9`); check that the line reads as written',
    ]);
  });
});

describe('parseListing with text that only looks garbled', () => {
  test('keeps an accented capital before a dash or a quote as written', () => {
    const title = 'CAF\u00C9\u2014A Study of \u201CR\u00C9SUM\u00C9\u201D Parsing';
    const result = parseListing(['Mar 14', '', title, '', 'We parse every r\u00E9sum\u00E9 of the benchmark in one pass over its text.', ''].join('\n'), 'd.txt');
    expect(result.entries.map((e) => e.title)).toEqual([title]);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('Windows-1252'))).toEqual([]);
  });
});
