/**
 * Text normalisation shared by every step of the ingest: what a line of a
 * dump becomes before anything reads its words.
 */

/**
 * Whitespace as Unicode defines it (JavaScript's `\s`: tab, VT, FF, no-break
 * and the other Unicode spaces, U+2028 and U+2029) plus NEL (U+0085), which
 * `\s` leaves out. Every run of it folds to one space.
 */
const WHITESPACE = /[\s\u0085]+/gu;

/**
 * Characters a saved page drags along that a reader never sees and that
 * break words or files when kept: C0 controls other than whitespace, DEL, C1
 * controls other than NEL (both from mis-decoded pages; HTML forbids them),
 * noncharacters (XML forbids U+FFFE and U+FFFF; feeds would be invalid), lone
 * surrogates, and the invisible separators a browser copy leaves inside words
 * (zero-width space, word joiner, zero-width no-break space, soft hyphen,
 * the Mongolian vowel separator outside Mongolian, invisible operators).
 * Zero-width (non-)joiners stay where they join something: they change how
 * emoji, Persian and Indic scripts render (see {@link joinsNothing}).
 */
const REMOVED = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u180E\u200B\u2060-\u2064\uFEFF]|\p{Noncharacter_Code_Point}|\p{Cs}/gu;

/** Zero-width joiners and non-joiners. */
const JOINERS = /[\u200C\u200D]+/gu;

/**
 * Whether a run of joiners at `at` (of `length`) joins nothing: at an end of
 * the line, next to whitespace, or between two ASCII characters, which no
 * joiner changes. There it only makes two titles that read the same differ.
 */
function joinsNothing(text: string, at: number, length: number): boolean {
  const [before, after] = [text[at - 1], text[at + length]];
  if (before === undefined || after === undefined || /[\s\u0085]/u.test(before) || /[\s\u0085]/u.test(after)) return true;
  return before.charCodeAt(0) < 0x80 && after.charCodeAt(0) < 0x80;
}

/** The directional marks (LRM, RLM, ALM): invisible characters that only say which way the characters around them run. */
const DIRECTIONAL_MARKS = /[\u200E\u200F\u061C]/gu;

/**
 * The characters of the scripts written right to left (Hebrew, Arabic,
 * Syriac, Thaana, N'Ko and the others of those blocks, their presentation
 * forms, and the historic ones beyond the BMP; the ALM is in Arabic's block,
 * so callers test a line without its marks). In a line without one, every
 * letter runs left to right, so a directional mark there places nothing the reader
 * meant: a browser with a right-to-left interface copies one around a link's
 * text, and it only makes two titles that read the same differ.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Bidirectional embeddings, overrides and isolates, and their terminators. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** A line of text made fit to store, and how many characters were removed from it. */
export interface CleanLine {
  /** NFC, controls and invisible separators removed, bidi controls balanced, whitespace folded and trimmed. */
  text: string;
  /** Characters removed (not counting whitespace folded into a space). */
  removed: number;
  /** The removed characters, each once, as `U+XXXX`, for messages. */
  removedCodes: string[];
}

/**
 * Make one line of a dump fit to store, as the reader saw it: remove what
 * {@link REMOVED} lists and unbalanced bidi controls (an open right-to-left
 * override would reorder everything after the title on every page that
 * lists it), fold every run of whitespace into one space, trim the ends and
 * compose to NFC (macOS tools often save NFD). Directional marks go too,
 * from a line with no right-to-left letter (see {@link RIGHT_TO_LEFT}).
 */
export function cleanLine(line: string): CleanLine {
  const codes = new Set<string>();
  let removed = 0;
  // Most lines hold nothing to remove: test before rewriting.
  REMOVED.lastIndex = 0;
  let text = !REMOVED.test(line)
    ? line
    : line.replace(REMOVED, (character) => {
        removed += 1;
        codes.add(codePoint(character));
        return '';
      });
  if (/[\u200C\u200D]/u.test(text)) {
    text = text.replace(JOINERS, (run, at: number, whole: string) => {
      if (!joinsNothing(whole, at, run.length)) return run;
      removed += run.length;
      for (const character of run) codes.add(codePoint(character));
      return '';
    });
  }
  if (/[\u200E\u200F\u061C]/u.test(text) && !RIGHT_TO_LEFT.test(text.replace(DIRECTIONAL_MARKS, ''))) {
    text = text.replace(DIRECTIONAL_MARKS, (mark) => {
      removed += 1;
      codes.add(codePoint(mark));
      return '';
    });
  }
  if (BIDI.test(text)) {
    const balanced = balanceBidi(text);
    removed += balanced.removed.length;
    for (const character of balanced.removed) codes.add(codePoint(character));
    text = balanced.text;
  }
  return { text: foldWhitespace(text).normalize('NFC'), removed, removedCodes: [...codes].sort() };
}

/** CRLF, lone CR (classic Mac) and LF: every text's line ends. */
const LINE_ENDS = /\r\n?|\n/g;
/** The Unicode line ends (U+2028, U+2029, NEL), which a few tools write instead of line feeds. */
const UNICODE_LINE_ENDS = /[\u2028\u2029\u0085]/g;

/**
 * How a text ends its lines: CRLF, lone CR and LF always; U+2028, U+2029
 * and NEL (U+0085) too when they outnumber those, as in a text a tool
 * wrote with them for its line ends (otherwise a browser put them inside a
 * title, and they fold to spaces). Decided on the whole text, so that a
 * slice of it is split the same way.
 */
function lineEndsOf(text: string): RegExp {
  const unicode = text.match(UNICODE_LINE_ENDS)?.length ?? 0;
  if (unicode === 0) return LINE_ENDS;
  return unicode > (text.match(LINE_ENDS)?.length ?? 0) ? /\r\n?|[\n\u2028\u2029\u0085]/ : LINE_ENDS;
}

/** Split a dump's text into lines: a leading byte-order mark dropped, each line end as {@link lineEndsOf} says. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(lineEndsOf(text));
}

/** The 1-based line of offset `at` in `text`, its line ends counted as {@link splitLines} splits the whole text. */
export function lineAt(text: string, at: number): number {
  return text.slice(0, at).replace(/^\uFEFF/, '').split(lineEndsOf(text)).length;
}

/** Fold every run of whitespace (see {@link WHITESPACE}) into one space and trim the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/**
 * Remove the bidi controls that do not pair up, as the Unicode bidi
 * algorithm pairs them: a PDF closes the innermost open embedding or
 * override, a PDI the innermost open isolate (and any embedding opened inside
 * it). What is left open at the end, or closes nothing, is removed, so the
 * text cannot reorder anything around it.
 */
export function balanceBidi(text: string): { text: string; removed: string[] } {
  const open: Array<{ index: number; isolate: boolean }> = [];
  const drop = new Set<number>();
  const characters = [...text];
  characters.forEach((character, index) => {
    const code = character.codePointAt(0)!;
    if ((code >= 0x202a && code <= 0x202b) || (code >= 0x202d && code <= 0x202e)) open.push({ index, isolate: false });
    else if (code >= 0x2066 && code <= 0x2068) open.push({ index, isolate: true });
    else if (code === 0x202c) {
      if (open.at(-1)?.isolate === false) open.pop();
      else drop.add(index);
    } else if (code === 0x2069) {
      const isolate = open.findLastIndex((o) => o.isolate);
      if (isolate === -1) drop.add(index);
      else open.length = isolate;
    }
  });
  for (const { index } of open) drop.add(index);
  if (drop.size === 0) return { text, removed: [] };
  return { text: characters.filter((_, index) => !drop.has(index)).join(''), removed: [...drop].map((index) => characters[index]!) };
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
