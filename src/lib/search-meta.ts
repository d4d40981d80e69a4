/**
 * The words a paper's search index needs besides its text as written
 * (src/text/search-fold.ts: folded compatibility characters, the pieces of
 * Chinese and Japanese text; and the words formulas are part of,
 * {@link formulaWords}), as Pagefind metadata: the paper page and its
 * search record (src/integrations/search-records.ts) both carry them, so the
 * index finds `fine-tuning` in a paper that writes `ﬁne-tuning`, `言語` in
 * `大規模言語モデル`, or `O(L^2)` in one whose page writes `O(` before a
 * formula, while the text the page shows, and Pagefind keeps for
 * excerpts, stays as written. Pagefind 1.6 indexes metadata as searchable
 * words; the search weighs these fields as the text they come from
 * (pagefind-api.ts). Pure.
 */
import { extraSearchWords, searchFold } from '../text/search-fold.ts';
import { indexForm } from '../text/search-terms.ts';

/** The metadata field of the extra words of the title and former titles. */
export const SEARCH_TITLE_FIELD = 'search-title';
/** The metadata field of the extra words of the abstract. */
export const SEARCH_TEXT_FIELD = 'search-text';

/** What a paper's extra words are made from. */
export interface SearchMetaSource {
  title: string;
  formerTitles: readonly string[];
  /** The abstract as text, math as `$tex$`. */
  text: string;
  /** The abstract as plain text, formulas written out (`O(L²)`; abstract-text.ts). */
  plain: string;
}

/**
 * The `data-pagefind-meta` values of a paper's extra words (`field:words`),
 * each `undefined` when that part needs none (most papers): one value an
 * element, since Pagefind reads one field from each attribute.
 */
export function searchMeta(paper: SearchMetaSource): { title: string | undefined; text: string | undefined } {
  const title = extraSearchWords([paper.title, ...paper.formerTitles]);
  const text = [...new Set([extraSearchWords([paper.text]), formulaWords(paper.plain, paper.text)].join(' ').split(' '))].filter(Boolean).join(' ');
  return { title: title ? `${SEARCH_TITLE_FIELD}:${title}` : undefined, text: text ? `${SEARCH_TEXT_FIELD}:${text}` : undefined };
}

/**
 * The words of an abstract's plain text that hold a formula and that its
 * page does not give the index, in their searchable form, each once,
 * space-separated (`''` for most papers). The page gives the index each
 * formula's TeX apart from the text around it (rehype-pagefind-ignore-math:
 * `O($L^{2}$)` is indexed as `O(`, `L^{2}` and `)`, `$M^{2}$-Encoders` as
 * `M^{2}` and `-Encoders`), so the words a reader reads there (`O(L²)`,
 * `M²-Encoders`) or copies from the abstract's source (`O(L^2)`,
 * `M^2-Encoders`), which a query reduces to the same letters and digits,
 * would be missing; and a formula whose TeX reads otherwise than its text
 * (`\mathbb{R}^{d}`) would not be found as `R^d`. `text` is the abstract with
 * its formulas between `$`: its words, split there, are what the index has.
 */
export function formulaWords(plain: string, text: string): string {
  if (plain === text) return '';
  const indexed = new Set(text.replace(/\$/g, ' ').split(/\s+/).map((token) => indexForm(searchFold(token))));
  const words = new Set<string>();
  for (const token of plain.split(/\s+/)) {
    const folded = searchFold(token);
    const form = indexForm(folded);
    if (form && !indexed.has(form)) words.add(folded);
  }
  return [...words].join(' ');
}
