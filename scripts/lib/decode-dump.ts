/**
 * Turn a dump's bytes into text: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark (what "Unicode" means when a browser or
 * Notepad on Windows saves a page), or UTF-32 with one (what some editors
 * and converters write), or without one, known by its structure and read
 * with a warning. Anything else is refused with the line
 * of the first byte that is not UTF-8, so the user can find it, and what it
 * seems to be (another encoding, not text at all, or UTF-8 cut short in the
 * middle of a character).
 */

import { knownBinaryFormat, shellArg } from './file-signature.ts';

/** The text of a dump, or why it has none: a reason and, when known, the 1-based line. */
export type Decoded = { text: string; warning?: string } | { line?: number; reason: string };

/**
 * UTF-16 text without a byte-order mark: in text of Latin letters, the high
 * byte of most characters is zero, so zeros fill one side of the byte pairs
 * (odd offsets little-endian, even ones big-endian) and hardly the other.
 * Zeros on both sides are not UTF-16: padding, or binary data.
 */
const UTF16_ZERO_SIDE = 0.5;
const UTF16_OTHER_SIDE = 0.1;
/** More zero bytes than this share (outside UTF-16) is binary data; a stray NUL or two in text is not. */
const BINARY_ZEROS = 0.01;
/**
 * More C0 control bytes than this share (not tab, line and page ends, or
 * escape) in a file that is not UTF-8 is binary data: random bytes hold
 * about one in ten, text in a legacy encoding next to none.
 */
const BINARY_CONTROLS = 0.02;
/** As many zero bytes as this in a short UTF-8 text are strays, whatever their share. */
const STRAY_ZEROS = 2;

/** Decode `bytes` as a saved listing; `file` (as the user gave it) goes into the commands a refusal suggests. */
export function decodeDump(bytes: Uint8Array, file = 'FILE'): Decoded {
  const known = knownBinaryFormat(bytes, file);
  if (known !== undefined) return { reason: known };
  // UTF-32's little-endian mark starts as UTF-16's does (FF FE), so it is asked first.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return decodeUtf32(bytes, 'UTF-32LE');
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(bytes, 'UTF-32BE');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const utf32 = bareUtf32(bytes);
  if (utf32 !== undefined) return decodeBareUtf32(bytes, utf32, file);
  // ASCII saved as UTF-16 without a byte-order mark is valid UTF-8, every other byte a NUL.
  if (looksLikeUtf16(bytes)) return { line: 1, reason: UTF16_WITHOUT_BOM };
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // NULs after the text are padding (a file whose writing was cut short: the parse removes them, with a warning);
    // NULs strewn through it are binary data, unless a stray one or two.
    const unpadded = bytes.subarray(0, bytes.findLastIndex((byte) => byte !== 0) + 1);
    if (unpadded.length === 0 && bytes.length > 0) return { reason: 'it holds only NUL bytes (a file whose writing was cut short?); expected a saved Daily Papers listing, as text' };
    if (zeroShares(unpadded).all > BINARY_ZEROS && unpadded.filter((byte) => byte === 0).length > STRAY_ZEROS) return { reason: BINARY };
    return { text };
  } catch {
    return { ...firstBadLine(bytes), reason: isCutMidCharacter(bytes) ? CUT_SHORT : describeBadBytes(bytes, file) };
  }
}

const CUT_SHORT = 'it ends in the middle of a character, so it was cut short (a save or a copy that did not finish, or a full disk?); expected a whole saved Daily Papers listing: save the page again';

/**
 * Whether `bytes` are UTF-8 but for their last one to three bytes, the start
 * of a character they do not finish: a file whose writing stopped there.
 * Only where the rest holds a character beyond ASCII, which shows it is
 * UTF-8: one byte above ASCII at the end of ASCII text is as likely a
 * legacy encoding's letter (`Caf\xE9`).
 */
function isCutMidCharacter(bytes: Uint8Array): boolean {
  let lead = bytes.length - 1;
  while (lead > 0 && bytes.length - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead -= 1;
  const byte = bytes[lead]!;
  const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
  if (bytes.length - lead >= length) return false;
  const rest = bytes.subarray(0, lead);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(rest);
  } catch {
    return false;
  }
  return rest.some((b) => b >= 0x80);
}

/** The share of `bytes` that are zero, at even offsets, odd offsets and in all. */
function zeroShares(bytes: Uint8Array): { even: number; odd: number; all: number } {
  const zeros = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) zeros[i & 1]! += 1;
  const [even, odd] = zeros as [number, number];
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return { even: share(even, Math.ceil(bytes.length / 2)), odd: share(odd, Math.floor(bytes.length / 2)), all: share(even + odd, bytes.length) };
}

/** The share of `bytes` that are C0 controls other than tab, LF, VT, FF, CR and ESC (see {@link BINARY_CONTROLS}). */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const byte of bytes) if (byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) controls += 1;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/** Whether `bytes` read as UTF-16 without a byte-order mark (see UTF16_ZERO_SIDE). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const { even, odd } = zeroShares(bytes);
  return (odd > UTF16_ZERO_SIDE && even < UTF16_OTHER_SIDE) || (even > UTF16_ZERO_SIDE && odd < UTF16_OTHER_SIDE);
}

const BINARY = 'it is not text (it holds binary data: an image, a PDF or an archive?); expected a saved Daily Papers listing, as text';

const UTF16_WITHOUT_BOM = 'it looks like UTF-16 text without a byte-order mark; expected UTF-8 (or UTF-16 with a byte-order mark): save the page again as UTF-8';

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { reason: `it starts with a UTF-16 byte-order mark but is not valid ${encoding.toUpperCase()} text; expected a saved Daily Papers listing (save it again as UTF-8)` };
  }
}

/**
 * UTF-32 after its byte-order mark, four bytes a character (TextDecoder
 * reads no UTF-32): a file cut short or a value that is no character (a
 * surrogate, or past U+10FFFF) is refused naming the encoding and the line.
 */
function decodeUtf32(bytes: Uint8Array, encoding: Utf32): Decoded {
  const read = readUtf32(bytes.subarray(4), encoding);
  if ('text' in read) return read;
  const problem = 'cut' in read
    ? `ends in the middle of a character (${read.cut} of its 4 bytes), so it was cut short; expected a whole saved Daily Papers listing: save the page again as UTF-8`
    : `holds ${read.bad}, which is no character; expected a saved Daily Papers listing in ${encoding} throughout (save it again as UTF-8)`;
  return { line: read.line, reason: `it starts with a ${encoding} byte-order mark but ${problem}` };
}

type Utf32 = 'UTF-32LE' | 'UTF-32BE';

/** Code points above this are no character. */
const MAX_CODE_POINT = 0x10ffff;

/** `bytes` as UTF-32, four bytes a character; else the line where they stop being so, and how (`bad`: a value that is no character; `cut`: bytes of a last character cut short). */
function readUtf32(bytes: Uint8Array, encoding: Utf32): { text: string } | { line: number; bad: string } | { line: number; cut: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const line = () => parts.join('').split(/\r\n|\r|\n/u).length;
  const whole = bytes.length - (bytes.length % 4);
  for (let offset = 0; offset < whole; offset += 4) {
    const value = view.getUint32(offset, encoding === 'UTF-32LE');
    if (value > MAX_CODE_POINT || (value >= 0xd800 && value <= 0xdfff)) return { line: line(), bad: `U+${value.toString(16).toUpperCase().padStart(4, '0')}` };
    parts.push(String.fromCodePoint(value));
  }
  if (whole < bytes.length) return { line: line(), cut: bytes.length - whole };
  return { text: parts.join('') };
}

/**
 * UTF-32 without a byte-order mark, by its structure: most four-byte units
 * are a character of the first planes, its two high bytes NUL and its low
 * byte not (in text of Latin letters, three NUL bytes of every four, always
 * at the same places). No other encoding a page is saved in (UTF-8, UTF-16:
 * one NUL of every two) and no binary data lays its bytes out so.
 */
const UTF32_UNITS = 0.9;

/** The byte order of UTF-32 without a byte-order mark (see {@link UTF32_UNITS}), or undefined. */
function bareUtf32(bytes: Uint8Array): Utf32 | undefined {
  const units = Math.floor(bytes.length / 4);
  if (units < 2) return undefined;
  let little = 0;
  let big = 0;
  for (let at = 0; at < 4 * units; at += 4) {
    if (bytes[at] !== 0 && bytes[at + 2] === 0 && bytes[at + 3] === 0) little += 1;
    else if (bytes[at] === 0 && bytes[at + 1] === 0 && bytes[at + 3] !== 0) big += 1;
  }
  return little >= UTF32_UNITS * units ? 'UTF-32LE' : big >= UTF32_UNITS * units ? 'UTF-32BE' : undefined;
}

/**
 * UTF-32 without a byte-order mark (see {@link bareUtf32}): read, with a
 * warning, where every unit is a character; else refused naming the
 * encoding, the line and the command that converts it.
 */
function decodeBareUtf32(bytes: Uint8Array, encoding: Utf32, file: string): Decoded {
  const how = 'without a byte-order mark (four bytes a character, most of them NUL)';
  const read = readUtf32(bytes, encoding);
  if ('text' in read) return { text: read.text, warning: `read as ${encoding} ${how}; check that it reads as written, or save it again as UTF-8` };
  const found = 'cut' in read ? 'it ends in the middle of a character' : `it holds ${read.bad}, which is no character`;
  return { line: read.line, reason: `it looks like ${encoding} text ${how}, but ${found}; expected UTF-8: ${convertAdvice(encoding, file)}` };
}

/**
 * The lines of `bytes`, ended by CRLF, CR or LF as the parser ends them:
 * each line's 1-based number and its bytes. Bytes that are not UTF-8 are
 * never part of a multi-byte UTF-8 sequence, so a line holds each whole.
 */
function* textLines(bytes: Uint8Array): Generator<{ line: number; bytes: Uint8Array }> {
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end += 1;
    yield { line, bytes: bytes.subarray(start, end) };
    if (end === bytes.length) break;
    start = bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? end + 2 : end + 1;
  }
}

/** The lines that hold a byte that is not UTF-8, in order. */
function badLines(bytes: Uint8Array): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bad: number[] = [];
  for (const { line, bytes: text } of textLines(bytes)) {
    try {
      decoder.decode(text);
    } catch {
      bad.push(line);
    }
  }
  return bad;
}

/** The line of the first byte that is not UTF-8, so the user can find it. */
function firstBadLine(bytes: Uint8Array): { line?: number } {
  const [line] = badLines(bytes);
  return line === undefined ? {} : { line };
}

/**
 * The first character above ASCII that `bytes` hold as UTF-8 (`é`), and its
 * line, where the bytes that are not UTF-8 stand alone or in pairs, as
 * characters of a legacy encoding of one byte each pasted into UTF-8 text
 * do (`“quoted”`, `…”`); undefined where none does, or where they run three
 * or more in a row, as the text of an encoding of two bytes a character
 * (GBK, Shift_JIS) does, some of whose pairs read as UTF-8 by chance.
 */
function firstUtf8Character(bytes: Uint8Array): { character: string; line: number } | undefined {
  const decoder = new TextDecoder('utf-8');
  if (decoder.decode(bytes).includes('\uFFFD'.repeat(3))) return undefined;
  for (const { line, bytes: text } of textLines(bytes)) {
    const character = /[^\u0000-\u007F\uFFFD]/u.exec(decoder.decode(text))?.[0];
    if (character !== undefined) return { character, line };
  }
  return undefined;
}

/** How to convert a file from `encoding` into UTF-8, and what else to do, as a refusal ends. */
function convertAdvice(encoding: string, file: string): string {
  const converted = file.replace(/(?:\.txt)?$/iu, '.utf8.txt');
  return `convert it (\`iconv -f ${encoding} -t UTF-8 ${shellArg(file)} > ${shellArg(converted)}\`), check it and give that file, or save the page again as UTF-8`;
}

/**
 * Why bytes that are not UTF-8 are refused: UTF-16 without its mark, binary
 * data, or text of a legacy encoding, named by its first such byte as
 * Windows-1252 reads it. UTF-8 with such bytes pasted into it is named so,
 * with their lines: converting the whole file would garble its UTF-8
 * (`é` read as `Ã©`). A byte Windows-1252 leaves unassigned (`0x81`) is of
 * another encoding, which `iconv -f WINDOWS-1252` refuses.
 */
function describeBadBytes(bytes: Uint8Array, file: string): string {
  if (looksLikeUtf16(bytes)) return UTF16_WITHOUT_BOM;
  // No text encoding a browser saves in but UTF-16 has zero bytes, nor control bytes among its letters; compressed data
  // (an image, an archive, a PDF's streams) has as many of them as any byte, few zeros among them.
  if (zeroShares(bytes).all > BINARY_ZEROS || controlShare(bytes) > BINARY_CONTROLS) return BINARY;
  const byte = firstBadByte(bytes);
  const read = asWindows1252(byte);
  const utf8 = firstUtf8Character(bytes);
  if (utf8 !== undefined) {
    const lines = badLines(bytes);
    const shown = lines.length > MAX_LINES_NAMED ? `${lines.slice(0, MAX_LINES_NAMED).join(', ')}, …` : lines.length === 1 ? String(lines[0]) : `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
    return `it is UTF-8 text but for bytes of a legacy encoding such as Windows-1252 pasted into it, on line${lines.length === 1 ? '' : 's'} ${shown} (the first ${byteName(byte)}${read === undefined ? '' : `, \`${read}\` in Windows-1252`}): converting the whole file would garble the UTF-8 it holds (\`${utf8.character}\` on line ${utf8.line}); expected UTF-8: replace each such byte with the character it stands for, then give the file again`;
  }
  if (read === undefined) return `it is not UTF-8 text: it holds the byte ${byteName(byte)}, which Windows-1252 leaves unassigned, of another legacy encoding (Shift_JIS, GBK?: put its name for ENCODING); expected UTF-8: ${convertAdvice('ENCODING', file)}`;
  return `it is not UTF-8 text: it holds the byte ${byteName(byte)} (\`${read}\` in Windows-1252), of a legacy encoding such as Windows-1252; expected UTF-8: ${convertAdvice('WINDOWS-1252', file)}`;
}

/** Lines named in a refusal at most: the first show where to start. */
const MAX_LINES_NAMED = 5;

/** A byte as a message names it: `0x93`. */
function byteName(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** What a byte above ASCII reads as in Windows-1252, the legacy encoding Windows saves text in (`“` for 0x93); undefined for one it leaves unassigned. */
function asWindows1252(byte: number): string | undefined {
  const character = new TextDecoder('windows-1252').decode(new Uint8Array([byte]));
  return /\p{Cc}/u.test(character) ? undefined : character;
}

/** The first byte of `bytes` that starts no UTF-8 character, or cuts one short (bytes that are not UTF-8 hold one). */
function firstBadByte(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return byte;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + length));
    } catch {
      return byte;
    }
    at += length;
  }
  return bytes[bytes.length - 1] ?? 0;
}
