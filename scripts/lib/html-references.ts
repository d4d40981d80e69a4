/**
 * A dump copied from a page's HTML source (a feed reader's text, a script
 * that takes an element's `innerHTML`) writes `&`, `<`, `>` and quotes as
 * character references (`&amp;`, `&lt;`, `&#39;`). Where every `&` in the
 * text starts a reference, the text is escaped as a whole, and each
 * reference is read back as the character it stands for; where some `&`
 * stands alone (`R&D`), or a `<` or a `>` (which every escaper writes as a
 * reference), or an apostrophe or a double quote beside a reference for one
 * (an escaper that writes `&#39;` writes every apostrophe so), the text was
 * not escaped as a whole: a reference is its own words (an abstract about
 * HTML) and stays. So do references all on one line: an abstract may write
 * markup as text (`&lt;b&gt;`), and one line cannot tell it from a dump
 * escaped as a whole; a copy of a page's source shows them on two lines or
 * more (a title's `&amp;`, another abstract's `&#39;`).
 */

/** The named references read back: those an escaper writes, and the punctuation a page's source names. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', laquo: '\u00AB', raquo: '\u00BB', middot: '\u00B7', bull: '\u2022', times: '\u00D7',
};

/** A reference: named, decimal or hexadecimal. */
const REFERENCE = /&(?:([a-z][a-z0-9]*)|#([0-9]{1,7})|#x([0-9a-f]{1,6}));/giu;

/** An `&` that starts no reference. */
const BARE_AMPERSAND = /&(?![a-z][a-z0-9]*;|#[0-9]{1,7};|#x[0-9a-f]{1,6};)/iu;

/** A character every HTML escaper writes as a reference, as `&` is: standing as itself, the text was not escaped. */
const ALWAYS_ESCAPED = /[<>]/u;

/** The quotes an escaper may leave as they are, but writes every one of as a reference if it writes one so. */
const QUOTES = ['\'', '"'];

/** The first reference read back, and where: for the warning that says so. */
export interface ReadBack {
  /** The text with every reference it knows read back. */
  text: string;
  /** How many were read back. */
  count: number;
  /** The first, as written and as read, and its 1-based line. */
  first: { found: string; read: string; line: number };
}

/** The text with its references read back where it is escaped as a whole (see above); undefined where it is not, or holds none. */
export function readBackReferences(text: string): ReadBack | undefined {
  if (BARE_AMPERSAND.test(text) || ALWAYS_ESCAPED.test(text)) return undefined;
  let count = 0;
  let first: ReadBack['first'] | undefined;
  const readQuotes = new Set<string>();
  const lines = new Set<number>();
  const read = text.replace(REFERENCE, (found: string, name: string | undefined, decimal: string | undefined, hex: string | undefined, offset: number) => {
    const character = name !== undefined ? NAMED[name.toLowerCase()] : codePoint(Number.parseInt(decimal ?? hex!, decimal === undefined ? 16 : 10));
    if (character === undefined) return found;
    if (QUOTES.includes(character)) readQuotes.add(character);
    count += 1;
    const line = text.slice(0, offset).split('\n').length;
    lines.add(line);
    first ??= { found, read: character, line };
    return character;
  });
  if (first === undefined || lines.size < 2 || [...readQuotes].some((quote) => text.includes(quote))) return undefined;
  return { text: read, count, first };
}

/** The character of a code point a reference may stand for: not a control, a surrogate or beyond Unicode, and not a line break (a reference never splits a line). */
function codePoint(value: number): string | undefined {
  if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) || value < 0x20 || (value >= 0x7f && value < 0xa0)) return undefined;
  return String.fromCodePoint(value);
}
