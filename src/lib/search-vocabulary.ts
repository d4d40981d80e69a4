/**
 * The search vocabulary's files, written by the build
 * (src/integrations/search-vocabulary.ts) beside Pagefind's index in
 * `search-index/`, and read by the browser (src/browser/search/). Pure: the
 * text formats and the lookups both sides agree on.
 *
 * - `manifest.json` (`VocabularyManifest`): the first term of each shard,
 *   which are the first keys of the archive's Pagefind index chunks, so shard
 *   `i` and chunk `i` cover the same range of words; and the chunks of the
 *   other indexes, when the search has several (src/integrations/search-parts.ts).
 * - `v/<i>.txt`: shard `i`, one term a line, sorted: `term\tpages[\tword][\t@parts]`
 *   for Pagefind's keys (`word`: the word as most often written, when it
 *   differs from the key); `stem\t~` for an indexed word stemmed as the
 *   browser stems a query, when that is not a key (`added`: Pagefind `add`,
 *   porter2 `ad`); `word\t-` for an indexed word as written (lowercase,
 *   accents folded) that is neither, so that every prefix of a word is found
 *   whatever its stem (`analy` starts `analysis`, whose key is `analysi`).
 *   A term only some of the search's indexes have ends with `\t@<parts>`,
 *   a bit mask of those indexes (the archive's is bit 0). Then known items,
 *   `#<hash32 of a folded title or short name>\t<page id>`.
 * - `suggest.txt`: the archive's most frequent words for "did you mean",
 *   sorted and front-coded: `<length shared with the previous word>\t<rest>\t<pages>`.
 */

/** `search-index/manifest.json`. */
export interface VocabularyManifest extends ChunkList {
  /** Changes with every index: appended to shard URLs so a new build is never served an old shard. */
  tag: string;
  /** The other Pagefind indexes searched with the archive's first (`pagefind/`), by their folder (`pagefind-2/`, ..., then the latest month's weeks, `pagefind-week-2025-09-01/`, ...), in the order of the `parts` bits; absent when there is one. */
  merged?: Array<ChunkList & { path: string }>;
}

/** A Pagefind index's chunks: the shards follow the first (the archive's) index's. */
export interface ChunkList {
  /** First key of Pagefind's chunk `i`, ascending; for the archive's index, also the first term of shard `i`. */
  from: string[];
  /** Hash of Pagefind's chunk `i` (`index/<hash>.pf_index`), to tell offline whether it is saved. */
  chunks: string[];
  /** For chunks whose first key Pagefind would not find as typed (stemmed differently), a key that loads that chunk. */
  probe: Record<string, string>;
}

/** One term of a shard. */
export interface VocabularyTerm {
  term: string;
  /** Pages holding it. */
  pages: number;
  /** How the archive usually writes it (for suggestions): `diffusion` for the term `diffus`. */
  word: string;
  /** `key`: Pagefind can match it; `stem`: the browser's stem of an indexed word, not a key; `written`: an indexed word as written, neither. */
  kind: TermKind;
  /**
   * The Pagefind indexes that have it (bit `i`: index `i`, the archive's
   * first), when the search has several and not all of them do: as a key,
   * or on their pages for the other kinds. Absent: every index.
   */
  parts?: number;
}

export type TermKind = 'key' | 'stem' | 'written';

/** A parsed shard: its terms, sorted, and known items by hash. */
export interface Shard {
  terms: VocabularyTerm[];
  known: Map<string, string[]>;
}

/** Writes a shard (`terms` sorted by `term`). */
export function serialiseShard(terms: readonly VocabularyTerm[], known: ReadonlyArray<{ hash: string; page: string }>): string {
  const lines = terms.map(
    (t) =>
      (t.kind === 'written' ? `${t.term}\t-` : t.kind === 'stem' ? `${t.term}\t~` : t.word && t.word !== t.term ? `${t.term}\t${t.pages}\t${t.word}` : `${t.term}\t${t.pages}`) +
      (t.parts === undefined ? '' : `\t@${t.parts}`),
  );
  for (const k of known) lines.push(`#${k.hash}\t${k.page}`);
  return `${lines.join('\n')}\n`;
}

/** Reads a shard. */
export function parseShard(text: string): Shard {
  const terms: VocabularyTerm[] = [];
  const known = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const fields = line.split('\t');
    const parts = fields.at(-1)!.startsWith('@') ? { parts: Number(fields.pop()!.slice(1)) } : {};
    const [first = '', second = '', third] = fields;
    if (first.startsWith('#')) {
      const hash = first.slice(1);
      known.set(hash, [...(known.get(hash) ?? []), second]);
    } else if (second === '-' || second === '~') terms.push({ term: first, pages: 0, word: first, kind: second === '-' ? 'written' : 'stem', ...parts });
    else terms.push({ term: first, pages: Number(second), word: third ?? first, kind: 'key', ...parts });
  }
  return { terms, known };
}

/** The first index of the sorted `list` whose `key` is not below `value` (code-unit order): where `value` is, or would go. */
export function lowerBound<T>(list: readonly T[], value: string, key: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The shard (and Pagefind chunk) whose range holds `term`: the last `i` with `from[i] <= term`. */
export function shardOf(from: readonly string[], term: string): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The vocabulary's term equal to `term` (`whole`) or the first one starting
 * with it, or `undefined`, given shard `index` = `shardOf(from, term)`: the
 * first term at or after `term` is in that shard or is the next shard's first
 * (a Pagefind key). Terms of kinds not in `kinds` are skipped.
 */
export function findTerm(
  shard: Shard,
  from: readonly string[],
  index: number,
  term: string,
  whole: boolean,
  kinds: readonly TermKind[] = ['key', 'stem', 'written'],
): VocabularyTerm | undefined {
  const { terms } = shard;
  let lo = lowerBound(terms, term, (t) => t.term);
  while (lo < terms.length && !kinds.includes(terms[lo]!.kind)) lo++;
  // The next shard's first term is a key; its written form is in that shard, so the key stands for itself.
  const following = from[index + 1];
  const next = lo < terms.length ? terms[lo]! : following === undefined ? undefined : { term: following, pages: 0, word: following, kind: 'key' as const };
  return next !== undefined && (whole ? next.term === term : next.term.startsWith(term)) ? next : undefined;
}

/** The chunks that can hold a key starting with `prefix`: from its own to the last whose first key starts with it. */
export function chunkRange(from: readonly string[], prefix: string): [number, number] {
  const first = shardOf(from, prefix);
  let last = first;
  while (last + 1 < from.length && from[last + 1]!.startsWith(prefix)) last++;
  return [first, last];
}

/**
 * Every index of a search of `count` indexes, as a `parts` mask: at most 31
 * (src/integrations/search-parts.ts), the bits a mask built with `|` holds
 * as a positive number. (`(1 << 31) - 1` would be negative.)
 */
export const allParts = (count: number): number => 2 ** count - 1;

/**
 * The indexes (a `parts` mask) with a term of `kinds` starting with `prefix`
 * among `terms` (sorted): the union of their parts.
 */
export function partsWithPrefix(terms: readonly VocabularyTerm[], prefix: string, kinds: readonly TermKind[], every: number): number {
  let mask = 0;
  for (let i = lowerBound(terms, prefix, (t) => t.term); i < terms.length && terms[i]!.term.startsWith(prefix) && mask !== every; i++) {
    if (kinds.includes(terms[i]!.kind)) mask |= terms[i]!.parts ?? every;
  }
  return mask;
}

/**
 * The indexes (a `parts` mask) with a Pagefind key starting with `prefix`:
 * the union over the shards whose range can hold such keys (`shardAt` loads
 * shard `i`). A search of one index needs no shard for it.
 */
export async function keyPartsOf(from: readonly string[], shardAt: (i: number) => Shard | Promise<Shard>, prefix: string, every: number): Promise<number> {
  if (every === 1) return every;
  const [first, last] = chunkRange(from, prefix);
  let mask = 0;
  for (let i = first; i <= last && mask !== every; i++) mask |= partsWithPrefix((await shardAt(i)).terms, prefix, ['key'], every);
  return mask;
}

/** Writes the suggestion list (any order in; sorted out). */
export function serialiseSuggestions(words: ReadonlyArray<readonly [string, number]>): string {
  let previous = '';
  const lines = [...words]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word, pages]) => {
      let shared = 0;
      while (shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return `${shared}\t${word.slice(shared)}\t${pages}`;
    });
  return `${lines.join('\n')}\n`;
}

/** Reads the suggestion list: `[word, pages]` pairs. */
export function parseSuggestions(text: string): Array<[string, number]> {
  let previous = '';
  const out: Array<[string, number]> = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [shared = '0', rest = '', pages = '0'] = line.split('\t');
    previous = previous.slice(0, Number(shared)) + rest;
    out.push([previous, Number(pages)]);
  }
  return out;
}
