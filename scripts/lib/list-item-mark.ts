/**
 * The mark a line starts with as an item of a list does, and the mark's
 * shape, or `undefined`. A mark is what a browser's saved text or an
 * author's typed list puts before an item, followed by white space and a
 * letter:
 *
 * - a bullet: one to three symbols or punctuation marks that are no word's
 *   (`- `, `* `, `• `, `– `, `→ `, `=> `, `✓ `, `🔹 `, `① `), but not a mark
 *   that opens what it encloses (a bracket, a quote), a heading's or a
 *   number's `#`, a formula's `$`, `%`, `&`, `@`, a backslash or an
 *   ellipsis, which start titles' own words;
 * - a counter (a figure of up to three, figures joined by full stops, one
 *   letter, a roman numeral, or a label's capitals and a figure) with a
 *   full stop, a bracket or a colon after it, or in brackets (`1. `, `a) `,
 *   `(A) `, `[2] `, `iv. `, `1: `, `1.1 `, `1.2. `, `RQ1: `); a lone
 *   figure with nothing after it (`1 bit is all…`) is a title's word.
 *
 * The shape is the mark in its compatibility form (`①` is `1`), each run
 * of figures written `1` and each run of small or capital letters `a` or
 * `A`, and one for every bullet of pictures (an emoji, `✓`, `▪`), as a
 * list may give each item its own: the items of one list share it (`a. `,
 * `b. `; `ii) `, `iii) `; `1.1 `, `1.2 `; `①`, `②`; `🚀`, `⚡`).
 *
 * `counts` says whether the mark is a counter (a figure, a letter, a
 * numeral: `a. `, `1.1 `, `①`), whose items count on, each mark unlike the
 * last, rather than a bullet, written alike before every item.
 */
export function listItemMark(line: string): { mark: string; shape: string; counts: boolean } | undefined {
  const match = ITEM_MARK.exec(line);
  if (match === null) return undefined;
  const mark = match[0];
  const written = mark.trim().normalize('NFKC');
  // A list may give each item a picture of its own (`🚀`, `⚡`; `✅`, `❌`): one shape.
  if (PICTURES.test(written)) return { mark, shape: 'picture', counts: false };
  return { mark, shape: written.replace(/\d+/gu, '1').replace(/\p{Ll}+/gu, 'a').replace(/\p{Lu}+/gu, 'A'), counts: written !== 'o' && /[\p{L}\p{N}]/u.test(written) };
}

/** A bullet of pictures alone: emoji and other symbols (`🚀`, `✅`, `✓`, `▪`, `★`), not a figure's keycap. */
const PICTURES = /^(?:(?=[\p{So}\p{Extended_Pictographic}])\P{N}\uFE0F?)+$/u;

/** A counter: figures (perhaps joined by full stops), one letter, a roman numeral, or a label's capitals and a figure (`RQ1`, `H2`: research questions, hypotheses). */
const COUNTER = String.raw`(?:\d{1,3}(?:\.\d{1,3})*|\p{L}|[ivxlc]{1,6}|[IVXLC]{1,6}|\p{Lu}{1,2}\d{1,2})`;

/** A bullet's one character: a symbol or a punctuation mark but those that start a title's own words. */
const BULLET = String.raw`(?:(?![\p{Ps}\p{Pi}\p{Pf}"'\x60#$%&@\\.…,;:!?¿¡/_])[\p{P}\p{S}\p{No}]\uFE0F?)`;

const ITEM_MARK = new RegExp(
  String.raw`^(?:${BULLET}{1,3}|o|\d\uFE0F?\u20E3|[(\[]${COUNTER}[)\]][.:]?|${COUNTER}[.):]|\d{1,3}(?:\.\d{1,3})+)[ \t\u00A0]+(?=\S*\p{L})`,
  'u',
);

/**
 * Whether the counter `later` comes next after `earlier`, as a list's items
 * count on (`a.` then `b.`, `1.1 ` then `1.2 `, `iv)` then `v)`, `①` then
 * `②`), both marks as {@link listItemMark} gives them. A figure, letter or
 * numeral that does not (`3.5 ` over `1.58 `, `C. ` over `E. `) is a
 * paper's own first word, not an item's.
 */
export function countsOn(earlier: string, later: string): boolean {
  const before = counterValues(earlier);
  return counterValues(later).some((next) => before.some((value) => value.prefix === next.prefix && value.number + 1 === next.number));
}

/** A counter's readings: what it is numbered under (`1.` of `1.2`) and its number (a letter's place in the alphabet, a roman numeral's value). */
function counterValues(mark: string): { prefix: string; number: number }[] {
  const core = mark.trim().normalize('NFKC').replace(/[\uFE0F\u20E3]/gu, '').replace(/^[(\[]/u, '').replace(/[)\].:]+$/u, '');
  const figures = /^((?:\d+\.)*|\p{Lu}+)(\d+)$/u.exec(core);
  if (figures !== null) return [{ prefix: figures[1]!, number: Number(figures[2]) }];
  const readings: { prefix: string; number: number }[] = [];
  if (/^\p{L}$/u.test(core)) readings.push({ prefix: '', number: core.toLowerCase().codePointAt(0)! - 96 });
  const roman = romanValue(core.toLowerCase());
  if (roman !== undefined) readings.push({ prefix: '', number: roman });
  return readings;
}

/** The value of a roman numeral (`iv` is 4), or `undefined`. */
function romanValue(text: string): number | undefined {
  if (!/^[ivxlc]+$/u.test(text)) return undefined;
  const digit: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const here = digit[text[i]!]!;
    value += here < (digit[text[i + 1] ?? ''] ?? 0) ? -here : here;
  }
  return value;
}
