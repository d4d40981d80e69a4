import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { isStopword, stem, wordParts } from '../../src/text/words.ts';
import type { ListingEntry } from './parse-listing.ts';

/**
 * The warnings for titles that share hardly a word with the abstract under
 * them. Where a paper's abstract and the next paper's title are lost
 * together (two lines of the one-line layout, two blocks of the blank-line
 * layout), titles and abstracts still alternate and nothing in the layout
 * breaks: the earlier title sits over the later paper's abstract. What
 * gives it away is the words: a paper's abstract repeats most of its
 * title's telling words (`Retrieval Heads` over an abstract about
 * `retrieval heads`). A word is weighed by how few of the dump's abstracts
 * hold it (`model` tells little, `grasping` much), so it takes a dump of
 * {@link MIN_PAPERS} papers or more to tell; a title whose telling words
 * mostly miss its abstract (under {@link MIN_SHARED} of their weight) is
 * named, with its abstract's line. In the seeds, no real pair falls under
 * it, and about half the pairs of a title and the next paper's abstract do.
 */
export function abstractsUnlikeTitles(entries: readonly ListingEntry[], file: string): Problem[] {
  if (entries.length < MIN_PAPERS) return [];
  const abstracts = entries.map((entry) => new Set(telling(entry.abstract)));
  const holding = new Map<string, number>();
  for (const words of abstracts) for (const word of words) holding.set(word, (holding.get(word) ?? 0) + 1);
  const weight = (word: string) => Math.log((entries.length + 1) / ((holding.get(word) ?? 0) + 1));
  return entries.flatMap((entry, i) => {
    const words = telling(entry.title);
    const total = words.reduce((sum, word) => sum + weight(word), 0);
    const shared = words.filter((word) => abstracts[i]!.has(word)).reduce((sum, word) => sum + weight(word), 0);
    if (total === 0 || shared / total >= MIN_SHARED) return [];
    return [
      problemAt(
        file,
        entry.line,
        `${quote(entry.title, 60)} shares hardly a word with the abstract under it (line ${entry.abstractLine}, ${quote(entry.abstract, 40)}): expected the abstract of that title; were lines lost between them (the title's abstract and the next paper's title, which the abstract may be)? Compare with the page and, if so, add the lost lines and ingest again`,
      ),
    ];
  });
}

/**
 * Whether the abstract under a title holds half its telling words or more,
 * as a paper's abstract does its title's and a part of another abstract
 * read as a title seldom does over the next part (`A second study
 * compares the adapters…` over `We release the benchmark…`). Unweighed:
 * asked of one paper, with no dump to weigh words by.
 */
export function abstractRepeatsTitle({ title, abstract }: Pick<ListingEntry, 'title' | 'abstract'>): boolean {
  const words = telling(title);
  const held = new Set(telling(abstract));
  return words.length > 0 && 2 * words.filter((word) => held.has(word)).length >= words.length;
}

/** Papers a dump needs before the words common to its abstracts can be told from the telling ones. */
const MIN_PAPERS = 10;

/** The share of a title's telling words (by weight) its own abstract holds at least. */
const MIN_SHARED = 0.1;

/** Letters of a word's stem compared: `tokenizer`, `tokenization` and `tokens` meet. */
const STEM_LETTERS = 4;

/** A text's words that may tell what it is about: no function words, no figures alone, each stem cut to {@link STEM_LETTERS}. */
function telling(text: string): string[] {
  return [...new Set(wordParts(text).filter((word) => /\p{L}/u.test(word) && !isStopword(word)).map((word) => stem(word).slice(0, STEM_LETTERS)))];
}
