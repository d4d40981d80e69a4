/**
 * Whether a saved file is a listing saved as text, the one form Folio
 * reads. A browser can also save the page as HTML, as a web archive, or as
 * the JSON of an API; read as lines, their markup would become titles and
 * abstracts, and each such "paper" would get a permanent URL. Reading HTML
 * as the browser shows it was tried, and no reading of its markup can tell
 * a paper from a card's author line, vote count or a sidebar heading without
 * guessing (a red team published invented papers and lost real ones through
 * every rule). So these are refused, naming what to save instead.
 */
import path from 'node:path';
import { lineAt, splitLines } from '../../src/text/normalize.ts';

/** A dump's listing text; or why it has none (a reason and, when known, the 1-based line). */
export type DumpText = { text: string } | { line?: number; reason: string };

/** File name extensions of a page saved as markup. */
const MARKUP_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.xml', '.svg']);

/** How to save a listing that Folio reads. */
const SAVE_AS_TEXT = 'expected the Daily Papers page saved as text: select the page in the browser, copy it and paste it into a .txt file (or save the page as "Text files")';

/** The text of a saved listing, or why the file is not one. */
export function dumpText(text: string, file: string): DumpText {
  const start = afterPrologue(text);
  if (isHtml(text, start, MARKUP_EXTENSIONS.has(path.extname(file).toLowerCase()))) {
    return { line: lineAt(text, start), reason: `it is a web page saved as HTML, which Folio does not read (which of its lines are papers would be a guess); ${SAVE_AS_TEXT}` };
  }
  const mime = mimeVersionLine(text);
  if (mime !== undefined) {
    return { line: mime, reason: `it is a MIME message (a web archive saved as "Webpage, Single File" (MHTML), or an e-mail), not a listing page; ${SAVE_AS_TEXT}` };
  }
  if (text[start] === '{' || text[start] === '[') {
    try {
      JSON.parse(text);
      return { line: 1, reason: `it is JSON (data from an API?), not a listing page; ${SAVE_AS_TEXT}` };
    } catch {
      // A listing whose first title starts with a bracket.
    }
  }
  return { text };
}

/**
 * Whether the content starting at `start` is an HTML page: a doctype, or
 * `<html` with the page's `<head`, `<body` or `</html>` after it (a title
 * such as "<html> Is All You Need" is not one); any markup at all in a file
 * named as markup (`markupName`).
 */
function isHtml(text: string, start: number, markupName: boolean): boolean {
  if (text[start] !== '<') return false;
  if (markupName || /^<!doctype\s+html/iu.test(text.slice(start, start + 16))) return true;
  return /^<html[\s>]/iu.test(text.slice(start, start + 6)) && /<(?:head|body)[\s>]|<\/html>/iu.test(text.slice(start, start + 65536));
}

/**
 * The line of `MIME-Version:` when `text` opens with a block of MIME header
 * lines (`Name: value`, folded lines starting with whitespace) that holds it,
 * before the first blank line; a listing that mentions the header later is
 * not a MIME message.
 */
function mimeVersionLine(text: string): number | undefined {
  const lines = splitLines(text.slice(0, 16384));
  for (let i = 0; i < lines.length && i < 100; i++) {
    const line = lines[i]!;
    if (line.trim() === '') return undefined;
    if (/^MIME-Version:/iu.test(line)) return i + 1;
    if (!/^[\x21-\x39\x3b-\x7e]+:/u.test(line) && !/^[ \t]/u.test(line)) return undefined;
  }
  return undefined;
}

/**
 * Where the content of `text` starts: after whitespace, an XML declaration
 * and comments (`<!-- saved from url=… -->`). One pass: a pattern that
 * repeats the comment could backtrack exponentially on a line of `<!---->`.
 */
function afterPrologue(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/u.test(text[at]!)) at += 1;
    const close = text.startsWith('<!--', at) ? '-->' : text.startsWith('<?xml', at) ? '?>' : undefined;
    if (close === undefined) return at;
    const end = text.indexOf(close, at + 4);
    if (end === -1) return at;
    at = end + close.length;
  }
}
