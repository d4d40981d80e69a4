/** How one query ranked its expected result: its 1-based rank, or `undefined` when not found. */
export interface RankedQuery {
  query: string;
  expected: string;
  rank: number | undefined;
}

/** Recall@1 (share of queries whose expected result came first) and mean reciprocal rank. */
export interface RankingSummary {
  queries: number;
  recallAt1: number;
  mrr: number;
  /** The queries whose expected result did not come first. */
  misses: RankedQuery[];
}

/** Summarises ranked queries; an empty set scores 0. */
export function summariseRanking(ranked: readonly RankedQuery[]): RankingSummary {
  const n = ranked.length;
  const first = ranked.filter((r) => r.rank === 1).length;
  const reciprocal = ranked.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0);
  return { queries: n, recallAt1: n ? first / n : 0, mrr: n ? reciprocal / n : 0, misses: ranked.filter((r) => r.rank !== 1) };
}

/**
 * The distinctive short name of a title, the one word before its first colon
 * (`MUVERA: Multi-Vector Retrieval via …` → `MUVERA`), or `undefined` when the
 * part before the colon is several words or too short to be a name.
 */
export function shortName(title: string): string | undefined {
  const colon = title.indexOf(':');
  if (colon < 0) return undefined;
  const head = title.slice(0, colon).trim();
  return /^\S{3,}$/.test(head) ? head : undefined;
}

/** Formats a summary as one line for a test log or a review. */
export function formatSummary(label: string, s: RankingSummary): string {
  return `${label}: recall@1 ${(s.recallAt1 * 100).toFixed(1)}% (${s.queries - s.misses.length}/${s.queries}), MRR ${s.mrr.toFixed(3)}`;
}
