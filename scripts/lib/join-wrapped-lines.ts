/**
 * The lines of one title or abstract, wrapped over several lines, joined
 * into one text: with a space where a line broke at a space, and with none
 * where it broke after a hyphen inside a word (`Long-` over `Context` is
 * `Long-Context`, `4-` over `bit` is `4-bit`), as a line breaker (Firefox
 * saving a page as "Text files", a word processor) breaks after a hyphen
 * inside a word, or after an unspaced dash (`10–` over `20`), as after a
 * space. A hyphen that stands for a word (`pre-` over `and post-training`)
 * keeps its space.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  return lines.reduce((text, line, i) => (i === 0 ? line : `${text}${brokeInWord(text, line) ? '' : ' '}${line}`), '');
}

/** Whether a line break between `before` and `after` fell after a hyphen inside a word (between letters or figures), or after an unspaced dash. */
function brokeInWord(before: string, after: string): boolean {
  // A dash between words or figures, unspaced (`10–20`, `models—and`), is broken after as a hyphen is.
  if (/[\p{L}\p{N}][\u2013\u2014]$/u.test(before)) return /^[\p{L}\p{N}]/u.test(after);
  if (!/[\p{L}\p{N}][-\u2010]$/u.test(before)) return false;
  if (/^\p{N}/u.test(after)) return true;
  const next = /^(\p{L}[\p{L}\p{M}]*)(-?)/u.exec(after);
  // `and` in `pre- and post-training` is a word of its own; `to` in `text-` over `to-image` goes on the compound.
  return next !== null && (next[2] === '-' || !SUSPENDED_BEFORE.has(next[1]!.toLowerCase()));
}

/** Words a hyphen that stands for a word comes before (`pre- and post-training`, `first- or second-order`). */
const SUSPENDED_BEFORE = new Set(['and', 'or', 'nor', 'to', 'vs', 'versus', 'as', 'but', 'than']);
