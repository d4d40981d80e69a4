import { describe, expect, test } from 'vitest';
import { balanceBidi, cleanLine, foldWhitespace, lineAt, splitLines } from '../../../../src/text/normalize.ts';
import { parseDateLabel } from '../../../../scripts/lib/listing-date.ts';

describe('splitLines', () => {
  test('drops a byte-order mark', () => expect(splitLines('\uFEFFTitle')).toEqual(['Title']));
  test('ends lines at CRLF, lone CR and LF', () => expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']));
  test('keeps a few U+2028, U+2029 and NEL inside the lines of a text whose lines end in line feeds', () => {
    expect(splitLines('Title\u2028Part\nAbstract\nNext\u0085Title\n')).toEqual(['Title\u2028Part', 'Abstract', 'Next\u0085Title', '']);
  });
  test.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['NEL (U+0085)', '\u0085'],
  ])('ends lines at %s in a text that has them, not line feeds, as its line ends', (_, end) => {
    expect(splitLines(['Mar 14', '', 'Title', '', 'Abstract.', ''].join(end))).toEqual(['Mar 14', '', 'Title', '', 'Abstract.', '']);
    // A final line feed a tool adds does not make them part of one line; CRLF and CR still end lines there.
    expect(splitLines(`a${end}b${end}c\n`)).toEqual(['a', 'b', 'c', '']);
    expect(splitLines(`a${end}${end}b${end}c\r\nd`)).toEqual(['a', '', 'b', 'c', 'd']);
  });
  test('counts lines up to an offset as splitLines splits them', () => {
    expect(lineAt('a\u2029b\u2029c', 4)).toBe(3);
    expect(lineAt('a\nb\u2029c', 4)).toBe(2);
    expect(lineAt('a\r\nb', 3)).toBe(2);
  });
});

describe('cleanLine', () => {
  const clean = (line: string) => cleanLine(line).text;

  test('composes NFD to NFC', () => expect(clean('e\u0301')).toBe('\u00e9'));

  test('folds every kind of whitespace, VT, FF and NEL included, into one space', () => {
    expect(clean(' Deep\u000BNets\u000Cwith\u0085Vertical\u2028Tabs\u00a0\u3000and\u2009more ')).toBe('Deep Nets with Vertical Tabs and more');
  });

  test('removes C0 and C1 controls, DEL and noncharacters, and counts them', () => {
    const result = cleanLine('Bell\u0007 Curves\u0001 \uFFFEfor\uFFFF Cali\u{1FFFE}bration\u007F\u0080\u009B\uFDD0');
    expect(result.text).toBe('Bell Curves for Calibration');
    expect(result.removed).toBe(9);
    expect(result.removedCodes).toEqual(['U+0001', 'U+0007', 'U+007F', 'U+0080', 'U+009B', 'U+1FFFE', 'U+FDD0', 'U+FFFE', 'U+FFFF']);
  });

  test('removes invisible separators inside words instead of turning them into spaces', () => {
    expect(clean('Trans\u200Bformers Diffu\u00ADsion Atten\u2060tion Tok\uFEFFenizers')).toBe('Transformers Diffusion Attention Tokenizers');
  });

  test('keeps zero-width joiners and non-joiners, which change how text renders', () => {
    expect(clean('\u{1F469}\u200D\u{1F52C} Lab \u0645\u06CC\u200C\u062A\u0648\u0627\u0646')).toBe('\u{1F469}\u200D\u{1F52C} Lab \u0645\u06CC\u200C\u062A\u0648\u0627\u0646');
  });

  test('removes joiners that join nothing (next to a space, at an end, between ASCII characters) and invisible operators, and counts them', () => {
    const result = cleanLine('\u200DSparse\u200D Routing\u200C for Ex\u200Dperts\u2062 and \u2061Gates\u180E\u200C');
    expect(result.text).toBe('Sparse Routing for Experts and Gates');
    expect(result.removed).toBe(8);
    expect(result.removedCodes).toEqual(['U+180E', 'U+200C', 'U+200D', 'U+2061', 'U+2062']);
    // Between an emoji's parts, or letters of a script that joins, they stay.
    expect(clean('\u2764\uFE0F\u200D\u{1F525} Hot \u0915\u094D\u200D\u0937')).toBe('\u2764\uFE0F\u200D\u{1F525} Hot \u0915\u094D\u200D\u0937');
  });

  test('removes bidi controls that are left open, and keeps balanced ones', () => {
    expect(clean('Invoice Fraud Detection \u202Etxt.exe')).toBe('Invoice Fraud Detection txt.exe');
    expect(clean('Isolates \u2067Left Open')).toBe('Isolates Left Open');
    expect(clean('a \u202Bb\u202C c \u2067d\u2069')).toBe('a \u202Bb\u202C c \u2067d\u2069');
  });

  test('removes directional marks (LRM, RLM, ALM) from a line with no right-to-left letter, where they only make two titles that read the same differ, and counts them', () => {
    const result = cleanLine('\u200FSparse Adapters\u200E for Retrieval\u061C \u200F(GPT\u200F-4)');
    expect(result.text).toBe('Sparse Adapters for Retrieval (GPT-4)');
    expect(result.removed).toBe(5);
    expect(result.removedCodes).toEqual(['U+061C', 'U+200E', 'U+200F']);
  });

  test('keeps directional marks in a line with right-to-left letters, where they place the neutral characters around them', () => {
    expect(clean('\u05E9\u05DC\u05D5\u05DD\u200F! Lab \u0645\u06CC\u061C 3')).toBe('\u05E9\u05DC\u05D5\u05DD\u200F! Lab \u0645\u06CC\u061C 3');
  });

  test('leaves a clean line as it is, with nothing removed', () => {
    expect(cleanLine('Plain Title: 3D, \u00e9t\u00e9 & \u4E2D\u6587')).toEqual({ text: 'Plain Title: 3D, \u00e9t\u00e9 & \u4E2D\u6587', removed: 0, removedCodes: [] });
  });
});

describe('balanceBidi', () => {
  test('pairs a PDF with the innermost embedding and a PDI with the innermost isolate', () => {
    expect(balanceBidi('\u2066a\u202Ab\u2069\u202C')).toEqual({ text: '\u2066a\u202Ab\u2069', removed: ['\u202C'] });
  });
  test('removes closers that close nothing', () => expect(balanceBidi('a\u202Cb\u2069')).toEqual({ text: 'ab', removed: ['\u202C', '\u2069'] }));
});

describe('foldWhitespace', () => {
  test('folds tabs, no-break spaces and runs of spaces into one space', () => {
    expect(foldWhitespace(' a\t\tb\u00a0 c\u2009d ')).toBe('a b c d');
  });
});

describe('parseDateLabel', () => {
  test.each(['Mar 14', 'March 14', 'Sep 3, 2025', '14 Mar 2025', '2025-03-14', 'Jun 1st'])('recognises %j', (line) => expect(parseDateLabel(line)).toBe(line));
  test.each(['March of the Penguins', 'May Models Dream?', '14', 'Mar 14 Models'])('rejects %j', (line) => expect(parseDateLabel(line)).toBeUndefined());
});
