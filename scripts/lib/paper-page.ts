import { cleanLine, splitLines } from '../../src/text/normalize.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';

/**
 * The headings of the sections a paper's own page ends with, each on a
 * line of its own, perhaps with its count (`Models citing this paper 0`):
 * what links to the paper. No listing shows them.
 */
const SECTION = /^(?:(?:models|datasets|spaces) citing|collections including) this paper(?: \d[\d,.]*k?)?$/iu;

/** Sections it takes: one such line alone may be a paper's title. */
const MIN_SECTIONS = 2;

/**
 * The error for a paper's own page saved or copied where a day's listing
 * was meant (`huggingface.co/papers/2503.01231`), or undefined. Its paper
 * stands among lines no listing has (the authors one a line, the comments,
 * the sections that link to it), which read as papers, and no reading of
 * them gives the paper alone; the page is known by those sections'
 * headings, two different ones or more.
 */
export function paperPage(raw: string, file: string): Problem | undefined {
  // Each heading once, where it first stands, as written there (its count taken off).
  const found = new Map<string, { heading: string; line: number }>();
  splitLines(raw).forEach((line, i) => {
    const text = cleanLine(line).text;
    if (!SECTION.test(text)) return;
    const heading = text.replace(COUNT, '');
    if (!found.has(heading.toLowerCase())) found.set(heading.toLowerCase(), { heading, line: i + 1 });
  });
  if (found.size < MIN_SECTIONS) return undefined;
  const [first, second] = [...found.values()] as [{ heading: string; line: number }, { heading: string; line: number }];
  return problemAt(
    file,
    first.line,
    `the dump is a paper's own page (${quote(first.heading)} at line ${first.line}, ${quote(second.heading)} at line ${second.line}), not a Daily Papers listing: its lines around the paper (authors, comments, links) would be read as papers; expected a listing's titles and abstracts: save the Daily Papers page of the day (huggingface.co/papers) and ingest that`,
  );
}

/** A section's count after its heading. */
const COUNT = / \d[\d,.]*k?$/u;
