/**
 * The words a paper's search index needs besides its text as written
 * (src/text/search-fold.ts: folded compatibility characters, the pieces of
 * Chinese and Japanese text), as Pagefind metadata: the paper page and its
 * search record (src/integrations/search-records.ts) both carry them, so the
 * index finds `fine-tuning` in a paper that writes `ﬁne-tuning`, or `言語` in
 * `大規模言語モデル`, while the text the page shows, and Pagefind keeps for
 * excerpts, stays as written. Pagefind 1.6 indexes metadata as searchable
 * words; the search weighs these fields as the text they come from
 * (pagefind-api.ts). Pure.
 */
import { extraSearchWords } from '../text/search-fold.ts';

/** The metadata field of the extra words of the title and former titles. */
export const SEARCH_TITLE_FIELD = 'search-title';
/** The metadata field of the extra words of the abstract. */
export const SEARCH_TEXT_FIELD = 'search-text';

/** What a paper's extra words are made from. */
export interface SearchMetaSource {
  title: string;
  formerTitles: readonly string[];
  /** The abstract as plain text (math as `$tex$`). */
  text: string;
}

/**
 * The `data-pagefind-meta` values of a paper's extra words (`field:words`),
 * each `undefined` when that part needs none (most papers): one value an
 * element, since Pagefind reads one field from each attribute.
 */
export function searchMeta(paper: SearchMetaSource): { title: string | undefined; text: string | undefined } {
  const title = extraSearchWords([paper.title, ...paper.formerTitles]);
  const text = extraSearchWords([paper.text]);
  return { title: title ? `${SEARCH_TITLE_FIELD}:${title}` : undefined, text: text ? `${SEARCH_TEXT_FIELD}:${text}` : undefined };
}
