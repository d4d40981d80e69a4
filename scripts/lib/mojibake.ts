/**
 * Text that was UTF-8, read as Windows-1252 (or Latin-1) and saved again as
 * UTF-8: `Café` became `CafÃ©`, `–` became `â€“`. Such a dump is valid UTF-8,
 * so the decoder cannot refuse it; published, its titles and their permanent
 * slugs would keep the garble. Each such character is read back where its
 * garbled form is an exact UTF-8 sequence: a lead (`Ã`, `â`, …) then the
 * continuation characters it needs, which ordinary text never has in a row.
 */

/** Windows-1252's characters at bytes 0x80–0x9F (the rest of those bytes read as Latin-1's C1 controls). */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The byte each character of a garbled sequence was. */
const BYTE = new Map<string, number>([...CP1252_HIGH].map((character, i) => [character, 0x80 + i]));
for (let byte = 0xa0; byte <= 0xff; byte += 1) BYTE.set(String.fromCharCode(byte), byte);
// Latin-1's reading of 0x80–0x9F, where Windows-1252 has a character too.
for (let byte = 0x80; byte <= 0x9f; byte += 1) if (!BYTE.has(String.fromCharCode(byte))) BYTE.set(String.fromCharCode(byte), byte);

const CONTINUATION = `[${[...BYTE].filter(([, b]) => b >= 0x80 && b <= 0xbf).map(([c]) => c).join('')}]`;
/** A lead byte's character and the continuations its UTF-8 sequence needs (overlong and surrogate forms fail the decoder). */
const GARBLED = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`, 'gu');

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The line with each garbled character read back; how many, and the first as found and as read back. */
export function repairMojibake(line: string): { text: string; repaired: number; first?: { found: string; read: string } } {
  let repaired = 0;
  let first: { found: string; read: string } | undefined;
  const text = line.replace(GARBLED, (found) => {
    let read: string;
    try {
      read = decoder.decode(Uint8Array.from([...found].map((c) => BYTE.get(c)!)));
    } catch {
      return found;
    }
    repaired += 1;
    first ??= { found, read };
    return read;
  });
  return first === undefined ? { text, repaired } : { text, repaired, first };
}
