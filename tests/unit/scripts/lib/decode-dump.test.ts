import { describe, expect, test } from 'vitest';
import { decodeDump } from '../../../../scripts/lib/decode-dump.ts';

const utf16 = (text: string, bigEndian = false) => {
  const bytes = [bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    bytes.push(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]);
  }
  return new Uint8Array(bytes.flat());
};

/** UTF-32 with its byte-order mark, each code point four bytes. */
const utf32 = (text: string, bigEndian = false) => {
  const words = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  return new Uint8Array(words.flatMap((w) => (bigEndian ? [w >>> 24, (w >> 16) & 0xff, (w >> 8) & 0xff, w & 0xff] : [w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, w >>> 24])));
};

describe('decodeDump', () => {
  test('reads UTF-32 with a byte-order mark, little- or big-endian, astral characters included, not as UTF-16 with NULs', () => {
    const text = 'Na\u00efve Bayes f\u00fcr \u00dcbersetzung\r\nAstral \u{1F9EA} tubes.';
    expect(decodeDump(utf32(text))).toEqual({ text });
    expect(decodeDump(utf32(text, true))).toEqual({ text });
  });

  describe('UTF-32 without a byte-order mark', () => {
    /** UTF-32 as some converters write it, with no byte-order mark. */
    const bare = (text: string, bigEndian = false) => utf32(text, bigEndian).subarray(4);
    const text = 'Mar 14\n\nKnots Hold \u{1F9F6}\n\nWe study knots (\u7D50\u3073\u76EE) and find they hold.\n';

    test('reads it, little- or big-endian, by its structure (most four-byte units a character over three NUL bytes), with a warning naming the encoding', () => {
      expect(decodeDump(bare(text), 'd.txt')).toEqual({ text, warning: 'read as UTF-32LE without a byte-order mark (four bytes a character, most of them NUL); check that it reads as written, or save it again as UTF-8' });
      expect(decodeDump(bare(text, true), 'd.txt')).toEqual({ text, warning: 'read as UTF-32BE without a byte-order mark (four bytes a character, most of them NUL); check that it reads as written, or save it again as UTF-8' });
    });

    test('names it as UTF-32, with the command that converts it, where it does not read as such throughout (cut short, or a unit that is no character), naming the line', () => {
      const whole = bare('Title\nAbstract of a paper.\nMore.');
      expect(decodeDump(whole.subarray(0, whole.length - 2), 'd/2025-03-14.txt')).toEqual({
        line: 3,
        reason: 'it looks like UTF-32LE text without a byte-order mark (four bytes a character, most of them NUL), but it ends in the middle of a character; expected UTF-8: convert it (`iconv -f UTF-32LE -t UTF-8 d/2025-03-14.txt > d/2025-03-14.utf8.txt`), check it and give that file, or save the page again as UTF-8',
      });
      const bad = bare('Title\nAbstract of a paper.\nMore.', true);
      bad.set([0x00, 0x00, 0xd8, 0x00], 4 * 8);
      expect(decodeDump(bad, 'my d.txt')).toEqual({
        line: 2,
        reason: "it looks like UTF-32BE text without a byte-order mark (four bytes a character, most of them NUL), but it holds U+D800, which is no character; expected UTF-8: convert it (`iconv -f UTF-32BE -t UTF-8 'my d.txt' > 'my d.utf8.txt'`), check it and give that file, or save the page again as UTF-8",
      });
    });

    test('still names UTF-16 without a byte-order mark, and reads ASCII text', () => {
      expect(decodeDump(utf16('Title\nAbstract of a paper.').subarray(2))).toMatchObject({ reason: expect.stringMatching(/^it looks like UTF-16 text without a byte-order mark/) });
      expect(decodeDump(new TextEncoder().encode('Title\nAbstract of a paper.'))).toEqual({ text: 'Title\nAbstract of a paper.' });
    });
  });

  test('refuses UTF-32 that is cut short or holds no character there, naming the encoding and the line', () => {
    const whole = utf32('Title\nAbstract.', true);
    expect(decodeDump(whole.subarray(0, whole.length - 1))).toEqual({ line: 2, reason: 'it starts with a UTF-32BE byte-order mark but ends in the middle of a character (3 of its 4 bytes), so it was cut short; expected a whole saved Daily Papers listing: save the page again as UTF-8' });
    const bad = utf32('Title\nAb', false);
    bad.set([0x00, 0xd8, 0x00, 0x00], bad.length - 4);
    expect(decodeDump(bad)).toEqual({ line: 2, reason: 'it starts with a UTF-32LE byte-order mark but holds U+D800, which is no character; expected a saved Daily Papers listing in UTF-32LE throughout (save it again as UTF-8)' });
  });

  test('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeDump(new TextEncoder().encode('Caf\u00e9\nAbstract.'))).toEqual({ text: 'Caf\u00e9\nAbstract.' });
    expect(decodeDump(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A' });
  });

  test('reads UTF-16 with a byte-order mark, little- or big-endian, astral characters included', () => {
    const text = 'Na\u00efve Bayes f\u00fcr \u00dcbersetzung\r\nAstral \u{1F9EA} tubes.';
    expect(decodeDump(utf16(text))).toEqual({ text });
    expect(decodeDump(utf16(text, true))).toEqual({ text });
  });

  test('names the line of the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title\nAbstract\nBad '), 0xc0, 0xaf, 0x0a, 0xff]);
    expect(decodeDump(bytes)).toEqual({ line: 3, reason: expect.stringMatching(/^it is not UTF-8 text: it holds the byte 0xC0 .*, or save the page again as UTF-8$/) });
    expect(decodeDump(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toMatchObject({ line: 1 });
  });

  test('says a UTF-8 file that ends in the middle of a character was cut short, naming its last line, rather than that it is in another encoding', () => {
    const whole = new TextEncoder().encode('Na\u00efve Title\nAbstract about caf\u00e9s.\nCut T\u2014');
    for (const cut of [1, 2]) {
      expect(decodeDump(whole.subarray(0, whole.length - cut)), `${cut}`).toEqual({
        line: 3,
        reason: 'it ends in the middle of a character, so it was cut short (a save or a copy that did not finish, or a full disk?); expected a whole saved Daily Papers listing: save the page again',
      });
    }
    // With no other character beyond ASCII, a last byte above it is as likely Windows-1252 (`Caf\u00e9` in Latin-1).
    expect(decodeDump(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ line: 1, reason: expect.stringMatching(/^it is not UTF-8 text/) });
  });

  test('counts CR and CRLF line ends as the parser does when it names the line', () => {
    const line = (text: string) => (decodeDump(new Uint8Array([...new TextEncoder().encode(text), 0xe9])) as { line?: number }).line;
    expect(line('Mar 14\r\rCaf')).toBe(3);
    expect(line('Mar 14\r\n\r\nCaf')).toBe(3);
    expect(line('a\rb\nc\r\nd')).toBe(4);
  });

  test('says when a file looks like UTF-16 without a byte-order mark', () => {
    const bytes = utf16('T\u00eftle\nAbstract \u00e9\u00e9.').subarray(2);
    expect(decodeDump(bytes)).toMatchObject({ reason: expect.stringContaining('looks like UTF-16 text without a byte-order mark') });
    // ASCII text as UTF-16 is valid UTF-8 (every other byte a NUL): still UTF-16.
    for (const bigEndian of [false, true]) {
      expect(decodeDump(utf16('Mar 14\n\nA Title\n\nAn abstract.', bigEndian).subarray(2))).toMatchObject({ reason: expect.stringContaining('looks like UTF-16 text without a byte-order mark') });
    }
  });

  test('says when a file is not text at all (an image, a PDF, an archive)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x1f, 0xf3, 0xff, 0x61]);
    const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x78, 0x9c, 0x00, 0x4b, 0xca, 0x2c, 0x00, 0x51, 0x63]);
    expect(decodeDump(png)).toMatchObject({ reason: expect.stringMatching(/^it is not text \(it holds binary data: an image, a PDF or an archive\?\); expected a saved Daily Papers listing/) });
    expect(decodeDump(pdf)).toMatchObject({ reason: expect.stringMatching(/^it is a PDF document/) });
  });

  test('says a compressed file (an image, an archive: few NUL bytes, and not UTF-8) is not text, rather than text in another encoding', () => {
    // Compressed data is as good as random: a fixed generator's bytes after each format's first bytes.
    let seed = 7;
    const noise = Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed >> 16) & 0xff);
    const starts = [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff, 0xe0],
      [0x1f, 0x8b, 0x08, 0x00],
      [0x50, 0x4b, 0x03, 0x04],
      [...new TextEncoder().encode('%PDF-1.7\n')],
      [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
      [0x28, 0xb5, 0x2f, 0xfd],
      [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
    ];
    for (const start of starts) {
      const bytes = new Uint8Array([...start, ...noise]);
      // Compressed files (gzip, xz, zstd, bzip2), zip and PDF are named by their first bytes (see below); the rest are binary data.
      const named = /^it is (compressed with (gzip|xz|zstd|bzip2)|a zip archive|a PDF document) /;
      const image = start[0] === 0x89 || start[0] === 0xff;
      expect(decodeDump(bytes), start.join(' ')).toMatchObject({ reason: expect.stringMatching(image ? /^it is not text \(it holds binary data: an image, a PDF or an archive\?\)/ : named) });
    }
  });

  describe('names a compressed file or a document by its first bytes, and says how to get the text out', () => {
    let seed = 11;
    const noise = Array.from({ length: 512 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed >> 16) & 0xff);
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, ...noise]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, ...noise]);
    // A PDF whose streams are all ASCII is valid UTF-8: its first bytes name it all the same.
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');

    test('gzip, under a name that ends in .gz or not', () => {
      expect(decodeDump(gzip, 'dumps/2025-03-14.txt.gz')).toEqual({
        reason: 'it is compressed with gzip (it starts with the bytes 1F 8B), not text; expected a saved Daily Papers listing, as text: decompress it (`gunzip dumps/2025-03-14.txt.gz`) and give the file that leaves (`dumps/2025-03-14.txt`)',
      });
      expect(decodeDump(gzip, 'my dumps/2025-03-14.txt')).toEqual({
        reason: "it is compressed with gzip (it starts with the bytes 1F 8B), not text; expected a saved Daily Papers listing, as text: decompress it (`mv 'my dumps/2025-03-14.txt' 'my dumps/2025-03-14.txt.gz' && gunzip 'my dumps/2025-03-14.txt.gz'`) and give it again",
      });
    });

    test.each([
      ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'it is compressed with xz (it starts with the bytes FD 37 7A 58 5A 00), not text; expected a saved Daily Papers listing, as text: decompress it (`xz -d dumps/2025-03-14.txt.xz`) and give the file that leaves (`dumps/2025-03-14.txt`)', '.xz'],
      ['zstd', [0x28, 0xb5, 0x2f, 0xfd], 'it is compressed with zstd (it starts with the bytes 28 B5 2F FD), not text; expected a saved Daily Papers listing, as text: decompress it (`zstd -d dumps/2025-03-14.txt.zst`) and give the file that leaves (`dumps/2025-03-14.txt`)', '.zst'],
      ['bzip2', [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 'it is compressed with bzip2 (it starts with the bytes 42 5A 68, `BZh`), not text; expected a saved Daily Papers listing, as text: decompress it (`bunzip2 dumps/2025-03-14.txt.bz2`) and give the file that leaves (`dumps/2025-03-14.txt`)', '.bz2'],
    ])('%s, under a name that ends in its extension or not', (name, start, reason, extension) => {
      const bytes = new Uint8Array([...start, ...noise]);
      expect(decodeDump(bytes, `dumps/2025-03-14.txt${extension}`)).toEqual({ reason });
      const [before] = reason.split(': decompress it');
      const command = { xz: 'xz -d', zstd: 'zstd -d', bzip2: 'bunzip2' }[name as 'xz']!;
      expect(decodeDump(bytes, 'my dumps/2025-03-14.txt')).toEqual({
        reason: `${before}: decompress it (\`mv 'my dumps/2025-03-14.txt' 'my dumps/2025-03-14.txt${extension}' && ${command} 'my dumps/2025-03-14.txt${extension}'\`) and give it again`,
      });
    });

    test('an empty bzip2 stream, and text that starts with `BZh` is read', () => {
      expect(decodeDump(new Uint8Array([0x42, 0x5a, 0x68, 0x39, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90, 0, 0, 0, 0]), 'd.bz2')).toMatchObject({ reason: expect.stringMatching(/^it is compressed with bzip2 /) });
      expect(decodeDump(new TextEncoder().encode('BZh9 Models\n\nAn abstract.'), 'd.txt')).toEqual({ text: 'BZh9 Models\n\nAn abstract.' });
    });

    test('zip', () => {
      expect(decodeDump(zip, 'd.zip')).toEqual({
        reason: 'it is a zip archive (it starts with the bytes 50 4B 03 04, `PK`), not text; expected a saved Daily Papers listing, as text: extract it (`unzip d.zip`) and give the .txt files it holds',
      });
    });

    test('PDF, binary or all ASCII', () => {
      const reason = 'it is a PDF document (it starts with `%PDF-`), not text; expected a saved Daily Papers listing, as text: select the page in the browser, copy it and paste it into a .txt file, rather than print it to PDF';
      expect(decodeDump(pdf, 'd.txt')).toEqual({ reason });
      expect(decodeDump(new Uint8Array([...pdf, ...noise]), 'd.txt')).toEqual({ reason });
    });

    test('a Safari web archive (a binary property list), whether its page text holds other bytes or is all ASCII', () => {
      const reason = 'it is a Safari web archive (it starts with the bytes 62 70 6C 69 73 74 30 30, `bplist00`), not text; expected a saved Daily Papers listing, as text: open it in Safari, select the page, copy it and paste it into a .txt file, rather than save it as a web archive';
      const plist = new TextEncoder().encode('bplist00\u00D1\u0001\u0002_\u0010\u000FWebMainResource');
      expect(decodeDump(new Uint8Array([...plist, ...noise]), 'd.webarchive')).toEqual({ reason });
      expect(decodeDump(new TextEncoder().encode('bplist00_WebMainResource\nSparse Adapters\n\nAn abstract.'), 'd.txt')).toEqual({ reason });
      // Its objects' markers (`D1`, a dictionary) and the page's text after them: bytes no UTF-8, read as a legacy encoding but for its signature.
      expect(decodeDump(new Uint8Array([...new TextEncoder().encode('bplist00'), 0xd1, 0x01, 0x02, 0x5f, 0x10, 0x0f, ...new TextEncoder().encode('WebMainResource\nSparse Adapters\n\nWe study caf\u00E9s.')]), 'd.txt')).toEqual({ reason });
    });

    test('any other binary property list is named as one, not as a Safari web archive', () => {
      // A preferences file or an app's saved state: `bplist00`, a dictionary, keys that are no web archive's.
      const plist = new Uint8Array([...new TextEncoder().encode('bplist00'), 0xd1, 0x01, 0x02, 0x5f, 0x10, 0x0e, ...new TextEncoder().encode('NSWindowFrame'), ...noise]);
      expect(decodeDump(plist, 'notes.txt')).toEqual({
        reason:
          'it is a binary property list (it starts with the bytes 62 70 6C 69 73 74 30 30, `bplist00`), not text: data an app on a Mac or an iPhone saved, not a page copied as text (`plutil -p notes.txt` shows what it holds); expected a saved Daily Papers listing, as text: select the page in the browser, copy it and paste it into a .txt file',
      });
      // Named a web archive, it is one: its keys may come after the bytes a folder's scan reads.
      expect(decodeDump(plist, 'd.webarchive')).toMatchObject({ reason: expect.stringMatching(/^it is a Safari web archive /) });
      expect(decodeDump(plist, 'D.WEBARCHIVE')).toMatchObject({ reason: expect.stringMatching(/^it is a Safari web archive /) });
    });

    test('text that merely starts with such letters is read', () => {
      expect(decodeDump(new TextEncoder().encode('PK Models\n\nAn abstract.'), 'd.txt')).toEqual({ text: 'PK Models\n\nAn abstract.' });
      expect(decodeDump(new TextEncoder().encode('%PDF and Friends\n\nAn abstract.'), 'd.txt')).toEqual({ text: '%PDF and Friends\n\nAn abstract.' });
    });
  });

  test('refuses a file of NUL bytes only, and valid UTF-8 with NULs strewn through it (a macOS `._` resource file), as not text', () => {
    expect(decodeDump(new Uint8Array(4096))).toEqual({ reason: expect.stringMatching(/^it holds only NUL bytes/) });
    const appleDouble = new Uint8Array(4096);
    appleDouble.set([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, ...new TextEncoder().encode('Mac OS X        '), 0x00, 0x02], 0);
    appleDouble.set(new TextEncoder().encode('ATTR\ncom.apple.quarantine\n0083;6612;Safari;'), 120);
    expect(decodeDump(appleDouble)).toEqual({ reason: expect.stringMatching(/^it is not text \(it holds binary data/) });
  });

  test.each([
    ['curly quotes', [0x93, ...new TextEncoder().encode('Quoted'), 0x94], '0x93', ' (`\u201C` in Windows-1252)'],
    ['an accented letter', [...new TextEncoder().encode('Caf'), 0xe9], '0xE9', ' (`\u00E9` in Windows-1252)'],
  ])('names the first byte that is no UTF-8 in a legacy encoding\'s text, as Windows-1252 reads it, and the command that converts the file: %s', (_, bad, byte, read) => {
    const text = new Uint8Array([...new TextEncoder().encode('Mar 14\n\nA title '), ...bad, ...new TextEncoder().encode(' here\n\nAn abstract of some length, in words.\n')]);
    expect(decodeDump(text, 'saved/2025-03-14.txt')).toEqual({
      line: 3,
      reason: `it is not UTF-8 text: it holds the byte ${byte}${read}, of a legacy encoding such as Windows-1252; expected UTF-8: convert it (\`iconv -f WINDOWS-1252 -t UTF-8 saved/2025-03-14.txt > saved/2025-03-14.utf8.txt\`), check it and give that file, or save the page again as UTF-8`,
    });
  });

  test('names a byte Windows-1252 leaves unassigned as of another legacy encoding, and never suggests converting from Windows-1252, which refuses it', () => {
    const text = new Uint8Array([...new TextEncoder().encode('Mar 14\n\nA title '), 0x81, 0x41, ...new TextEncoder().encode(' here\n\nAn abstract of some length, in words.\n')]);
    expect(decodeDump(text, 'saved/2025-03-14.txt')).toEqual({
      line: 3,
      reason: 'it is not UTF-8 text: it holds the byte 0x81, which Windows-1252 leaves unassigned, of another legacy encoding (Shift_JIS, GBK?: put its name for ENCODING); expected UTF-8: convert it (`iconv -f ENCODING -t UTF-8 saved/2025-03-14.txt > saved/2025-03-14.utf8.txt`), check it and give that file, or save the page again as UTF-8',
    });
  });

  test('names UTF-8 text with bytes of a legacy encoding pasted in as such, their lines, and never suggests converting the whole file, which would garble its UTF-8', () => {
    const encode = (text: string) => [...new TextEncoder().encode(text)];
    const text = new Uint8Array([...encode('Mar 14\n\nCaf\u00E9 Adapters\n\nWe study '), 0x93, ...encode('quoted'), 0x94, ...encode(' text.\n\nGraph Priors\n\nIt is '), 0x96, ...encode(' mostly \u2014 true.\n')]);
    expect(decodeDump(text, 'saved/2025-03-14.txt')).toEqual({
      line: 5,
      reason: "it is UTF-8 text but for bytes of a legacy encoding such as Windows-1252 pasted into it, on lines 5 and 9 (the first 0x93, `\u201C` in Windows-1252): converting the whole file would garble the UTF-8 it holds (`\u00E9` on line 3); expected UTF-8: replace each such byte with the character it stands for, then give the file again",
    });
  });

  test('takes text of a legacy encoding of two bytes a character (GBK), where some pairs read as UTF-8 by chance, for no UTF-8 text with bytes pasted in', () => {
    // `中文标题` in GBK: D6 D0 CE C4 B1 EA CC E2, of which C4 B1 reads as UTF-8 (`ı`).
    const text = new Uint8Array([...new TextEncoder().encode('Mar 14\n\n'), 0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xea, 0xcc, 0xe2, ...new TextEncoder().encode('\n\nAn abstract of some length, in words.\n')]);
    expect(decodeDump(text, 'd.txt')).toEqual({ line: 3, reason: expect.stringMatching(/^it is not UTF-8 text: it holds the byte 0xD6 /) });
  });

  test('reads a short text with a stray NUL or two as text', () => {
    expect(decodeDump(new Uint8Array([...new TextEncoder().encode('Mar 14\nA Title\n'), 0x00, ...new TextEncoder().encode('An abstract.\n')]))).toMatchObject({ text: expect.stringMatching(/^Mar 14/) });
  });

  test('reads UTF-8 padded with NULs as text (the NULs are removed later, with a warning), and a stray NUL in another encoding as that encoding', () => {
    const padded = new Uint8Array([...new TextEncoder().encode('Mar 14\n\nA Title\n\nAn abstract.\n'), ...new Array(200).fill(0)]);
    expect(decodeDump(padded)).toMatchObject({ text: expect.stringMatching(/^Mar 14\n/) });
    const latin1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x0a, ...new TextEncoder().encode('An abstract long enough to be text, with words in it. '.repeat(4)), 0x00, 0x0a]);
    expect(decodeDump(latin1)).toMatchObject({ reason: expect.stringMatching(/legacy encoding/) });
  });
});
