/**
 * The search vocabulary in the browser: fetches `search-index/` files on
 * demand (one shard per query word, the suggestion list only on a miss) and
 * answers "does the archive have a word starting with this?". A file that
 * cannot be fetched (offline, never saved) raises `NotSavedError`, so the
 * search can say it needs the network instead of claiming no match.
 */
import { FIRST_SEARCH_PART, INDEX_VERSION_PARAM } from '../../lib/search-folders.ts';
import { allParts, chunkRange, findTerm, keyPartsOf, parseShard, parseSuggestions, shardOf, type ChunkList, type Shard, type TermKind, type VocabularyManifest, type VocabularyTerm } from '../../lib/search-vocabulary.ts';

/** A file of the search that could not be fetched: offline and not saved on this device. */
export class NotSavedError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`\`${url}\` could not be fetched`);
    this.name = 'NotSavedError';
    this.url = url;
  }
}

/** Fetches a text file (with `init`, as `fetch` takes it), turning a failed fetch or a bad status into `NotSavedError`. */
export async function fetchText(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init).catch(() => undefined);
  if (!response?.ok) throw new NotSavedError(url);
  return response.text();
}

/** Runs `load` once per key; a failure is forgotten so the next call tries again. */
function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) {
      value = load(key);
      value.catch(() => cache.delete(key));
      cache.set(key, value);
    }
    return value;
  };
}

/** The vocabulary of one build. */
export interface Vocabulary {
  manifest: VocabularyManifest;
  /** The term of one of `kinds` equal to `term` (`whole`) or the first starting with it (see findTerm). */
  find(term: string, whole: boolean, kinds: readonly TermKind[]): Promise<VocabularyTerm | undefined>;
  /** Page ids filed under known-item hash `hash` in the shard of `anchor`. */
  knownItems(anchor: string, hash: string): Promise<string[]>;
  /** `[word, pages]` candidates for a suggestion near `term`: the frequent words and the words of its own shard. */
  suggestionCandidates(term: string): Promise<Array<[string, number]>>;
  /** The Pagefind chunks that can hold keys starting with `term`: for each index of the search (the archive's first), in key order. */
  chunkRange(term: string): ChunkRef[][];
  /** The search's indexes (a `parts` mask, see VocabularyTerm) with a Pagefind key starting with `prefix`. */
  keyParts(prefix: string): Promise<number>;
  /** The folders of the search's indexes, the archive's first (`pagefind`, `pagefind-2`, ..., then the latest month's weeks, `pagefind-week-2025-09-01`, ...): bit `i` of a `parts` mask is `parts[i]`. */
  parts: string[];
}

/** One chunk of one of the search's Pagefind indexes. */
export interface ChunkRef {
  /** Names the chunk among all indexes' (`pagefind/3`). */
  id: string;
  /** A word that makes Pagefind load it (`pagefind.preload`). */
  probe: string;
  /** Its file, to tell offline whether it is saved. */
  url: string;
}

/** The chunks of `list` (served from `folder`) that can hold keys starting with `term`. */
function chunksOf(list: ChunkList, base: string, folder: string, term: string): ChunkRef[] {
  const [first, last] = chunkRange(list.from, term);
  return Array.from({ length: last - first + 1 }, (_, k) => {
    const i = first + k;
    return { id: `${folder}${i}`, probe: list.probe[i] ?? list.from[i]!, url: `${base}${folder}index/${list.chunks[i]}.pf_index` };
  });
}

/** Loads the vocabulary manifest of the site at `base` (`/` or `/folio/`). */
export async function loadVocabulary(base: string): Promise<Vocabulary> {
  // The one file of the vocabulary under a fixed name and no version: checked
  // with the server on every load (as Pagefind's entry file is), since a host's
  // max-age would otherwise pair yesterday's vocabulary with today's index.
  const manifest = JSON.parse(await fetchText(`${base}search-index/manifest.json`, { cache: 'no-cache' })) as VocabularyManifest;
  const { from, tag } = manifest;
  const shard = memo(async (index: number): Promise<Shard> => parseShard(await fetchText(`${base}search-index/v/${index}.txt?${INDEX_VERSION_PARAM}=${tag}`)));
  const parts = [FIRST_SEARCH_PART, ...(manifest.merged ?? []).map((index) => index.path.replace(/\/$/, ''))];
  const every = allParts(parts.length);
  const suggestions = memo(async (_: 'all') => parseSuggestions(await fetchText(`${base}search-index/suggest.txt?${INDEX_VERSION_PARAM}=${tag}`)));
  return {
    manifest,
    find: async (term, whole, kinds) => {
      const index = shardOf(from, term);
      return findTerm(await shard(index), from, index, term, whole, kinds);
    },
    knownItems: async (anchor, hash) => (await shard(shardOf(from, anchor))).known.get(hash) ?? [],
    suggestionCandidates: async (term) => {
      const [frequent, own] = await Promise.all([suggestions('all'), shard(shardOf(from, term))]);
      return [...frequent, ...own.terms.map((t): [string, number] => [t.word, t.pages])];
    },
    keyParts: (prefix) => keyPartsOf(from, shard, prefix, every),
    parts,
    chunkRange: (term) => [chunksOf(manifest, base, `${FIRST_SEARCH_PART}/`, term), ...(manifest.merged ?? []).map((index) => chunksOf(index, base, index.path, term))],
  };
}
