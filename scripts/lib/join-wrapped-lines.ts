/**
 * The lines of one title or abstract, wrapped over several lines, joined
 * into one text: with a space where a line broke at a space, and with none
 * where it broke after a hyphen inside a word (`Long-` over `Context` is
 * `Long-Context`, `4-` over `bit` is `4-bit`), as a line breaker (Firefox
 * saving a page as "Text files", a word processor) breaks after a hyphen
 * inside a word as after a space. A hyphen that stands for a word (`pre-`
 * over `and post-training`) keeps its space.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  return lines.reduce((text, line, i) => (i === 0 ? line : `${text}${brokeInWord(text, line) ? '' : ' '}${line}`), '');
}

/** Whether a line break between `before` and `after` fell after a hyphen inside a word: after a letter or a figure, before a letter. */
function brokeInWord(before: string, after: string): boolean {
  if (!/[\p{L}\p{N}][-\u2010]$/u.test(before)) return false;
  const next = /^(\p{L}[\p{L}\p{M}]*)(-?)/u.exec(after);
  // `and` in `pre- and post-training` is a word of its own; `to` in `text-` over `to-image` goes on the compound.
  return next !== null && (next[2] === '-' || !SUSPENDED_BEFORE.has(next[1]!.toLowerCase()));
}

/** Words a hyphen that stands for a word comes before (`pre- and post-training`, `first- or second-order`). */
const SUSPENDED_BEFORE = new Set(['and', 'or', 'nor', 'to', 'vs', 'versus', 'as', 'but', 'than']);
