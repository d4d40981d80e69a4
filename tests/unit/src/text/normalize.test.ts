import { describe, expect, test } from 'vitest';
import { foldWhitespace, normalizeSource } from '../../../../src/text/normalize.ts';
import { isChromeLine, stripGluedChrome } from '../../../../scripts/lib/page-chrome.ts';
import { parseDateLabel } from '../../../../scripts/lib/listing-date.ts';

describe('normalizeSource', () => {
  test('drops a byte-order mark', () => expect(normalizeSource('\uFEFFTitle')).toBe('Title'));
  test('turns CRLF and lone CR into LF', () => expect(normalizeSource('a\r\nb\rc')).toBe('a\nb\nc'));
  test('composes NFD to NFC', () => expect(normalizeSource('e\u0301')).toBe('\u00e9'));
  test('drops control characters but keeps tabs and newlines', () => expect(normalizeSource('a\u0000b\u0007c\td\n')).toBe('abc\td\n'));
});

describe('foldWhitespace', () => {
  test('folds tabs, no-break spaces and runs of spaces into one space', () => {
    expect(foldWhitespace(' a\t\tb\u00a0 c\u2009d ')).toBe('a b c d');
  });
});

describe('isChromeLine', () => {
  test.each(['new', 'Subscribe', 'Daily Papers', 'byAK and the research community', 'by AK and the research community', 'Get trending papers in your email inbox!', 'Get trending papers in your email inbox once a day!', 'get trending papers in your e-mail inbox'])(
    'drops %j',
    (line) => expect(isChromeLine(line)).toBe(true),
  );
  test.each(['New Frontiers in Retrieval', 'Subscribe to Nothing: A Study', 'Papers, Please'])('keeps the title %j', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('stripGluedChrome', () => {
  test('strips Subscribe glued to a capitalised title', () => expect(stripGluedChrome('SubscribeFolded Ropes')).toBe('Folded Ropes'));
  test('strips Subscribe glued to a title starting with a digit', () => expect(stripGluedChrome('Subscribe3D Chairs')).toBe('3D Chairs'));
  test('keeps a word that only starts with Subscribe', () => expect(stripGluedChrome('Subscribers Leave')).toBe('Subscribers Leave'));
});

describe('parseDateLabel', () => {
  test.each(['Mar 14', 'March 14', 'Sep 3, 2025', '14 Mar 2025', '2025-03-14', 'Jun 1st'])('recognises %j', (line) => expect(parseDateLabel(line)).toBe(line));
  test.each(['March of the Penguins', 'May Models Dream?', '14', 'Mar 14 Models'])('rejects %j', (line) => expect(parseDateLabel(line)).toBeUndefined());
});
