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
 * no backquote between, and that apostrophe is ’. Any other backquote or apostrophe (Markdown's
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

/** ``…'' as “…”: every double backquote opens, the next '' (before another ``) closes. */
function pairDoubles(cells: Cell[]): void {
  let open = false;
  for (let i = 0; i + 1 < cells.length; i++) {
    const pair = cells[i]!.ch + cells[i + 1]!.ch;
    if (pair === '``' && isMark(cells, i, 2)) {
      replace(cells, i, '\u201c');
      open = true;
    } else if (pair === "''" && open && isMark(cells, i, 2)) {
      replace(cells, i, '\u201d');
      open = false;
    }
  }
}

/** `…' as ‘…’: a backquote before a non-space, closed by an apostrophe after a non-space and before no letter or digit, in the same sentence, with no backquote between. */
function pairSingles(cells: Cell[]): void {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.ch !== '`' || !isMark(cells, i, 1) || !isWordStart(cells[i + 1]?.ch)) continue;
    for (let j = i + 1; j < cells.length; j++) {
      const ch = cells[j]!.ch;
      if (ch === '`' || (/[.!?]/u.test(ch) && /\s/u.test(cells[j + 1]?.ch ?? ''))) break;
      if (ch !== "'" || !isMark(cells, j, 1) || /\s/u.test(cells[j - 1]!.ch) || /[\p{L}\p{N}`]/u.test(cells[j + 1]?.ch ?? '')) continue;
      cells[i]!.ch = '\u2018';
      cells[j]!.ch = '\u2019';
      i = j;
      break;
    }
  }
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
