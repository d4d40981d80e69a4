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
 *   letter or a roman numeral) with a full stop, a bracket or a colon after
 *   it, or in brackets (`1. `, `a) `, `(A) `, `[2] `, `iv. `, `1: `, `1.1 `,
 *   `1.2. `); a lone figure with nothing after it (`1 bit is all…`) is a
 *   title's word.
 *
 * The shape is the mark in its compatibility form (`①` is `1`), each run
 * of figures written `1` and each run of small or capital letters `a` or
 * `A`: the items of one list share it (`a. `, `b. `; `ii) `, `iii) `;
 * `1.1 `, `1.2 `; `①`, `②`).
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
  return { mark, shape: written.replace(/\d+/gu, '1').replace(/\p{Ll}+/gu, 'a').replace(/\p{Lu}+/gu, 'A'), counts: written !== 'o' && /[\p{L}\p{N}]/u.test(written) };
}

/** A counter: figures (perhaps joined by full stops), one letter, or a roman numeral. */
const COUNTER = String.raw`(?:\d{1,3}(?:\.\d{1,3})*|\p{L}|[ivxlc]{1,6}|[IVXLC]{1,6})`;

/** A bullet's one character: a symbol or a punctuation mark but those that start a title's own words. */
const BULLET = String.raw`(?:(?![\p{Ps}\p{Pi}\p{Pf}"'\x60#$%&@\\.…,;:!?¿¡/_])[\p{P}\p{S}\p{No}]\uFE0F?)`;

const ITEM_MARK = new RegExp(
  String.raw`^(?:${BULLET}{1,3}|o|\d\uFE0F?\u20E3|[(\[]${COUNTER}[)\]][.:]?|${COUNTER}[.):]|\d{1,3}(?:\.\d{1,3})+)[ \t\u00A0]+(?=\S*\p{L})`,
  'u',
);
