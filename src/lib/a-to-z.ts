import { byTitle, indexLetter, type PaperSummary } from './group-papers.ts';
import { paginate, type Page } from './paginate.ts';

/** Titles per page of the A–Z index: about 60 KB of HTML at typical title lengths. */
export const TITLES_PER_PAGE = 300;

/** The papers of one letter on one page of the A–Z index. */
export interface LetterRun<P> {
  /** `A`–`Z`, or `#` for titles that start with anything else. */
  letter: string;
  /** Whether the letter's first title is on this page (its heading is the letter's anchor). */
  starts: boolean;
  papers: P[];
}

/** One page of the A–Z index, like a dictionary page: its titles by letter. */
export interface AzPage<P> extends Omit<Page<P>, 'items'> {
  runs: LetterRun<P>[];
}

/** Where each letter starts in the A–Z index, and how many titles it has. */
export interface LetterStart {
  letter: string;
  page: number;
  count: number;
}

/**
 * The A–Z index as dictionary pages of at most `perPage` titles (sorted as a
 * reader expects, see `byTitle`), letters in order and `#` (digits and other
 * scripts) last, and where each letter starts.
 */
export function azPages<P extends Pick<PaperSummary, 'slug' | 'title'>>(papers: readonly P[], perPage = TITLES_PER_PAGE): { pages: AzPage<P>[]; letters: LetterStart[] } {
  const sorted = byTitle(papers).map((paper) => ({ paper, letter: indexLetter(paper.title) }));
  // `#` last: digits sort before letters, but a reader looks for a letter first.
  const ordered = [...sorted.filter((s) => s.letter !== '#'), ...sorted.filter((s) => s.letter === '#')];
  const letters: LetterStart[] = [];
  const pages = paginate(ordered, perPage).map(({ items, ...page }): AzPage<P> => {
    const runs: LetterRun<P>[] = [];
    for (const { paper, letter } of items) {
      let run = runs.at(-1);
      if (run?.letter !== letter) {
        const starts = letters.at(-1)?.letter !== letter;
        if (starts) letters.push({ letter, page: page.number, count: 0 });
        run = { letter, starts, papers: [] };
        runs.push(run);
      }
      run.papers.push(paper);
      letters.at(-1)!.count += 1;
    }
    return { ...page, runs };
  });
  return { pages, letters };
}
