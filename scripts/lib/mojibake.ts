/**
 * Text that was UTF-8, read as Windows-1252 (or Latin-1) and saved again as
 * UTF-8: `Café` became `CafÃ©`, `–` became `â€“`. Such a dump is valid UTF-8,
 * so the decoder cannot refuse it; published, its titles and their permanent
 * slugs would keep the garble. Each such character is read back where its
 * garbled form is an exact UTF-8 sequence: a lead (`Ã`, `â`, …) then the
 * continuation characters it needs. A few such pairs occur in ordinary
 * text (`CAFÉ—`, `RÉSUMÉ”` are the bytes of `ɗ` and `ɔ`), so a dump is read
 * back only when it is garbled as a whole: see {@link isMojibake}.
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

/** What a garbled sequence was, or undefined when its bytes are not UTF-8 after all. */
function readBack(found: string): string | undefined {
  try {
    return decoder.decode(Uint8Array.from([...found].map((c) => BYTE.get(c)!)));
  } catch {
    return undefined;
  }
}

/**
 * Lead characters that garbled Latin text and punctuation always show: `Â`
 * and `Ã` (the bytes C2, C3 that begin U+0080–U+00FF: `é` is `Ã©`, a
 * no-break space `Â `) and `â` (E2, which begins dashes, quotes, arrows:
 * `–` is `â€“`). A listing of papers in English has some.
 */
const SIGNATURE = /^[\u00C2\u00C3\u00E2]/u;

/** Characters a garbling writes (Latin-1's upper half and Windows-1252's own): each one should be in a sequence read back. */
const GARBLE_CHARACTER = new RegExp(`[${[...BYTE.keys()].filter((c) => c.charCodeAt(0) >= 0x80).join('')}]`, 'gu');

/** At most this share of a garbled text's garble characters may stand outside a sequence (a byte a tool dropped or replaced). */
const STRAY_SHARE = 0.1;

/**
 * Whether `text` is UTF-8 that was read as Windows-1252 and saved again, as
 * a whole: it has sequences that read back, some with the leads every
 * garbled Latin text shows, and hardly any garble character outside them.
 * A text that has `é` written right beside a `Ã©` was not garbled as a whole;
 * one whose only such sequence is an accented capital before a dash (`É—`)
 * was not garbled at all.
 */
export function isMojibake(text: string): boolean {
  let signature = false;
  let sequences = 0;
  const rest = text.replace(GARBLED, (found) => {
    if (readBack(found) === undefined) return found;
    sequences += 1;
    signature ||= SIGNATURE.test(found);
    return '';
  });
  if (!signature) return false;
  const strays = rest.match(GARBLE_CHARACTER)?.length ?? 0;
  return strays <= sequences * STRAY_SHARE;
}

/** The line of a garbled text ({@link isMojibake}) with each garbled character read back; how many, and the first as found and as read back. */
export function repairMojibake(line: string): { text: string; repaired: number; first?: { found: string; read: string } } {
  let repaired = 0;
  let first: { found: string; read: string } | undefined;
  const text = line.replace(GARBLED, (found) => {
    const read = readBack(found);
    if (read === undefined) return found;
    repaired += 1;
    first ??= { found, read };
    return read;
  });
  return first === undefined ? { text, repaired } : { text, repaired, first };
}
