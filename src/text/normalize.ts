/**
 * Text normalisation shared by every step of the ingest.
 */

/**
 * Prepare a dump's raw text for parsing: drop a byte-order mark and control
 * characters (a saved page has none that mean anything, and U+0000 cannot be
 * written in Markdown at all), turn CRLF and lone CR line ends into LF, and
 * compose Unicode to NFC (macOS tools often save NFD, which would otherwise
 * make `é` two characters).
 */
export function normalizeSource(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .normalize('NFC');
}

/**
 * Fold every run of whitespace (spaces, tabs, no-break and other Unicode
 * spaces, zero-width spaces) into one space and trim the ends.
 */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u200B\u2060\uFEFF]+/gu, ' ').trim();
}
