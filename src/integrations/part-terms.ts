/**
 * What the pages of one index of the search (a part, search-parts.ts) give
 * the search vocabulary, added up: on how many pages each term is and in
 * which forms, every form the pages write, and their titles. The vocabulary
 * needs no more of a part than these totals, and an index made from the same
 * records is the same bytes, so the build keeps each part's totals
 * (vocabulary-cache.ts) and reads none of the pages of a part kept from the
 * last build (at 10,000 papers, 7,000 of a day's 10,000). Pure.
 */
import type { PageTerms } from './page-terms.ts';

/** One term over a part's pages: on how many, and on how many each form of it is written. */
export interface TermTotal {
  pages: number;
  words: Map<string, number>;
}

/** A part's pages, added up. */
export interface PartTerms {
  /** Each term the pages have, in the order first met. */
  terms: Map<string, TermTotal>;
  /** Every form the pages write (their terms' forms and the other forms). */
  written: Set<string>;
  /** The pages' titles, in page order (for known items). */
  titles: string[];
}

/** Adds up `pages`, in page order. */
export function partTerms(pages: readonly PageTerms[]): PartTerms {
  const terms = new Map<string, TermTotal>();
  const written = new Set<string>();
  for (const page of pages) {
    for (let i = 0; i < page.terms.length; i++) {
      const term = page.terms[i]!;
      const form = page.forms[i]!;
      let total = terms.get(term);
      if (total === undefined) terms.set(term, (total = { pages: 0, words: new Map() }));
      total.pages++;
      total.words.set(form, (total.words.get(form) ?? 0) + 1);
      written.add(form);
    }
    for (const form of page.otherForms) written.add(form);
  }
  return { terms, written, titles: pages.map((page) => page.title) };
}
