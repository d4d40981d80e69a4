/**
 * The lines of one title or abstract, wrapped over several lines, joined
 * into one text: with a space where a line broke at a space, and with none
 * where it broke after a hyphen inside a word (`Long-` over `Context` is
 * `Long-Context`, `4-` over `bit` is `4-bit`), as a line breaker (Firefox
 * saving a page as "Text files", a word processor) breaks after a hyphen
 * inside a word, or after an unspaced dash (`10–` over `20`), as after a
 * space. A hyphen that stands for a word keeps its space: before a word of
 * its own (`pre-` over `and post-training`), and before another such hyphen
 * (`small-` over `medium- and large-scale`, `medium-, and`; over `medium-`
 * alone, as the break after that one reads), but not after a compound's
 * inner hyphen (`text-to-` over `image- and video-generation`).
 */
export function joinWrappedLines(lines: readonly string[]): string {
  // Right to left, so that a line that is one word and its hyphen (`medium-`) knows how its own break reads.
  const joins = lines.map(() => false);
  for (let i = lines.length - 1; i > 0; i -= 1) joins[i] = brokeInWord(lines[i - 1]!, lines[i]!, joins[i + 1] ?? false);
  return lines.reduce((text, line, i) => (i === 0 ? line : `${text}${joins[i] ? '' : ' '}${line}`), '');
}

/**
 * Whether a line break between `before` and `after` fell after a hyphen
 * inside a word (between letters or figures), or after an unspaced dash;
 * `afterJoins`: whether the break after `after` did (what a line that is a
 * word and its hyphen is read by).
 */
function brokeInWord(before: string, after: string, afterJoins: boolean): boolean {
  // A dash between words or figures, unspaced (`10–20`, `models—and`), is broken after as a hyphen is.
  if (/[\p{L}\p{N}][\u2013\u2014]$/u.test(before)) return /^[\p{L}\p{N}]/u.test(after);
  if (!/[\p{L}\p{N}][-\u2010]$/u.test(before)) return false;
  if (/^\p{N}/u.test(after)) return true;
  const next = /^(\p{L}[\p{L}\p{M}]*)(?:([-\u2010])(.?))?/u.exec(after);
  if (next === null) return false;
  const [, word, hyphen, following] = next;
  // `and` in `pre- and post-training` is a word of its own; `to` in `text-` over `to-image` goes on the compound.
  if (hyphen === undefined) return !SUSPENDED_BEFORE.has(word!.toLowerCase());
  // A line ending inside a compound (`text-to-` over `image- and video-`) goes on with it: a suspended hyphen ends a word, not a compound's part.
  if (/[\p{L}\p{N}][-\u2010][\p{L}\p{N}]+[-\u2010]$/u.test(before)) return true;
  // `medium-` in `small-` over `medium-, and large-scale` stands for a word too; `language-` in `language-action` is a compound's.
  // The line ends at that hyphen (`medium-` alone): the break after it tells.
  if (following === '') return afterJoins;
  return /[\p{L}\p{N}]/u.test(following!);
}

/** Words a hyphen that stands for a word comes before (`pre- and post-training`, `first- or second-order`). */
const SUSPENDED_BEFORE = new Set(['and', 'or', 'nor', 'to', 'vs', 'versus', 'as', 'but', 'than']);
