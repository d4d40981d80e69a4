import { foldWhitespace, normalizeSource } from '../../src/text/normalize.ts';
import { isChromeLine, stripGluedChrome } from './page-chrome.ts';
import { parseDateLabel } from './listing-date.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';

/** One title / abstract pair as it appears in a dump. */
export interface ListingEntry {
  /** The title, whitespace folded, NFC. */
  title: string;
  /** The abstract, whitespace folded, NFC; paragraphs (rare) separated by a blank line. */
  abstract: string;
  /** 1-based position of the entry in the listing. */
  position: number;
  /** 1-based line of the title in the file. */
  line: number;
  /** 1-based line where the abstract starts. */
  abstractLine: number;
}

/** What a dump holds: its entries, its date label, and what went wrong. */
export interface ParsedListing {
  entries: ListingEntry[];
  /** The listing's date label (`Mar 14`) when the dump has one. */
  date?: string;
  /** 1-based line of the date label. */
  dateLine?: number;
  /** Problems that make the dump unusable; the ingest writes nothing while there are any. */
  errors: Problem[];
  /** Things worth knowing that did not stop the parse. */
  warnings: Problem[];
}

/**
 * Longest line taken as a title. Real titles stay well under 250 characters;
 * a longer line at a title position means the structure is off (an abstract
 * split in two, or a missing title), which must not be guessed at silently.
 */
export const MAX_TITLE_LENGTH = 300;

interface Line {
  text: string;
  number: number;
  /** Whether a blank line came right before this one. */
  afterBlank: boolean;
}

/**
 * Parse one saved Daily Papers listing.
 *
 * Works by structure, not by exact text: page chrome is dropped wherever it
 * appears, a leading date label is recognised, and the remaining lines alternate
 * title / abstract. That covers both known layouts: blank-line separated, and
 * one line per field with `Subscribe` glued to the first title. In the
 * blank-line layout an over-long line where a title should be is taken as a
 * further paragraph of the abstract before it (with a warning), so nothing is
 * lost; anywhere else it is an error.
 */
export function parseListing(raw: string, file: string): ParsedListing {
  const text = normalizeSource(raw);

  if (text.trim() === '') {
    return { entries: [], errors: [problemAt(file, 1, 'the file is empty; expected a Daily Papers listing (title lines, each followed by an abstract)')], warnings: [] };
  }

  const lines: Line[] = [];
  const chromeWarnings: Problem[] = [];
  let afterBlank = false;
  text.split('\n').forEach((rawLine, index) => {
    const plain = foldWhitespace(rawLine);
    // The page glues "Subscribe" onto the first title only (after the date label, if any).
    const firstTitle = lines.length === 0 || (lines.length === 1 && parseDateLabel(lines[0]!.text) !== undefined);
    const folded = firstTitle ? foldWhitespace(stripGluedChrome(plain)) : plain;
    if (folded === '') {
      afterBlank = true;
      return;
    }
    if (!isChromeLine(folded)) {
      lines.push({ text: folded, number: index + 1, afterBlank });
    } else if (lines.length > 0) {
      chromeWarnings.push(problemAt(file, index + 1, `dropped ${quote(folded)} as page chrome; if it is a paper's title, the title / abstract pairs after it are off`));
    }
    afterBlank = false;
  });
  const blankLayout = lines.some((line) => line.afterBlank);

  // A date label (`Mar 14`) heads the listing. A title may look like a date
  // too (`2024-01-01`), so the first line is taken as a label only when that
  // reading of the structure is no worse than taking it as a title.
  const first = lines[0];
  if (first !== undefined && parseDateLabel(first.text) !== undefined) {
    const asLabel = pairUp(lines.slice(1), file, blankLayout);
    const asTitle = pairUp(lines, file, blankLayout);
    if (asLabel.errors.length <= asTitle.errors.length) return finish({ ...asLabel, date: first.text, dateLine: first.number }, file, chromeWarnings);
    return finish(asTitle, file, chromeWarnings);
  }
  return finish(pairUp(lines, file, blankLayout), file, chromeWarnings);
}

function finish(parsed: ParsedListing, file: string, chromeWarnings: readonly Problem[]): ParsedListing {
  parsed.warnings.unshift(...chromeWarnings);
  if (parsed.entries.length === 0 && parsed.errors.length === 0) {
    parsed.errors.push(problemAt(file, undefined, 'no papers found: expected title and abstract lines after the page header, found only page chrome'));
  }
  return parsed;
}

/** Take content lines as alternating title / abstract. */
function pairUp(lines: readonly Line[], file: string, blankLayout: boolean): ParsedListing {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const entries: ListingEntry[] = [];
  let pendingTitle: Line | undefined;

  for (const line of lines) {
    if (pendingTitle === undefined) {
      if (line.text.length > MAX_TITLE_LENGTH) {
        const previous = entries.at(-1);
        if (blankLayout && line.afterBlank && previous !== undefined) {
          previous.abstract = `${previous.abstract}\n\n${line.text}`;
          warnings.push(problemAt(file, line.number, `took this ${line.text.length}-character paragraph as a further paragraph of the abstract of ${quote(previous.title)}; a title was expected here`));
          continue;
        }
        errors.push(problemAt(file, line.number, `expected a title (one line of at most ${MAX_TITLE_LENGTH} characters), found a paragraph of ${line.text.length} characters starting ${quote(line.text, 40)}; is a title missing, or an abstract split over several lines?`));
        continue;
      }
      pendingTitle = line;
      continue;
    }
    entries.push({
      title: pendingTitle.text,
      abstract: line.text,
      position: entries.length + 1,
      line: pendingTitle.number,
      abstractLine: line.number,
    });
    pendingTitle = undefined;
  }

  if (pendingTitle !== undefined) {
    errors.push(problemAt(file, pendingTitle.number, `title ${quote(pendingTitle.text)} has no abstract: expected an abstract line after it, found the end of the file`));
  }
  return { entries, errors, warnings };
}
