import type { PhrasingContent, Text } from 'mdast';

/**
 * TeX's quotation marks, printed as TeX prints them: ``a'' is “a”, `a' is
 * ‘a’. A listing page shows an abstract's TeX source, so these reach the
 * dump as backquotes and apostrophes, which a reader takes for code or
 * stray marks.
 *
 * Only what reads unambiguously as a TeX quote changes: a double backquote
 * (nothing else writes one in running text) is “, and the first `''`
 * after it is ”; a single backquote is ‘ only where an apostrophe closes it
 * (not an apostrophe inside a word, `model's`) in the same sentence, with
 * no backquote between, and that apostrophe is ’. Mismatched marks print
 * as TeX prints each: `x'' is ‘x”, and ``x' (no '' after it) is “x’.
 * Any other backquote or apostrophe (Markdown's
 * `code`, the authors' work, 12'' screens) stays as it is. Formulas and
 * code are TeX or code, not text: never read for quotes, though a quote may
 * stand around one.
 */
export function printTexQuotes(nodes: PhrasingContent[]): void {
  const texts: Text[] = [];
  const cells: Cell[] = [];
  collect(nodes, texts, cells);
  if (!cells.some((cell) => cell.ch === '`')) return;
  pairDoubles(cells);
  pairSingles(cells);
  const values = texts.map(() => [] as string[]);
  for (const cell of cells) if (cell.node >= 0) values[cell.node]!.push(cell.ch);
  texts.forEach((node, i) => (node.value = values[i]!.join('')));
}

/** One UTF-16 unit of the text of a paragraph, and the text node it is in (-1: a formula or code, which no quote reads into). */
interface Cell {
  ch: string;
  node: number;
}

/** The text nodes of `nodes` in reading order, and their characters as cells. */
function collect(nodes: readonly PhrasingContent[], texts: Text[], cells: Cell[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      texts.push(node);
      for (const ch of node.value) cells.push({ ch, node: texts.length - 1 });
    } else if ('children' in node) {
      collect(node.children as PhrasingContent[], texts, cells);
    } else {
      cells.push({ ch: '\u0000', node: -1 });
    }
  }
}

/**
 * ``…'' as “…”: every double backquote opens, the next '' (before another
 * ``) closes. One that no '' closes may be closed by a lone apostrophe in
 * its sentence (``x' is “x’, as TeX prints it).
 */
function pairDoubles(cells: Cell[]): void {
  let open: number | undefined;
  const unclosed: number[] = [];
  for (let i = 0; i + 1 < cells.length; i++) {
    const pair = cells[i]!.ch + cells[i + 1]!.ch;
    if (pair === '``' && isMark(cells, i, 2)) {
      if (open !== undefined) unclosed.push(open);
      replace(cells, i, '\u201c');
      open = i;
    } else if (pair === "''" && open !== undefined && isMark(cells, i, 2)) {
      replace(cells, i, '\u201d');
      open = undefined;
    }
  }
  if (open !== undefined) unclosed.push(open);
  for (const i of unclosed) {
    const j = closerOf(cells, i + 2);
    if (j !== undefined && cells[j]!.ch === "'" && isMark(cells, j, 1)) cells[j]!.ch = '\u2019';
  }
}

/**
 * `…' as ‘…’: a backquote before a non-space, closed by an apostrophe (or
 * two, `x'' printing ‘x”, as TeX prints each mark) after a non-space and
 * before no letter or digit, in the same sentence, with no backquote between.
 */
function pairSingles(cells: Cell[]): void {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.ch !== '`' || !isMark(cells, i, 1) || !isWordStart(cells[i + 1]?.ch)) continue;
    const j = closerOf(cells, i + 1);
    if (j === undefined) continue;
    cells[i]!.ch = '\u2018';
    if (isMark(cells, j, 1)) cells[j]!.ch = '\u2019';
    else replace(cells, j, '\u201d');
    i = j;
  }
}

/**
 * The first closing quote from `from` in the sentence: a lone apostrophe or
 * a run of exactly two after a non-space and before no letter, digit or
 * backquote (not `model's`), before any backquote or the sentence's end.
 */
function closerOf(cells: readonly Cell[], from: number): number | undefined {
  for (let j = from; j < cells.length; j++) {
    const ch = cells[j]!.ch;
    if (ch === '`' || (/[.!?]/u.test(ch) && /\s/u.test(cells[j + 1]?.ch ?? ''))) return undefined;
    if (ch !== "'" || /\s/u.test(cells[j - 1]!.ch)) continue;
    const length = isMark(cells, j, 1) ? 1 : isMark(cells, j, 2) ? 2 : 0;
    if (length > 0 && !/[\p{L}\p{N}`]/u.test(cells[j + length]?.ch ?? '')) return j;
    // A run of two read at its first mark: its second is no closer of its own.
    if (length === 2) j += 1;
  }
  return undefined;
}

/**
 * Whether the `length` cells at `i` are a whole run of their mark, and not
 * after a backslash: three backquotes or more are Markdown's code, not TeX,
 * and `\``, `\'` are accents.
 */
function isMark(cells: readonly Cell[], i: number, length: number): boolean {
  const mark = cells[i]!.ch;
  const before = cells[i - 1]?.ch;
  return before !== mark && before !== '\\' && cells[i + length]?.ch !== mark;
}

/** Whether `ch` may follow an opening quote: something other than a space, a quote mark or the end. */
function isWordStart(ch: string | undefined): boolean {
  return ch !== undefined && !/[\s'`]/u.test(ch);
}

/** The two cells at `i` and `i + 1` become `mark`, the second emptied. */
function replace(cells: Cell[], i: number, mark: string): void {
  cells[i]!.ch = mark;
  cells[i + 1]!.ch = '';
}
