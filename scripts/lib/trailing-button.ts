/**
 * The text of a page's button glued onto the end of an abstract, as a save
 * of a page that cuts abstracts short on a phone copies it (`…more`,
 * `… Read more`), or of one whose abstracts were expanded (`. Show less`).
 * Only its place tells it from the abstract's own words: a button of two
 * words right after the ellipsis the page cut the abstract with, or after
 * the end of the abstract's last sentence or link, is certain; one word
 * after an ellipsis (`…more`) may be the abstract's own (`less is… more`),
 * and so may two after any other word (`… we show less`): only the rest of
 * the dump can tell. Never a sentence's own last words before its full
 * stop (`models need more.`).
 */

/** A button's text found at the end of an abstract, and the abstract without it. */
export interface TrailingButton {
  /** The abstract up to the button: its ellipsis or its last sentence's mark kept. */
  text: string;
  /** The button as the abstract shows it, with the space before it. */
  button: string;
  /** Whether its place alone shows it is a button (two words after an ellipsis, a sentence's end or a link), not the abstract's last words. */
  certain: boolean;
  /** Whether it follows an ellipsis, as the page's button after an abstract it cut does. */
  afterEllipsis: boolean;
}

/** A button of two words: `Read more`, `Show less`, perhaps in brackets or with an arrow. */
const TWO_WORDS = String.raw`[(\[]?(?:read|show|see|view)\s+(?:more|less)[)\]]?(?:\s*[»›→])?`;
/** The end of a page's ellipsis, after the abstract's last word. */
const ELLIPSIS = String.raw`(?<=\S\s?(?:\u2026|\.\.\.))`;
/** After a page's ellipsis, a button of two words (`… Show more`). */
const TWO_AFTER_ELLIPSIS = new RegExp(String.raw`${ELLIPSIS}(\s*${TWO_WORDS})\s*$`, 'iu');
/** After a page's ellipsis, a button of one word (`…more`, `… (more)`, `… Expand`). */
const ONE_AFTER_ELLIPSIS = new RegExp(String.raw`${ELLIPSIS}(\s*[(\[]?(?:more|expand)[)\]]?(?:\s*[»›→])?)\s*$`, 'iu');
/** A button of two words at the end, after a space; see {@link afterEnd} for what stands before it. */
const TWO_AT_END = new RegExp(String.raw`(\s+${TWO_WORDS})\s*$`, 'iu');
/** A sentence's end, or a link, right before a button (`. Show less`, `https://example.org Read more`). */
const SENTENCE_END = /[.!?)\]"”’]$/u;
const LINK = /https?:\/\/\S/iu;
/** After any other word, a button of two words (`… Large Language Model Show less`). */
const AFTER_WORD = new RegExp(String.raw`(?<=\S)(\s+${TWO_WORDS})\s*$`, 'iu');

/** The button at the end of `abstract`, if it ends so (see above); else undefined. */
export function trailingButton(abstract: string): TrailingButton | undefined {
  const two = TWO_AFTER_ELLIPSIS.exec(abstract);
  if (two !== null) return { text: abstract.slice(0, two.index), button: two[1]!, certain: true, afterEllipsis: true };
  const end = afterEnd(abstract);
  if (end !== null) return { text: abstract.slice(0, end.index), button: end[1]!, certain: true, afterEllipsis: false };
  const one = ONE_AFTER_ELLIPSIS.exec(abstract);
  if (one !== null) return { text: abstract.slice(0, one.index), button: one[1]!, certain: false, afterEllipsis: true };
  const word = AFTER_WORD.exec(abstract);
  return word === null ? undefined : { text: abstract.slice(0, word.index), button: word[1]!, certain: false, afterEllipsis: false };
}

/**
 * After a sentence's end or a link, a button of two words (`. Show less`).
 * The text before the button is read back from its end, a character a
 * step: a look back for a link (`(?<=https?://\S+)`) in the pattern went
 * over the whole word before each character, quadratic in a long one.
 */
function afterEnd(abstract: string): RegExpExecArray | null {
  const match = TWO_AT_END.exec(abstract);
  if (match === null) return null;
  const before = abstract.slice(0, match.index);
  let start = before.length;
  while (start > 0 && /\S/u.test(before[start - 1]!)) start -= 1;
  return SENTENCE_END.test(before) || LINK.test(before.slice(start)) ? match : null;
}
