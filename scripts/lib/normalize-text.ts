/**
 * Text normalisation shared by every step of the ingest.
 */

/**
 * Prepare a dump's raw text for parsing: drop a byte-order mark, turn CRLF and
 * lone CR line ends into LF, and compose Unicode to NFC (macOS tools often save
 * NFD, which would otherwise make `é` two characters).
 */
export function normalizeSource(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Fold every run of whitespace (spaces, tabs, no-break and other Unicode
 * spaces, zero-width spaces) into one space and trim the ends.
 */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u200B\u2060\uFEFF]+/gu, ' ').trim();
}
