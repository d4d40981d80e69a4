/**
 * A paper's words in their searchable form (src/text/search-fold.ts), as
 * Pagefind metadata: the paper page and its search record
 * (src/integrations/search-records.ts) both carry them, so the index finds
 * `fine-tuning` in a paper that writes `ﬁne-tuning` while the text the page
 * shows, and Pagefind keeps for excerpts, stays as written. Pagefind 1.6
 * indexes metadata as searchable words; the search weighs these fields as
 * the text they come from (pagefind-api.ts). Pure.
 */
import { foldedWords } from '../text/search-fold.ts';

/** The metadata field of the folded words of the title and former titles. */
export const FOLDED_TITLE_FIELD = 'folded-title';
/** The metadata field of the folded words of the abstract. */
export const FOLDED_TEXT_FIELD = 'folded-text';

/** What a paper's folded words are made from. */
export interface FoldedSource {
  title: string;
  formerTitles: readonly string[];
  /** The abstract as plain text (math as `$tex$`). */
  text: string;
}

/**
 * The `data-pagefind-meta` values of a paper's folded words (`field:words`),
 * each `undefined` when nothing of that part folds (most papers): one value
 * an element, since Pagefind reads one field from each attribute.
 */
export function foldedMeta(paper: FoldedSource): { title: string | undefined; text: string | undefined } {
  const title = foldedWords([paper.title, ...paper.formerTitles]);
  const text = foldedWords([paper.text]);
  return { title: title ? `${FOLDED_TITLE_FIELD}:${title}` : undefined, text: text ? `${FOLDED_TEXT_FIELD}:${text}` : undefined };
}
