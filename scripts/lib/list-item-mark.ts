/**
 * The mark a line starts with as an item of a list does, and the mark's
 * shape, or `undefined`. A mark is what a browser's saved text or an
 * author's typed list puts before an item, read by its form in the line's
 * plain writing (see {@link plainForm}: `１．` is `1.`, `Ⅱ` is `II`, `٣` is
 * `3`, `三` is `3`):
 *
 * - a bullet: one to three symbols or punctuation marks that are no word's
 *   (`- `, `* `, `• `, `– `, `→ `, `=> `, `✓ `, `🔹 `, `① `), but not a mark
 *   that opens what it encloses (a bracket, a quote), a heading's or a
 *   number's `#`, a formula's `$`, `%`, `&`, `@`, a backslash or an
 *   ellipsis, which start titles' own words; a typed bullet, a dash or a
 *   picture glued to its word (`•We`, `-We`, `🔹We`) too;
 * - a counter (a figure of up to three in any script, figures joined by
 *   full stops, a figure and a small letter, one letter, a roman numeral,
 *   a label's capitals and a figure, or a counting word and a figure:
 *   `Step 1`, `Phase II`) with a full stop, a bracket, a colon, an
 *   ideographic comma or a spaced dash after it, or in brackets (`1. `,
 *   `a) `, `(A) `, `[2] `, `iv. `, `1: `, `1 - `, `1a) `, `Step 1: `,
 *   `1.1 `, `1.2. `, `RQ1: `, `#1 `), perhaps in Markdown bold (`**1.** `);
 *   figures with a full stop or a bracket may be glued to their word
 *   (`1)We`, `１．We`, `三、`). A lone figure with nothing after it (`1 bit
 *   is all…`) or joined by a hyphen (`1-bit`, `Step-by-Step`) is a title's
 *   word.
 *
 * The shape is the mark in its plain form, each run of figures written `1`
 * and each run of small or capital letters `a` or `A`, and one for every
 * bullet of pictures (an emoji, `✓`, `▪`), as a list may give each item its
 * own: the items of one list share it (`a. `, `b. `; `ii) `, `iii) `; `1.1
 * `, `1.2 `; `①`, `②`; `🚀`, `⚡`). `written` is the mark in its plain form,
 * which tells one picture from another.
 *
 * `kind` says whether the mark is a counter (a figure, a letter, a numeral:
 * `a. `, `1.1 `, `①`, `Step 1: `), whose items count on, each mark unlike
 * the last, a picture, or another bullet, written alike before every item.
 */
export function listItemMark(line: string): ListItemMark | undefined {
  const { text, originalEnd } = plainForm(line.slice(0, MARK_SPAN));
  const match = ITEM_MARK.exec(text);
  const end = match === null ? undefined : originalEnd(match[0].length);
  if (match === null || end === undefined) return undefined;
  const mark = line.slice(0, end);
  const written = match[0].trim().normalize('NFKC').replace(/\uFE0F/gu, '');
  // A list may give each item a picture of its own (`🚀`, `⚡`; `✅`, `❌`): one shape.
  if (PICTURES.test(written)) return { mark, written, shape: 'picture', kind: 'picture' };
  const kind = written !== 'o' && /[\p{L}\p{N}]/u.test(written) ? 'counter' : 'bullet';
  return { mark, written, shape: written.replace(/\d+/gu, '1').replace(/\p{Ll}+/gu, 'a').replace(/\p{Lu}+/gu, 'A'), kind };
}

/** A list item's mark as {@link listItemMark} reads it. */
export type ListItemMark = { mark: string; written: string; shape: string; kind: 'counter' | 'picture' | 'bullet' };

/** Characters of a line's start a mark fits in (`**Contribution 12:** ` and a letter). */
const MARK_SPAN = 32;

/**
 * A text in its plain writing, and where each of its lengths ends in the
 * text as written: every figure of any script an ASCII figure (`٣`, `३`,
 * `３` are `3`), the Chinese numerals one to ten figures (`三` is `3`), and
 * every other character in its compatibility form (`．` is `.`, `）` is
 * `)`, `Ⅱ` is `II`), but a figure's other forms (`①`, `¹`, `⑴`), which are
 * bullets of their own.
 */
function plainForm(text: string): { text: string; originalEnd: (length: number) => number | undefined } {
  let plain = '';
  const ends = new Map<number, number>([[0, 0]]);
  let at = 0;
  for (const char of text) {
    plain += /\p{Nd}/u.test(char) ? String(digitValue(char)) : (CHINESE_NUMERALS.get(char) ?? (/\p{No}/u.test(char) ? char : char.normalize('NFKC')));
    at += char.length;
    ends.set(plain.length, at);
  }
  // A length inside one character's plain writing (`Ⅲ` is `III`) ends nowhere in the text as written.
  return { text: plain, originalEnd: (length) => ends.get(length) };
}

/** The value of a decimal figure of any script: figures are encoded zero to nine in a row. */
function digitValue(char: string): number {
  const code = char.codePointAt(0)!;
  let below = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(code - below - 1))) below++;
  return below % 10;
}

/** The Chinese (and Japanese) numerals one to ten, as a list counts with them (`一、`, `（二）`). */
const CHINESE_NUMERALS: ReadonlyMap<string, string> = new Map([...'一二三四五六七八九十'].map((numeral, i) => [numeral, String(i + 1)]));

/** Pictures an emoji joins into one with zero-width joiners (`👩‍🔬`, `🏳️‍🌈`): the rest of a bullet's one picture. */
const JOINED = String.raw`(?:\u200D\p{Extended_Pictographic}\uFE0F?)*`;

/** A bullet of pictures alone: emoji and other symbols (`🚀`, `✅`, `✓`, `▪`, `★`, `👩‍🔬`), not a figure's keycap. */
const PICTURES = new RegExp(String.raw`^(?:(?=[\p{So}\p{Extended_Pictographic}])\P{N}\uFE0F?${JOINED})+$`, 'u');

/** A counter: figures (perhaps joined by full stops), one letter, a roman numeral, or a label's capitals and a figure (`RQ1`, `H2`: research questions, hypotheses). */
const COUNTER = String.raw`(?:\d{1,3}(?:\.\d{1,3})*|\d{1,2}\p{Ll}|\p{L}|[ivxlc]{1,6}|[IVXLC]{1,6}|\p{Lu}{1,2}\d{1,2})`;

/** Words a list's items are counted with (`Step 1: `, `Phase II – `), first letter in either case. */
const COUNTING_WORDS = ['step', 'stage', 'phase', 'part', 'task', 'item', 'point', 'contribution', 'question', 'finding', 'lesson', 'insight', 'takeaway', 'challenge', 'goal', 'objective', 'level', 'round', 'module', 'component', 'experiment', 'claim', 'principle', 'observation', 'hypothesis', 'case', 'example', 'problem', 'section', 'chapter', 'tip', 'rule'];

/** A counting word and its counter, a figure, a roman numeral or a capital (`Step 1`, `Part II`, `Case A`). */
const WORD_COUNTER = String.raw`(?:${COUNTING_WORDS.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|')})[ \u00A0](?:\d{1,3}|[IVXLC]{1,6}|\p{Lu})`;

/** A bullet's one character: a symbol or a punctuation mark but those that start a title's own words. */
const BULLET = String.raw`(?:(?![\p{Ps}\p{Pi}\p{Pf}"'\x60#$%&@\\.…,;:!?¿¡/_])[\p{P}\p{S}\p{No}]\uFE0F?${JOINED})`;

/** A bullet typed or a picture glued to its word (`•We`, `-We`, `🔹We`): a dash, `*`, a typed bullet, or a symbol but the marks of a word or a figure (`©`, `®`, `°`, `™`). */
const GLUED_BULLET = String.raw`(?:[\p{Pd}*\u2022\u2023\u2043\u25E6\u00B7]|(?![\u00A9\u00AE\u00B0\u2122\u2117])\p{So}\uFE0F?${JOINED})`;

/** A counter and what follows it: a full stop, a bracket (`1.)` too), a colon or an ideographic comma; a slash (`1/ `, a thread's) or a spaced dash after figures or a counting word's counter; `#` and figures. */
const COUNTED = String.raw`(?:[(\[]${COUNTER}[)\]][.:]?|${COUNTER}(?:\.\)|[.):\u3001])|(?:\d{1,3}|\d{1,2}\p{Ll}|${WORD_COUNTER})(?:[.):/]|[ \u00A0]+[-\u2013\u2014])|#\d{1,3}[.):]?|\d{1,3}(?:\.\d{1,3})+)`;

/** Figures with a full stop, a bracket or an ideographic comma, or figures or a small roman numeral in brackets, which may be glued to their word (`1)We`, `１．We`, `三、`, `(ii)We`). */
const GLUED_COUNTED = String.raw`(?:[(\[](?:\d{1,3}|[ivxlc]{1,6})[)\]]|\d{1,3}[.)\]\u3001])`;

const SPACE = String.raw`[ \t\u00A0]+(?=\S*\p{L})`;

const ITEM_MARK = new RegExp(
  String.raw`^(?:(?:${BULLET}{1,3}|o|\d\uFE0F?\u20E3|${COUNTED}|\*\*${COUNTED}\*\*|__${COUNTED}__)${SPACE}|(?:${GLUED_COUNTED}|${GLUED_BULLET})(?=\p{L}))`,
  'u',
);

/**
 * Whether the counter `later` comes next after `earlier`, as a list's items
 * count on (`a.` then `b.`, `1.1 ` then `1.2 `, `iv)` then `v)`, `①` then
 * `②`, `Step 1:` then `Step 2:`), both marks as {@link listItemMark} gives
 * them. A figure, letter or numeral that does not (`3.5 ` over `1.58 `, `C. `
 * over `E. `) is a paper's own first word, not an item's.
 */
export function countsOn(earlier: string, later: string): boolean {
  const before = counterValues(earlier);
  return counterValues(later).some((next) => before.some((value) => value.prefix === next.prefix && value.number + 1 === next.number));
}

/** A counter's readings: what it is numbered under (`1.` of `1.2`, `1` of `1a`, `step` of `Step 2`) and its number (a letter's place in the alphabet, a roman numeral's value). */
function counterValues(mark: string): { prefix: string; number: number }[] {
  const core = plainForm(mark)
    .text.normalize('NFKC')
    .trim()
    .replace(/[\uFE0F\u20E3*_#]/gu, '')
    .replace(/^[(\[]/u, '')
    .replace(/[)\].:/\u3001\s\p{Pd}]+$/u, '');
  const [, word = '', counter = core] = /^(\p{L}{2,})\s(.+)$/u.exec(core) ?? [];
  const under = word.toLowerCase();
  const figures = /^((?:\d+\.)*|\p{Lu}+)(\d+)$/u.exec(counter);
  if (figures !== null) return [{ prefix: under + figures[1]!, number: Number(figures[2]) }];
  const lettered = /^(\d+)(\p{Ll})$/u.exec(counter);
  if (lettered !== null) return [{ prefix: `${under}${lettered[1]!}.`, number: letterValue(lettered[2]!) }];
  const readings: { prefix: string; number: number }[] = [];
  if (/^\p{L}$/u.test(counter)) readings.push({ prefix: under, number: letterValue(counter) });
  const roman = romanValue(counter.toLowerCase());
  if (roman !== undefined) readings.push({ prefix: under, number: roman });
  return readings;
}

/** A letter's place in its alphabet, as a counter counts (`b` after `a`, `β` after `α`). */
const letterValue = (letter: string) => letter.toLowerCase().codePointAt(0)! - 96;

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
