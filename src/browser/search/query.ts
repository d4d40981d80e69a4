/**
 * A query as the search runs it (see search.ts). Pure.
 *
 * Each whitespace-separated token becomes a term with the forms Pagefind
 * would index it as (`C++` → `c`; `state-space` → `statespace`, or the parts
 * `state` and `space`), and how it has to match the vocabulary:
 * - a *prefix* term (3+ characters) matches any word starting with it, as in Pagefind;
 * - a *word* term (1–2 characters, a stop word, or any term of a quoted
 *   query) must be a whole word of the archive. A Chinese or Japanese
 *   character says as much as three letters: one or two are a prefix term.
 * A Chinese or Japanese word of three characters or more has its
 * two-character pieces as parts, which the index holds (search-fold.ts).
 * The last token, while no space follows it, is still being typed (`open`).
 */
import { hasSpacelessScript, searchFold, spacelessPairs } from '../../text/search-fold.ts';
import { compoundParts, foldTitle, indexForm, SEARCH_STOP_WORDS } from '../../text/search-terms.ts';
import { titleText } from '../../format/title-text.ts';

/** One token of the query. */
export interface QueryTerm {
  /** As typed. */
  token: string;
  /** What Pagefind would index it as, then its parts (tried when the joined form has no match). */
  joined: string;
  parts: string[];
  /** 1–2 characters (not Chinese or Japanese) or a stop word: must be a whole word, and is left out of the Pagefind query when longer words remain. */
  short: boolean;
  /** The last token with no space after it: the reader may still be typing it. */
  open: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  /** The query as typed, trimmed, its formulas as a title shows them (titleText). */
  text: string;
  /** Wrapped in double quotes: every term must be a whole word, in order (Pagefind's exact search). */
  quoted: boolean;
  terms: QueryTerm[];
  /** Folded for known-item comparison (foldTitle). */
  folded: string;
  /** Tokens holding symbols Pagefind drops (`c#`, `c++`, `x'(t)`), folded: titles holding them rank first. */
  symbols: string[];
}

/** Length in characters (not UTF-16 units). */
export const charLength = (text: string): number => [...text].length;

/**
 * Parses what the reader typed. Its words are compared in their searchable
 * form (search-fold.ts: `ＬＬＭ` is `LLM`, `ﬁne` is `fine`), as the index
 * has the papers' words; `token` keeps each as typed, for messages.
 */
export function parseQuery(raw: string): ParsedQuery {
  // A title's formula typed as its TeX (`$\mathcal{O}(n)$`, as a listing writes it) is read as the page shows the title (`O(n)`).
  const text = titleText(raw.normalize('NFC')).trim();
  // Folding keeps the words where they were, so typed and folded tokens pair up.
  const typed = text.split(/\s+/);
  const folded = searchFold(text).split(/\s+/);
  const quoted = /^"[^"]+"$/.test(folded.join(' ')) || /^\u201c[^\u201d]+\u201d$/.test(text);
  const terms: QueryTerm[] = [];
  folded.forEach((word, i) => {
    const joined = indexForm(word);
    if (!joined) return; // symbols only (`+`, `<<`, `🚀`): nothing Pagefind could match
    // Chinese and Japanese are searched by their two-character pieces, as the index has them (search-fold.ts).
    const pairs = spacelessPairs(word);
    const parts = pairs.length ? pairs : compoundParts(word);
    const short = (charLength(joined) < 3 && !hasSpacelessScript(joined)) || SEARCH_STOP_WORDS.has(joined);
    terms.push({ token: typed[i]!, joined, parts: parts.length > 1 ? parts : [], short, open: false });
  });
  const last = terms.at(-1);
  if (last && !/\s$/.test(raw)) last.open = true;
  const symbols = folded
    .map(foldTitle)
    .filter((t) => /[^\p{L}\p{N}]/u.test(t.replace(/^["'(]+|["'),.:;!?]+$/g, '')) && indexForm(t) !== '');
  return { text, quoted, terms, folded: foldTitle(text), symbols };
}

