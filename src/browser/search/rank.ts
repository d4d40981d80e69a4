/**
 * Known items first: the order of the first results beyond Pagefind's
 * scores. Pure.
 */
import { foldTitle } from '../../text/search-terms.ts';
import type { ParsedQuery } from './query.ts';

/**
 * How many of the first results are reordered by `knownItemTier`. The header
 * shows this many, so the header and the search page (which loads more) show
 * the same first results in the same order.
 */
export const RERANK_WINDOW = 6;

/**
 * 0: the paper the query names exactly (title or short name, a known item);
 * 1: its folded title starts with the folded query; 2: its title holds every
 * symbol word of the query (`c#`, `c++`, `x'(t)`), which Pagefind cannot see;
 * 3: anything else.
 */
export function knownItemTier(title: string, known: boolean, query: ParsedQuery): number {
  if (known) return 0;
  const folded = foldTitle(title);
  if (query.folded && folded.startsWith(query.folded)) return 1;
  if (query.symbols.length && query.symbols.every((symbol) => folded.includes(symbol))) return 2;
  return 3;
}

/** `items` with the first `RERANK_WINDOW` stably sorted by tier. */
export function rerank<T extends { title: string; known: boolean }>(items: readonly T[], query: ParsedQuery): T[] {
  const head = items
    .slice(0, RERANK_WINDOW)
    .map((item, i) => ({ item, i, tier: knownItemTier(item.title, item.known, query) }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map((x) => x.item);
  return [...head, ...items.slice(RERANK_WINDOW)];
}
