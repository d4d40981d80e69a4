import type { PhrasingContent, Text } from 'mdast';

/**
 * TeX's quotation marks, printed as TeX prints them: ``a'' is “a”, `a' is
 * ‘a’. A listing page shows an abstract's TeX source, so these reach the
 * dump as backquotes and apostrophes, which a reader takes for code or
 * stray marks.
 *
 * TeX prints each mark on its own (`` “, '' ”, ` ‘, ' ’), so mixed and
 * nested marks print so too: ``a' and `b'' is “a’ and ‘b”, ``a `b' c'' is
 * “a ‘b’ c”. Only what reads unambiguously as a TeX quote changes: a double
 * backquote (nothing else writes one in running text) is “; a closer (''
 * or ', after a non-space and before no letter, digit or backquote: not
 * `model's`) closes the innermost quote still open, ” or ’ as it is
 * written; a single backquote is ‘ only where a closer closes it in the
 * same sentence, with no other backquote between; a lone ' closes a double
 * quote only where no '' closes it (``x' is “x’; in ``the authors' work''
 * the apostrophe is the authors'). Any other backquote or apostrophe
 * (Markdown's `code`, the authors' work, 12'' screens) stays as it is.
 * Formulas and code are TeX or code, not text: never read for quotes,
 * though a quote may stand around one.
 */
export function printTexQuotes(nodes: PhrasingContent[]): void {
  const texts: Text[] = [];
  const cells: Cell[] = [];
  collect(nodes, texts, cells);
  if (!cells.some((cell) => cell.ch === '`')) return;
  pairQuotes(cells);
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

/** A quote opened and not yet closed: a double one (printed “ at once), or a single one (printed ‘ once closed). */
interface Open {
  double: boolean;
  at: number;
  /** A double's first lone apostrophe in its sentence, which closes it if no '' does; `null` once its sentence ended without one. */
  apostrophe?: number | null;
}

/**
 * Read the marks in order, each closer closing the innermost quote open (a
 * stack, as nesting reads): ``…'' as “…”, `…' as ‘…’, and mismatched
 * marks as TeX prints each (`x'' ‘x”, ``x' “x’). A sentence's end or a
 * backquote of no quote ends the singles open; a double stays open to the
 * next '' wherever it is.
 */
function pairQuotes(cells: Cell[]): void {
  const open: Open[] = [];
  const endSingles = () => {
    while (open.at(-1)?.double === false) open.pop();
    const double = open.at(-1);
    if (double !== undefined) double.apostrophe ??= null;
  };
  for (let i = 0; i < cells.length; i++) {
    const ch = cells[i]!.ch;
    if (ch === '`') {
      if (cells[i + 1]?.ch === '`' && isMark(cells, i, 2)) {
        replace(cells, i, '\u201c');
        open.push({ double: true, at: i });
        i += 1;
      } else if (isMark(cells, i, 1) && isWordStart(cells[i + 1]?.ch)) open.push({ double: false, at: i });
      else endSingles();
    } else if (ch === "'") {
      const length = isMark(cells, i, 1) ? 1 : cells[i + 1]?.ch === "'" && isMark(cells, i, 2) ? 2 : 0;
      // A closer ends a word: after a non-space, before no letter, digit or backquote (not `model's`).
      const closes = length > 0 && !/\s/u.test(cells[i - 1]?.ch ?? ' ') && !/[\p{L}\p{N}`]/u.test(cells[i + length]?.ch ?? '');
      if (length === 2) {
        // Any '' closes a double (``a '' is “a ”); a single only one that ends a word (in `b ''c' the ' does).
        const quote = open.at(-1);
        if (quote !== undefined && (quote.double || closes)) {
          open.pop();
          if (!quote.double) cells[quote.at]!.ch = '\u2018';
          replace(cells, i, '\u201d');
        }
        i += 1;
      } else if (length === 1 && closes) {
        const quote = open.at(-1);
        if (quote?.double === false) {
          open.pop();
          cells[quote.at]!.ch = '\u2018';
          cells[i]!.ch = '\u2019';
        } else if (quote !== undefined) quote.apostrophe ??= i;
      }
    } else if (/[.!?]/u.test(ch) && /\s/u.test(cells[i + 1]?.ch ?? '')) {
      endSingles();
    }
  }
  // A double no '' closed: its sentence's lone apostrophe closes it (``x' is “x’).
  for (const quote of open) if (quote.double && typeof quote.apostrophe === 'number') cells[quote.apostrophe]!.ch = '\u2019';
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
