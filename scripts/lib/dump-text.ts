/**
 * Whether a saved file is a listing saved as text, the one form Folio
 * reads. A browser can also save the page as HTML, as a web archive, or as
 * the JSON of an API, its developer tools copy the page's markup, and a
 * word processor saves the pasted page as rich text (RTF); read as lines,
 * their markup would become titles and abstracts, and each such "paper"
 * would get a permanent URL. Reading HTML
 * as the browser shows it was tried, and no reading of its markup can tell
 * a paper from a card's author line, vote count or a sidebar heading without
 * guessing (a red team published invented papers and lost real ones through
 * every rule). So these are refused, naming what to save instead.
 */
import path from 'node:path';
import { lineAt, splitLines } from '../../src/text/normalize.ts';
import { quote } from '../../src/format/problem.ts';
import { numberedLinks } from './numbered-links.ts';

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
  // RTF opens with its group and control word (`{\rtf1`), which no title does.
  if (text.startsWith('{\\rtf', start)) {
    return { line: lineAt(text, start), reason: `it is a rich-text (RTF) document (a word processor, or TextEdit, saved the pasted page with its formatting), which Folio does not read: its control words would be published in titles and abstracts; ${SAVE_AS_TEXT}, in a plain-text editor (in TextEdit, choose Format > Make Plain Text before saving)` };
  }
  const mime = mimeVersionLine(text);
  if (mime !== undefined) {
    return { line: mime, reason: `it is a MIME message (a web archive saved as "Webpage, Single File" (MHTML), or an e-mail), not a listing page; ${SAVE_AS_TEXT}` };
  }
  const markup = markupLines(text);
  if (markup !== undefined) {
    const { first, count } = markup;
    return { line: first.line, reason: `it is HTML markup (${quote(first.text, 60)} at line ${first.line} is a tag; ${count === 1 ? '1 line' : `${count} lines`} of markup in all), as the browser's developer tools or the page's source give it, which Folio does not read: its tags would be published as titles and abstracts; ${SAVE_AS_TEXT}` };
  }
  const markdown = markdownLines(text);
  if (markdown !== undefined) {
    const { first, kind, count } = markdown;
    return { line: first.line, reason: `it is a Markdown copy of the page (${quote(first.text, 60)} at line ${first.line} is ${kind}; ${count} lines of Markdown in all), which Folio does not read: its markup would be published in titles and abstracts; ${SAVE_AS_TEXT}, in a plain-text editor (a note-taking app such as Obsidian or Notion pastes the page as Markdown)` };
  }
  const listing = directoryListing(text);
  if (listing !== undefined) {
    const { first, count } = listing;
    return { line: first.line, reason: `it is a directory listing (${quote(first.text, 60)} at line ${first.line} names a file; ${count} such lines in all), not a listing page: its rows would be published as titles and abstracts; ${SAVE_AS_TEXT}, or give the dump files it names` };
  }
  const links = numberedLinks(text);
  if (links !== undefined) {
    const { number, references } = links;
    const where = [
      ...(number === undefined ? [] : [`${quote(number.text, 60)} at line ${number.line}`]),
      ...(references === undefined ? [] : [`the list of their addresses under \`References\` at line ${references.line}`]),
    ].join(', and ');
    return {
      line: number?.line ?? references!.line,
      reason: `it is a text-mode browser's dump with its links numbered (${where}), which Folio does not read: the numbers would be published in titles and abstracts, and the list as a paper; save the page again without them (\`lynx -dump -nolist\`, \`elinks -dump -no-numbering -no-references\`, \`w3m -dump\`), or ${SAVE_AS_TEXT}`,
    };
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
 * What a line of Markdown markup looks like, whole-line structure only (a
 * title or abstract that holds an asterisk, brackets or a bold word is no
 * Markdown): headings of level 2 and deeper (a browser's text save writes
 * `# ` before the items of a list four deep), a line of bold text, a
 * picture, a quotation, a code fence; and a link with its address in a
 * line no longer than a title (an abstract may spell one out).
 */
const MARKDOWN: ReadonlyArray<{ kind: string; test: (line: string) => boolean }> = [
  { kind: 'a heading', test: (line) => /^#{2,6}[ \t]+\S/u.test(line) },
  { kind: 'bold text', test: (line) => /^(\*\*|__)(?=\S).*\S\1$/u.test(line) },
  { kind: 'a picture', test: (line) => /^\[?!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)/u.test(line) },
  { kind: 'a quotation', test: (line) => /^>[ \t]+\p{L}/u.test(line) },
  { kind: 'a code block', test: (line) => /^(?:```|~~~)/u.test(line) },
  { kind: 'a link', test: (line) => line.length <= MARKDOWN_LINK_LINE && /\[[^\]]+\]\((?:https?:\/\/|\/)[^)\s]*\)/u.test(line) },
];

/** Longest line (a title, a card's furniture) in which a Markdown link counts as markup. */
const MARKDOWN_LINK_LINE = 300;

/** Lines of Markdown that make a file a Markdown copy: one alone may be a title's or an abstract's own text. */
const MARKDOWN_LINES = 2;

/** The first line of Markdown markup in `text`, what it is, and how many such lines there are, when there are enough to call it Markdown. */
function markdownLines(text: string): { first: { text: string; line: number }; kind: string; count: number } | undefined {
  let first: { text: string; line: number; kind: string } | undefined;
  let count = 0;
  splitLines(text).forEach((raw, index) => {
    const line = raw.trim();
    const markup = MARKDOWN.find(({ test }) => test(line));
    if (markup === undefined) return;
    count += 1;
    first ??= { text: line, line: index + 1, kind: markup.kind };
  });
  return first === undefined || count < MARKDOWN_LINES ? undefined : { first: { text: first.text, line: first.line }, kind: first.kind, count };
}

/** Elements a listing's markup is made of: a line that starts with one of these tags and ends with a tag is markup, not a title (`<SEG> Tokens for Speech`). */
const HTML_ELEMENTS = 'a|article|aside|b|body|br|button|div|em|footer|h[1-6]|head|header|html|i|img|li|link|main|meta|nav|ol|p|script|section|span|strong|style|svg|time|ul';
const MARKUP_LINE = new RegExp(`^</?(?:${HTML_ELEMENTS})(?=[\\s>/]).*>$`, 'u');
const TAG = new RegExp(`</?(?:${HTML_ELEMENTS})(?=[\\s>/])`, 'gu');

/** Lines of markup that make a file markup: one alone may be a title of the paper's own (`<div>A Title</div>`), unless it holds a page's worth of tags. */
const MARKUP_LINES = 2;
const MARKUP_TAGS = 8;

/** The first line of HTML markup in `text` and how many there are, when there are enough to call the file markup. */
function markupLines(text: string): { first: { text: string; line: number }; count: number } | undefined {
  let first: { text: string; line: number } | undefined;
  let count = 0;
  let tags = 0;
  splitLines(text).forEach((raw, index) => {
    const line = raw.trim();
    if (!MARKUP_LINE.test(line)) return;
    count += 1;
    tags = Math.max(tags, line.match(TAG)?.length ?? 0);
    first ??= { text: line, line: index + 1 };
  });
  return first === undefined || (count < MARKUP_LINES && tags < MARKUP_TAGS) ? undefined : { first, count };
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

/**
 * A row of a directory listing that names a file: `ls -l`'s (its type and
 * permissions, with an attribute mark after them on macOS and SELinux, the
 * link count, owner, group and size), or Windows `dir`'s (date, time, then
 * `<DIR>` or a size).
 */
const FILE_ROWS: readonly RegExp[] = [
  /^[-dlbcps][rwxsStT-]{9}[.@+]?\s+\d+\s+\S+\s+\S+\s+[\d,]+\s+\S/u,
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+(?:<DIR>|<JUNCTION>|[\d,.]+)\s+\S/iu,
];

/** The lines around those rows: `ls -l`'s total, `dir`'s volume, folder and count lines. */
const LISTING_FURNITURE = /^(?:total \d+|\s*Volume (?:in drive|Serial Number)\b.*|\s*Directory of .+|\s*\d[\d,.]* (?:File|Dir)\(s\).*)$/iu;

/**
 * The first row naming a file and the number of such rows, when the file
 * is a directory listing: two rows or more, which with the listing's own
 * lines make at least half of its lines that are not blank (an abstract may
 * quote a row, never be mostly rows).
 */
function directoryListing(text: string): { first: { line: number; text: string }; count: number } | undefined {
  const lines = splitLines(text.slice(0, 65536)).map((line, index) => ({ line: index + 1, text: line.replace(/\s+$/u, '') }));
  const filled = lines.filter((line) => line.text !== '');
  const rows = filled.filter((line) => FILE_ROWS.some((row) => row.test(line.text)));
  const own = rows.length + filled.filter((line) => LISTING_FURNITURE.test(line.text)).length;
  return rows.length >= 2 && own * 2 >= filled.length ? { first: rows[0]!, count: rows.length } : undefined;
}
