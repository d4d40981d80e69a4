/**
 * The search vocabulary (`search-index/`, format in src/lib/search-vocabulary.ts),
 * derived after Pagefind has written its index: every key Pagefind can match,
 * and every word of the indexed text stemmed the way the browser stems a
 * query, so that "no paper has this word" is decided against exactly what
 * the index holds. Also the known items (exact titles and short names) and
 * the did-you-mean word list. Each page's terms are kept in the build's
 * cache folder (vocabulary-cache.ts), so a build tokenises only the pages
 * whose fragment is new or changed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pLimit from 'p-limit';
import { allParts, lowerBound, serialiseShard, serialiseSuggestions, shardOf, type ChunkList, type VocabularyManifest, type VocabularyTerm } from '../lib/search-vocabulary.ts';
import { hash32, knownItemAnchor, knownItemKeys, SEARCH_STOP_WORDS, searchStem } from '../text/search-terms.ts';
import {
  readPagefindFragment,
  readPagefindIndexChunk,
  readPagefindKeyCounts,
  readPagefindMeta,
  type IndexWord,
  type KeyCount,
  type PagefindFragment,
  type PagefindMeta,
} from './pagefind-format.ts';
import { pageTermsReader, type PageTerms } from './page-terms.ts';
import { partTerms, type PartTerms } from './part-terms.ts';
import { fragmentKey, termsCodeVersion, VocabularyCache, type PageTermsCache, type ReadPart } from './vocabulary-cache.ts';

/** Largest did-you-mean list, gzipped: the most frequent words that fit. */
export const SUGGEST_BUDGET_BYTES = 8 * 1024;

/** One Pagefind index of the search (search-parts.ts): its folder, metadata and its chunks' keys (in chunk order). */
export interface VocabularyIndex {
  folder: string;
  meta: PagefindMeta;
  chunks: KeyCount[][];
}

/**
 * What the vocabulary is made from: each Pagefind index, the archive first,
 * and what the pages of each give it (`parts[i]`: the pages of `indexes[i]`).
 */
export interface VocabularyInput {
  tag: string;
  indexes: VocabularyIndex[];
  parts: PartTerms[];
}

/** The files to write under `search-index/`, and figures for the build log. */
export interface VocabularyPlan {
  files: Array<{ path: string; text: string }>;
  terms: number;
  knownItems: number;
  suggestions: number;
}

interface TermCount {
  /** Whether Pagefind has it as a key. */
  key: boolean;
  pages: number;
  /** Written forms and on how many pages each appears. */
  words: Map<string, number>;
  /** The indexes (bit `i`: `input.indexes[i]`) whose pages hold it, and those that have it as a key. */
  pageParts: number;
  keyParts: number;
}

/**
 * Counts every term over all pages: Pagefind's keys, and the query-side
 * stems of the indexed words, once per page with the form the page writes
 * it in (page-terms.ts), from each part's totals (part-terms.ts). Also
 * collects the words as written.
 */
function countTerms(input: VocabularyInput): { counts: Map<string, TermCount>; written: Map<string, number> } {
  const counts = new Map<string, TermCount>();
  /** Words as written, with the indexes whose pages write them. */
  const written = new Map<string, number>();
  const entry = (term: string) => {
    let count = counts.get(term);
    if (!count) counts.set(term, (count = { key: false, pages: 0, words: new Map(), pageParts: 0, keyParts: 0 }));
    return count;
  };
  input.parts.forEach((part, i) => {
    const bit = 1 << i;
    for (const [term, total] of part.terms) {
      const count = entry(term);
      count.pages += total.pages;
      count.pageParts |= bit;
      for (const [form, pages] of total.words) count.words.set(form, (count.words.get(form) ?? 0) + pages);
    }
    for (const form of part.written) written.set(form, (written.get(form) ?? 0) | bit);
  });
  // Pages of different indexes are different papers: a key's counts add up.
  const keyPages = new Map<string, number>();
  input.indexes.forEach((index, i) => {
    for (const word of index.chunks.flat()) {
      keyPages.set(word.key, (keyPages.get(word.key) ?? 0) + word.pages);
      entry(word.key).keyParts |= 1 << i;
    }
  });
  for (const [key, pages] of keyPages) {
    const count = entry(key);
    count.key = true;
    count.pages = Math.max(count.pages, pages);
  }
  return { counts, written };
}

/** The most frequent written form of a term (ties: shortest, then A–Z). */
function commonWord(term: string, words: Map<string, number>): string {
  let best = term;
  let bestCount = 0;
  for (const [word, count] of words) {
    if (count > bestCount || (count === bestCount && (word.length < best.length || (word.length === best.length && word < best)))) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

/** For a chunk whose first key Pagefind would stem into another chunk, a key of it that stays itself. */
function chunkProbe(words: readonly KeyCount[]): string | undefined {
  const stable = (key: string) => /^[\p{L}\p{N}]+$/u.test(key) && searchStem(key) === key;
  if (words[0] && stable(words[0].key)) return undefined;
  return words.find((w) => stable(w.key))?.key;
}

/** An index's chunks as the browser needs them: first keys, hashes, and probes (see `ChunkList`). */
function chunkList(index: VocabularyIndex): ChunkList {
  const probe: Record<string, string> = {};
  index.chunks.forEach((words, i) => {
    const key = chunkProbe(words);
    if (key) probe[i] = key;
  });
  return { from: index.meta.chunks.map((c) => c.from), chunks: index.meta.chunks.map((c) => c.hash), probe };
}

/** The did-you-mean list: whole words of 3+ letters, most frequent first, as many as fit in `budget` gzipped bytes. */
function suggestionList(counts: Map<string, TermCount>, budget: number): Array<[string, number]> {
  const words = new Map<string, number>();
  for (const count of counts.values()) {
    for (const [word, pages] of count.words) {
      if (word.length >= 3 && /^\p{L}[\p{L}\p{N}]*$/u.test(word) && !SEARCH_STOP_WORDS.has(word)) words.set(word, Math.max(words.get(word) ?? 0, pages));
    }
  }
  const ranked = [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const fits = (count: number) => gzipSync(serialiseSuggestions(ranked.slice(0, count))).length <= budget;
  // The longest list that fits: first a length that does not (doubling from 256, as the budget holds a few
  // thousand words of the 50,000 of 10,000 papers, each try gzipping only so many), then halving between.
  let lo = 0;
  let hi = Math.min(256, ranked.length);
  while (hi < ranked.length && fits(hi)) {
    lo = hi;
    hi = Math.min(2 * hi, ranked.length);
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return ranked.slice(0, lo);
}

/** Whether a string of the sorted `list` starts with `prefix`. */
function startsAny(list: readonly string[], prefix: string): boolean {
  return list[lowerBound(list, prefix, (s) => s)]?.startsWith(prefix) ?? false;
}

/** Plans the vocabulary files from Pagefind's output. Pure. */
export function planSearchVocabulary(input: VocabularyInput, suggestBudget = SUGGEST_BUDGET_BYTES): VocabularyPlan {
  const [primary, ...merged] = input.indexes;
  if (!primary) throw new Error('the search vocabulary needs a Pagefind index');
  const from = primary.meta.chunks.map((c) => c.from);
  const pageIds = input.indexes.flatMap((index) => index.meta.pages);
  const { counts, written } = countTerms(input);
  // Which indexes hold a term, when not all of them: the browser searches only those that have every word of a query.
  const every = allParts(input.indexes.length);
  const parts = (mask: number) => (mask === every ? {} : { parts: mask });
  const terms: VocabularyTerm[] = [...counts].map(([term, count]) => ({
    term,
    pages: count.pages,
    word: commonWord(term, count.words),
    kind: count.key ? 'key' : 'stem',
    ...parts(count.key ? count.keyParts : count.pageParts),
  }));
  // A word as written stands for its key: only words whose stem starts a key (compound parts Pagefind splits otherwise are left out).
  const keys = [...counts].filter(([, c]) => c.key).map(([k]) => k).sort();
  for (const [word, mask] of written) if (!counts.has(word) && startsAny(keys, searchStem(word))) terms.push({ term: word, pages: 0, word, kind: 'written', ...parts(mask) });
  const shards: VocabularyTerm[][] = from.map(() => []);
  for (const term of terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))) shards[shardOf(from, term.term)]!.push(term);
  const known: Array<Array<{ hash: string; page: string }>> = from.map(() => []);
  let knownItems = 0;
  input.parts.flatMap((part) => part.titles).forEach((title, page) => {
    for (const key of knownItemKeys(title)) {
      known[shardOf(from, knownItemAnchor(key))]!.push({ hash: hash32(key), page: pageIds[page]! });
      knownItems++;
    }
  });
  const manifest: VocabularyManifest = { tag: input.tag, ...chunkList(primary) };
  if (merged.length) manifest.merged = merged.map((index) => ({ path: `${index.folder}/`, ...chunkList(index) }));
  const suggestions = suggestionList(counts, suggestBudget);
  return {
    files: [
      { path: 'manifest.json', text: JSON.stringify(manifest) },
      ...shards.map((terms, i) => ({ path: `v/${i}.txt`, text: serialiseShard(terms, known[i]!) })),
      { path: 'suggest.txt', text: serialiseSuggestions(suggestions) },
    ],
    terms: terms.length,
    knownItems,
    suggestions: suggestions.length,
  };
}

/**
 * Reads the Pagefind output of one language (`languageHash`, from
 * `pagefind-entry.json`) under `pagefindDir`, whole: metadata, every chunk's
 * words with their positions, every page's fragment (the search index's
 * tests read it; the build reads less, see writeSearchVocabulary).
 */
export async function readPagefindOutput(pagefindDir: string, languageHash: string): Promise<{ meta: PagefindMeta; chunks: IndexWord[][]; fragments: PagefindFragment[] }> {
  const read = async (relative: string) => fs.readFile(path.join(pagefindDir, relative));
  const metaFile = `pagefind.${languageHash}.pf_meta`;
  const meta = readPagefindMeta(await read(metaFile), metaFile);
  const limit = pLimit(32);
  const chunks = await Promise.all(meta.chunks.map((c) => limit(async () => readPagefindIndexChunk(await read(`index/${c.hash}.pf_index`), `index/${c.hash}.pf_index`))));
  const fragments = await Promise.all(
    meta.pages.map((hash) => limit(async () => readPagefindFragment(await read(`fragment/${hash}.pf_fragment`), `fragment/${hash}.pf_fragment`))),
  );
  return { meta, chunks, fragments };
}

/** What writing the vocabulary did, for the build log. */
export interface VocabularyFigures extends Omit<VocabularyPlan, 'files'> {
  files: number;
  bytes: number;
  /** Pages read, and how many of them had their terms in the cache. */
  pages: number;
  cachedPages: number;
  /** Why the cache file was set aside, if it was. */
  cacheIgnored?: string;
}

/** Where the vocabulary is read from and written to. */
export interface VocabularyJob {
  /**
   * Pagefind's indexes, the archive first (search-parts.ts): the site folder
   * each is served from, where it is now, the language to read
   * (`pagefind-entry.json`), and the key of the records it was made from
   * (search-parts.ts `partKey`), when it was: equal keys, equal indexes, so
   * a part whose totals the cache has is not read again.
   */
  indexes: Array<{ folder: string; dir: string; languageHash: string; key?: string }>;
  /** The search's cache tag. */
  tag: string;
  /** The folder to write (`search-index/`): emptied first. */
  outDir: string;
  /** The cache folder (vocabulary-cache.ts), read and then brought up to date; without it every page is tokenised. */
  cacheDir?: string;
}

/**
 * Writes the search vocabulary of the Pagefind indexes `job.indexes` into
 * `job.outDir`, then saves its cache; returns the plan's figures and bytes
 * written, also given to `written` as soon as the files are there (the
 * cache takes a while more). A part whose totals the cache has is taken
 * from it whole; the pages of the others are read, each page's terms from
 * the cache when it has the page's fragment. Its reads and writes are
 * synchronous: about 10,000 small files at 10,000 papers, read with a tenth
 * of the CPU time that one promise each takes (0.12 s against 1.2 s,
 * measured). The build runs it in a worker thread (vocabulary-thread.ts),
 * where blocking holds nothing else up.
 */
export async function writeSearchVocabulary(job: VocabularyJob, { written }: { written?: (figures: VocabularyFigures) => void } = {}): Promise<VocabularyFigures> {
  const cache = job.cacheDir === undefined ? undefined : new VocabularyCache(job.cacheDir, await termsCodeVersion());
  const named = job.indexes.map((index) => ({ ...index, name: index.key ?? index.folder }));
  const opened = named.map(({ folder, dir, languageHash, key }) => {
    const metaFile = `pagefind.${languageHash}.pf_meta`;
    const meta = readPagefindMeta(readFileSync(path.join(dir, metaFile)), `${folder}/${metaFile}`);
    return { meta, whole: key === undefined ? undefined : cache?.part(key) };
  });
  const skip = new Set(named.filter((_, i) => opened[i]!.whole !== undefined).map((index) => index.name));
  const read = pageTermsReader();
  const saves: ReadPart[] = [];
  let pageCount = 0;
  let cachedPages = 0;
  const indexes: VocabularyIndex[] = [];
  const parts: PartTerms[] = [];
  named.forEach((index, i) => {
    const { meta, whole } = opened[i]!;
    pageCount += meta.pages.length;
    if (whole !== undefined) {
      cachedPages += meta.pages.length;
      indexes.push({ folder: index.folder, meta, chunks: whole.chunks });
      parts.push(whole.terms);
      return;
    }
    const file = (relative: string) => readFileSync(path.join(index.dir, relative));
    const chunks = meta.chunks.map((c) => readPagefindKeyCounts(file(`index/${c.hash}.pf_index`), `${index.folder}/index/${c.hash}.pf_index`));
    const pages: PageTermsCache = new Map();
    const list: PageTerms[] = [];
    const found = meta.pages.map((hash) => {
      const name = `fragment/${hash}.pf_fragment`;
      const bytes = file(name);
      const key = fragmentKey(bytes);
      const cached = cache?.page(key, skip);
      if (cached) cachedPages++;
      const terms = cached?.terms ?? read(readPagefindFragment(bytes, `${index.folder}/${name}`));
      pages.set(key, terms);
      list.push(terms);
      return cached;
    });
    const terms = partTerms(list);
    indexes.push({ folder: index.folder, meta, chunks });
    parts.push(terms);
    saves.push({ index, pages, ...(index.key === undefined ? {} : { part: { terms, chunks } }), unchanged: cache?.holdsExactly(index.name, found) ?? false });
  });
  const plan = planSearchVocabulary({ tag: job.tag, indexes, parts });
  rmSync(job.outDir, { recursive: true, force: true });
  mkdirSync(path.join(job.outDir, 'v'), { recursive: true });
  for (const file of plan.files) writeFileSync(path.join(job.outDir, file.path), file.text);
  const figures: VocabularyFigures = {
    terms: plan.terms,
    knownItems: plan.knownItems,
    suggestions: plan.suggestions,
    files: plan.files.length,
    bytes: plan.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
    pages: pageCount,
    cachedPages,
    ...(cache?.ignored.length ? { cacheIgnored: cache.ignored.join('; ') } : {}),
  };
  written?.(figures);
  await cache?.save(saves, named);
  return figures;
}
