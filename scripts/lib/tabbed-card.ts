/**
 * A title and its abstract on one line with a tab between them, as a
 * table's row or a spreadsheet's export copies a card (`Sparse
 * Adapters<TAB>We study…`). A browser's copy of a page's text folds the
 * whitespace of a paragraph, so a tab stands between cells, never inside
 * an abstract's sentence; read with the tab folded into a space, the line
 * is one field where the layout expects two, and every card after it reads
 * shifted.
 */
import { cleanLine } from '../../src/text/normalize.ts';
import { endsLikeSentence, hasLetter, isLongerThanPageLines, LONG_TITLE, visibleLength } from './listing-structure.ts';

/** The two cells of a line, each as in the file (to be cleaned as any line is). */
export interface TabbedCard {
  title: string;
  abstract: string;
}

/** Tabs (and the spaces around them) between two cells. */
const CELL_BREAK = /[ \u00A0]*\t[\t \u00A0]*/u;

/**
 * The title and the abstract of `line`, where it is two cells a tab apart:
 * the first reads as a title (letters, no longer than a long title, not
 * ending as a sentence does), the second as an abstract (longer than the
 * title and than any line of the page's own, ending as a sentence does,
 * starting as one does, not in lowercase). Else undefined: a line of three
 * cells or more (a table of other columns), an abstract's sentence before a
 * tab, an abstract's first words before one (`Visual<TAB>tokenization
 * via…`, or one word alone, `Mobile<TAB>App reviews…`: a title is seldom one
 * word), or a title with a tab of its own (`New<TAB>Long Title Words`)
 * is no card, and reads with the tab as a space.
 */
export function tabbedCard(line: string): TabbedCard | undefined {
  const cells = line.trim().split(CELL_BREAK);
  if (cells.length !== 2) return undefined;
  const [title, abstract] = cells.map((cell) => cleanLine(cell).text) as [string, string];
  if (!hasLetter(title) || !/\s/u.test(title) || visibleLength(title) > LONG_TITLE || endsLikeSentence(title)) return undefined;
  if (!hasLetter(abstract) || /^\p{Ll}/u.test(abstract) || visibleLength(abstract) <= visibleLength(title) || !endsLikeSentence(abstract) || !isLongerThanPageLines(abstract)) return undefined;
  return { title: cells[0]!, abstract: cells[1]! };
}
