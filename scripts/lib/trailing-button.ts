/**
 * The text of a page's button glued onto the end of an abstract, as a save
 * of a page that cuts abstracts short on a phone copies it (`…more`,
 * `… Read more`), or of one whose abstracts were expanded (`. Show less`).
 * Only its place tells it from the abstract's own words: right after the
 * ellipsis the page cut the abstract with, or, for a button of two words,
 * after the end of the abstract's last sentence or link (certain); after
 * any other word, a button of two words may be the abstract's own (`… we
 * show less`), and only the rest of the dump can tell. Never a sentence's
 * own last words before its full stop (`models need more.`).
 */

/** A button's text found at the end of an abstract, and the abstract without it. */
export interface TrailingButton {
  /** The abstract up to the button: its ellipsis or its last sentence's mark kept. */
  text: string;
  /** The button as the abstract shows it, with the space before it. */
  button: string;
  /** Whether its place alone shows it is a button (after an ellipsis, a sentence's end or a link), not the abstract's last words. */
  certain: boolean;
}

/** A button of two words: `Read more`, `Show less`, perhaps in brackets or with an arrow. */
const TWO_WORDS = String.raw`[(\[]?(?:read|show|see|view)\s+(?:more|less)[)\]]?(?:\s*[»›→])?`;
/** After a page's ellipsis, a button of one word too (`…more`, `… (more)`, `… Expand`). */
const AFTER_ELLIPSIS = new RegExp(String.raw`(?<=\S\s?(?:\u2026|\.\.\.))(\s*(?:${TWO_WORDS}|[(\[]?(?:more|expand)[)\]]?(?:\s*[»›→])?))\s*$`, 'iu');
/** After a sentence's end or a link, a button of two words (`. Show less`). */
const AFTER_END = new RegExp(String.raw`(?<=(?:[.!?)\]"”’]|https?://\S+))(\s+${TWO_WORDS})\s*$`, 'iu');
/** After any other word, a button of two words (`… Large Language Model Show less`). */
const AFTER_WORD = new RegExp(String.raw`(?<=\S)(\s+${TWO_WORDS})\s*$`, 'iu');

/** The button at the end of `abstract`, if it ends so (see above); else undefined. */
export function trailingButton(abstract: string): TrailingButton | undefined {
  const match = AFTER_ELLIPSIS.exec(abstract) ?? AFTER_END.exec(abstract);
  if (match !== null) return { text: abstract.slice(0, match.index), button: match[1]!, certain: true };
  const word = AFTER_WORD.exec(abstract);
  return word === null ? undefined : { text: abstract.slice(0, word.index), button: word[1]!, certain: false };
}
