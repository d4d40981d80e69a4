/**
 * The line breaks a tool made wrapping a dump at a width, where the tool
 * marks them: `fold -s` breaks after a space and keeps it at the end of the
 * line, as a mail client's `format=flowed` does (RFC 3676), so a line that
 * ends with a space goes on in the next line, and one that ends without is
 * the end of a title or an abstract. A word longer than the width (a URL) is
 * cut where the width ends, with no space: its line has no space in it and
 * fills the width (the widest line broken at a space; `fold` counts bytes,
 * so a line with accents holds fewer characters), where a URL that ends an
 * abstract a column short of it is left alone, and so is one that fills
 * it ending with a full stop over a line that starts with a capital (the
 * next title); a line of one word that fills the width over a line that starts
 * with a space was broken at that space. For each line, what joins it to the next one: `' '` (a
 * break at a space), `''` (a word cut), or undefined (a line break of the
 * dump's own). Undefined when the text does not look wrapped so: fewer than
 * {@link MIN_SOFT_BREAKS} lines end with a space over a line of text, or
 * they are not mostly near one width (a save whose titles end with a space
 * is not wrapped). Saves from the site end no line with a space.
 */
export function softBreaks(raws: readonly string[]): { width: number; joins: Array<' ' | '' | undefined> } | undefined {
  const text = (i: number) => raws[i] !== undefined && /\S/u.test(raws[i]!);
  const soft = raws.flatMap((raw, i) => (text(i) && /[ \t]$/u.test(raw) && text(i + 1) ? [i] : []));
  if (soft.length < MIN_SOFT_BREAKS) return undefined;
  const width = widest(soft.map((i) => lengthOf(raws[i]!)));
  const near = soft.filter((i) => lengthOf(raws[i]!.trimEnd()) >= NEAR_WIDTH * width).length;
  if (near < MOSTLY * soft.length) return undefined;
  const softAt = new Set(soft);
  // A line of one word that fills the width: cut there, or (the next line starting with the space) broken before a space.
  const full = (i: number) => text(i) && text(i + 1) && !/\s/u.test(raws[i]!) && Math.max(lengthOf(raws[i]!), bytesOf(raws[i]!)) >= width;
  const spaceNext = (i: number) => /^[ \t]/u.test(raws[i + 1]!);
  // A URL that ends an abstract with its full stop, filling the width, over the next title (a capital): not cut.
  return { width, joins: raws.map((_, i) => (softAt.has(i) || (full(i) && spaceNext(i)) ? ' ' : full(i) && !endsOver(raws[i]!, raws[i + 1]!) ? '' : undefined)) };
}

/**
 * The words `fold` cut at the width in text wrapped with no marks at its
 * breaks (the spaces at the ends of its lines stripped): a line of one word
 * (a URL) that fills the width, the widest of the lines of several words or
 * a column wider (a line that ends a paragraph may fill the column the
 * broken lines keep for their space). For each line, `''` where it goes on
 * in the next with no space, or undefined. Undefined when the text does not
 * look wrapped at a width: fewer than {@link MIN_SOFT_BREAKS} lines of
 * several words over text are near the widest. Not a URL that fills the
 * width ending with a full stop over a capital (the next title), nor one
 * over a line that starts with a space (broken at it: joined as usual).
 */
export function cutWords(raws: readonly string[]): Array<'' | undefined> | undefined {
  const text = (i: number) => raws[i] !== undefined && /\S/u.test(raws[i]!);
  const words = raws.flatMap((raw, i) => (text(i) && text(i + 1) && /\S\s+\S/u.test(raw.trim()) ? [bytesOf(raw.trimEnd())] : []));
  const width = widest(words);
  if (words.filter((n) => n >= NEAR_WIDTH * width).length < MIN_SOFT_BREAKS) return undefined;
  const cut = (i: number) => {
    const raw = raws[i]!.trimEnd();
    return text(i) && text(i + 1) && !/\s/u.test(raw.trimStart()) && bytesOf(raw) >= width && bytesOf(raw) <= width + 1 && !/^\s/u.test(raws[i + 1]!) && !endsOver(raw, raws[i + 1]!);
  };
  const joins = raws.map((_, i) => (cut(i) ? ('' as const) : undefined));
  return joins.some((join) => join !== undefined) ? joins : undefined;
}

/** The largest of `widths`, or 0: a loop, as a dump's lines are too many to spread into `Math.max`'s arguments (a RangeError past about 120,000). */
function widest(widths: readonly number[]): number {
  let width = 0;
  for (const w of widths) if (w > width) width = w;
  return width;
}

/** Whether a line that fills the width ends an abstract over the next title: a full stop, then a capital or a figure. */
function endsOver(line: string, next: string): boolean {
  return /[.!?\u2026]$/u.test(line) && /^[\p{Lu}\p{N}]/u.test(next);
}

/** Lines ending with a space over a line of text that a wrapped text shows at least. */
const MIN_SOFT_BREAKS = 4;
/** A line broken at a space is at least this share of the widest such line (a long word after it ends it sooner)... */
const NEAR_WIDTH = 2 / 3;
/** ...for at least this share of them. */
const MOSTLY = 3 / 4;

/** Characters (code points) of a line. */
function lengthOf(text: string): number {
  return [...text].length;
}

/** UTF-8 bytes of a line, as `fold` counts them. */
function bytesOf(text: string): number {
  return new TextEncoder().encode(text).length;
}
