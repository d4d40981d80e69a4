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

/** A dump's listing text; or why it has none (a reason and, when known, the 1-based line). */
export type DumpText = { text: string } | { line?: number; reason: string };

/** File name extensions of a page saved as markup. */
const MARKUP_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.xml', '.svg']);

/** How to save a listing that Folio reads. */
const SAVE_AS_TEXT = 'expected the Daily Papers page saved as text: select the page in the browser, copy it and paste it into a .txt file (or save the page as "Text files")';

/** The text of a saved listing, or why the file is not one. */
export function dumpText(text: string, file: string): DumpText {
  const start = afterPrologue(text);
  if (/^<(?:!doctype\s+html|html[\s>])/iu.test(text.slice(start, start + 64)) || (MARKUP_EXTENSIONS.has(path.extname(file).toLowerCase()) && text[start] === '<')) {
    return { line: lineAt(text, start), reason: `it is a web page saved as HTML, which Folio does not read (which of its lines are papers would be a guess); ${SAVE_AS_TEXT}` };
  }
  const head = text.slice(0, 4096);
  if (/^MIME-Version:/imu.test(head)) {
    return { line: 1, reason: `it is a MIME message (a web archive saved as "Webpage, Single File" (MHTML), or an e-mail), not a listing page; ${SAVE_AS_TEXT}` };
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

/** The 1-based line of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (text[i] === '\n') line += 1;
  return line;
}
