import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { endsLikeSentence, visibleLength } from './listing-structure.ts';
import { finalMark } from './final-mark.ts';
import type { ListingEntry } from './parse-listing.ts';

/**
 * The errors for papers read upside down: a title that ends as a sentence
 * does, over an abstract shorter than it that ends with no full stop (`Experiments on
 * four benchmarks show gains.` over `Plans That Repair Themselves`, or a
 * title that asks a question, `Does One Shot Suffice?`). A
 * paragraph split off an abstract (a blank line inside it, or an abstract
 * the page showed in two paragraphs) reads so when the next title follows
 * it: each title and abstract after it shifts by one, and where another
 * split paragraph shifts them back, no pair is left without its other half
 * and the listing reads as papers with no fault. A paper's title that ends
 * with a full stop sits over an abstract longer than itself, or one that
 * ends with a full stop too, so it is not named here.
 */
export function abstractsSplitIntoTitles(entries: readonly ListingEntry[], file: string): Problem[] {
  return entries
    .filter(({ title, abstract }) => endsLikeSentence(title) && !endsAsStatement(abstract) && visibleLength(abstract) < visibleLength(title))
    .map(({ title, abstract, line, abstractLine }) =>
      problemAt(
        file,
        line,
        `${quote(title, 40)} reads as a title over ${quote(abstract, 40)} (line ${abstractLine}) as its abstract: a title that ends as a sentence, over an abstract shorter than it with no full stop at its end, as where a paragraph split off the abstract above shifts each title and abstract after it by one; expected a title over each abstract: if ${quote(title, 40)} is a paragraph of the abstract above it, join the two (delete the blank line or line break between them) and ingest again; if the two lines are a paper's title and abstract, end the abstract with its full stop`,
      ),
    );
}

/** Whether a text ends as a statement does: a full stop or an ellipsis (a shortened abstract), perhaps inside quotes or brackets; a question is what many titles end as. */
function endsAsStatement(text: string): boolean {
  return STATEMENT_MARKS.has(finalMark(text));
}

const STATEMENT_MARKS: ReadonlySet<string> = new Set(['.', '\u2026']);
