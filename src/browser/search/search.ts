/**
 * The one search behind the header box and the search page. Its answer
 * depends on the query and the index only, never on what was searched
 * before (so both places show the same papers in the same order):
 *
 * 1. parse the query (query.ts);
 * 2. check every word against the archive's vocabulary: a word no paper has,
 *    exactly or as the start of a word, answers "no papers match", with a
 *    "did you mean" from the archive's own words, instead of Pagefind's
 *    nearest-prefix guesses (its backtracking, issues #599 and #793);
 * 3. load every Pagefind index chunk the words can extend into, so Pagefind
 *    sees the same keys whatever was loaded before, then search;
 * 4. put known items first (an exact title or short name, then titles that
 *    start with the query or hold its symbols: rank.ts) and build excerpts
 *    from the indexed text (excerpt.ts).
 * Offline, a word whose part of the index is not saved answers `needs-network`.
 */
import { PART_FILTER } from '../../lib/search-folders.ts';
import { allParts } from '../../lib/search-vocabulary.ts';
import { hasSpacelessScript } from '../../text/search-fold.ts';
import { hash32, knownItemAnchor, knownItemProbes, searchStem, stripMarks } from '../../text/search-terms.ts';
import { nearestWords } from './did-you-mean.ts';
import { EXCERPT_WORDS, excerptRuns, extraLocations, titleWords, type ExcerptRun } from './excerpt.ts';
import { matchForm } from './match-term.ts';
import { loadPagefind, type PagefindApi, type PagefindData, type PagefindResult } from './pagefind-api.ts';
import { charLength, parseQuery, type ParsedQuery, type QueryTerm } from './query.ts';
import { rerank } from './rank.ts';
import { loadVocabulary, NotSavedError, type ChunkRef, type Vocabulary } from './vocabulary-client.ts';

/** One result as both views show it. */
export interface PaperHit {
  url: string;
  title: string;
  /** Topic ids. */
  topics: string[];
  excerpt: ExcerptRun[];
  /** The paper the query names exactly. */
  known: boolean;
}

/** Results loaded from a range, and how many of the range could not be (offline, not saved). */
export interface HitPage {
  hits: PaperHit[];
  missing: number;
}

/** What a search answers. */
export type SearchOutcome =
  | { state: 'idle' }
  | { state: 'too-short'; query: string }
  | ({
      state: 'results';
      query: string;
      total: number;
      /** Loads results `from`..`from + count` (for "show more"). */
      more: (from: number, count: number) => Promise<HitPage>;
      /** Matches per topic, whatever topic is chosen (with `topicCounts`). */
      topicCounts: Record<string, number>;
      /** Matches in all topics. */
      allTopics: number;
    } & HitPage)
  /** `unmatched`: the words no paper has; none when the query has no words at all (symbols or emoji only). */
  | { state: 'no-match'; query: string; unmatched: string[]; suggestion: string | null }
  | { state: 'needs-network'; query: string }
  | { state: 'error'; query: string }
  /** A newer search started before this one needed more files (see `SearchOptions.isCurrent`). */
  | { state: 'stale' };

export interface SearchOptions {
  /** Only papers of this topic id. */
  topic?: string;
  /** Results to load now. */
  limit: number;
  /** Count matches per topic (loads Pagefind's topic filter). */
  topicCounts?: boolean;
  /** False once a newer search has started: the work left (index chunks, results) is skipped. */
  isCurrent?: () => boolean;
}

/** The search of the site at `base`. */
export interface Search {
  /** Loads what any search needs (Pagefind and the vocabulary manifest); call on focus. */
  warm(): Promise<void>;
  search(query: string, options: SearchOptions): Promise<SearchOutcome>;
  /** The index's version (its cache tag, from the vocabulary manifest), which the search's shared files are fetched under. */
  version(): Promise<string>;
}

/** A query word checked against the vocabulary: the forms to send to Pagefind, or `null` if the archive has none. */
interface ResolvedTerm {
  term: QueryTerm;
  send: string[] | null;
  /** The indexes of the search that have all of `send` (a `parts` mask). */
  parts: number;
  /** Still being typed and not yet a word (`sta`): checked, not searched. */
  typing: boolean;
}

/**
 * What to send for every form of `forms` (a whole word when `whole`, and
 * short forms, but Chinese and Japanese ones, when the word is complete),
 * or `null` if one has no match.
 */
async function formsToSend(vocabulary: Vocabulary, forms: string[], whole: boolean, open: boolean): Promise<{ send: string[]; parts: number } | null> {
  const short = (form: string) => charLength(form) < 3 && !hasSpacelessScript(form);
  const every = allParts(vocabulary.parts.length);
  const lookup = { find: vocabulary.find, keyParts: vocabulary.keyParts, every };
  const sent = await Promise.all(forms.map((form) => matchForm(lookup, form, whole || (!open && short(form)))));
  if (!sent.every((s) => s !== undefined)) return null;
  return { send: sent.map((s) => s.send), parts: sent.reduce((mask, s) => mask & s.parts, every) };
}

/** Checks one query word: its joined form, else its parts. */
async function resolveTerm(vocabulary: Vocabulary, term: QueryTerm, quoted: boolean): Promise<ResolvedTerm> {
  const whole = quoted || (term.short && !term.open);
  for (const forms of [[term.joined], term.parts].filter((f) => f.length)) {
    const found = await formsToSend(vocabulary, forms, whole, term.open);
    if (!found) continue;
    // A short word still being typed that is not yet a word: it would pull every chunk of its prefix
    // (a Chinese or Japanese character is a word already, and few keys start with it).
    const typing = term.open && !quoted && forms.some((f) => charLength(f) < 4 && !hasSpacelessScript(f)) && !(await formsToSend(vocabulary, forms, true, false));
    return { term, send: found.send, parts: found.parts, typing };
  }
  return { term, send: null, parts: 0, typing: false };
}

/**
 * What to ask Pagefind: prefix words (3+ characters) as typed; only short
 * words or a quoted query as an exact search. `parts`: the indexes that have
 * every word sent (a `parts` mask).
 */
function pagefindQuery(resolved: ResolvedTerm[], quoted: boolean): { query: string; prefixes: string[]; words: string[]; parts: number } | null {
  const searchable = resolved.filter((r) => !r.typing);
  if (!searchable.length) return null;
  const long = searchable.filter((r) => !r.term.short);
  const exact = quoted || long.length === 0;
  const sent = exact ? searchable : long;
  const forms = sent.flatMap((r) => r.send ?? []);
  const parts = sent.reduce((mask, r) => mask & r.parts, -1);
  return { query: exact ? `"${forms.join(' ')}"` : forms.join(' '), prefixes: exact ? [] : forms.map(searchStem), words: forms.map(searchStem), parts };
}

/**
 * The filter that keeps a search to the indexes in `parts` (see
 * PART_FILTER): none when that is all of them; `null` when it is none, as
 * no paper then has every word.
 */
function partFilter(vocabulary: Vocabulary, parts: number): Record<string, string | { any: string[] }> | null {
  const every = allParts(vocabulary.parts.length);
  if ((parts & every) === every) return {};
  const folders = vocabulary.parts.filter((_, i) => parts & (1 << i));
  if (!folders.length) return null;
  return { [PART_FILTER]: folders.length === 1 ? folders[0]! : { any: folders } };
}

/** The result ids of papers the query names exactly (known items), looked up in the vocabulary. */
async function knownItemIds(vocabulary: Vocabulary, parsed: ParsedQuery): Promise<Set<string>> {
  const ids = await Promise.all(knownItemProbes(parsed.text).map((probe) => vocabulary.knownItems(knownItemAnchor(probe), hash32(probe))));
  return new Set(ids.flat());
}

/**
 * A result as shown: title, topics, and an excerpt of the abstract (the
 * title's own words skipped), its matched words marked: where Pagefind
 * found them, and where it matched the page's extra words (words written
 * with compatibility characters, pieces of Japanese text) for the query's `stems`.
 */
function toHit(data: PagefindData, known: boolean, stems: readonly string[]): PaperHit {
  const title = data.meta.title ?? data.url;
  const skip = titleWords(data.content, title);
  const locations = [...data.locations, ...extraLocations(data.content, stems)];
  return { url: data.url, title, topics: data.filters.topic ?? [], excerpt: excerptRuns(data.content, locations, EXCERPT_WORDS, skip), known };
}

/** Loads the data of `results`, keeping those that load (offline, a result never saved does not). */
async function loadHits(results: PagefindResult[], known: Set<string>, stems: readonly string[]): Promise<HitPage> {
  const settled = await Promise.allSettled(results.map((r) => r.data()));
  const hits = settled.flatMap((s, i) => (s.status === 'fulfilled' ? [toHit(s.value, known.has(results[i]!.id), stems)] : []));
  return { hits, missing: settled.length - hits.length };
}

/** The stems of a query's words and their parts, for marking words Pagefind matched through the page's extra words. */
const queryStems = (parsed: ParsedQuery): string[] => parsed.terms.flatMap((t) => [t.joined, ...t.parts]).map(searchStem);

/** Whether every Pagefind chunk in `chunks` is saved on this device (checked only when the network seems gone). */
async function chunksSaved(chunks: ChunkRef[]): Promise<boolean> {
  if (!('caches' in globalThis)) return false;
  const found = await Promise.all(chunks.map((chunk) => caches.match(chunk.url, { ignoreSearch: true })));
  return found.every(Boolean);
}

const searches = new Map<string, Search>();

/** The search of the site at `base`, shared by every search box of the page. */
export function siteSearch(base: string): Search {
  let search = searches.get(base);
  if (!search) searches.set(base, (search = createSearch(base)));
  return search;
}

/** What the steps of one search share: the loaded files, and state kept across searches. */
interface Session {
  pagefind: PagefindApi;
  vocabulary: Vocabulary;
  shared: {
    /** Chunks asked of Pagefind, by id (memoised: a chunk loads once). */
    preloaded: Map<string, Promise<void>>;
    /** Pagefind's topic filter, loaded once when topic counts are first asked for. */
    filters?: Promise<unknown>;
    /** A file could not be fetched: from now on, check that chunks are saved before searching. */
    networkFailed: boolean;
  };
  /** Runs another search (the suggestion's check). */
  run: (query: string, options: SearchOptions, suggest: boolean) => Promise<SearchOutcome>;
}

/** The chunks, of every index, that can hold a key starting with one of `words`, each once. */
function chunksFor(vocabulary: Vocabulary, words: string[]): ChunkRef[] {
  return [...new Map(words.flatMap((w) => vocabulary.chunkRange(w).flat()).map((chunk) => [chunk.id, chunk])).values()];
}

/**
 * Loads every chunk that can hold a key starting with one of `prefixes`, or
 * only the first of each index's (`first`). Pagefind loads the chunk of the
 * probe in every index it searches: the other indexes' chunks in the range
 * are loaded too, or would be by their own probes.
 */
function preloadChunks({ pagefind, vocabulary, shared }: Session, prefixes: string[], first = false): Promise<void[]> {
  return Promise.all(
    prefixes.flatMap((prefix) =>
      vocabulary
        .chunkRange(prefix)
        .flatMap((chunks) => chunks.slice(0, first ? 1 : undefined))
        .map((chunk) => {
          let done = shared.preloaded.get(chunk.id);
          if (!done) {
            done = pagefind.preload(chunk.probe);
            done.catch(() => shared.preloaded.delete(chunk.id));
            shared.preloaded.set(chunk.id, done);
          }
          return done;
        }),
    ),
  );
}

/** "Did you mean": each unmatched word replaced by its nearest word of the archive, if that query finds papers. */
async function suggestion(session: Session, parsed: ParsedQuery, unmatched: ResolvedTerm[]): Promise<string | null> {
  const fixes = await Promise.all(
    unmatched.map(async (r) => nearestWords(stripMarks(r.term.joined), await session.vocabulary.suggestionCandidates(searchStem(r.term.joined)))[0]),
  );
  if (fixes.some((f) => f === undefined)) return null;
  const words = parsed.terms.map((t) => fixes[unmatched.findIndex((r) => r.term === t)] ?? t.token).join(' ');
  const candidate = parsed.quoted ? `"${words}"` : words;
  const outcome = await session.run(candidate, { limit: 0 }, false);
  return outcome.state === 'results' && outcome.total > 0 ? candidate : null;
}

/** Steps 2–4 of the module comment for a query with words. */
async function searchWords(session: Session, parsed: ParsedQuery, options: SearchOptions, suggest: boolean): Promise<SearchOutcome> {
  const { vocabulary, shared } = session;
  const query = parsed.text;
  // The likely chunk of each word loads while the words are checked (wasted only when a word turns out
  // unmatched or the reader types on); the rest of a word's range only once the search is sure to run.
  const likely = parsed.quoted || shared.networkFailed ? [] : parsed.terms.filter((t) => !t.short && charLength(t.joined) >= 4).map((t) => searchStem(t.joined));
  void preloadChunks(session, likely, true).catch(() => undefined);
  const resolved = await Promise.all(parsed.terms.map((term) => resolveTerm(vocabulary, term, parsed.quoted)));
  const unmatched = resolved.filter((r) => r.send === null);
  if (unmatched.length) {
    return { state: 'no-match', query, unmatched: unmatched.map((r) => r.term.token), suggestion: suggest ? await suggestion(session, parsed, unmatched) : null };
  }
  const sent = pagefindQuery(resolved, parsed.quoted);
  if (!sent) return { state: 'too-short', query };
  if (options.isCurrent?.() === false) return { state: 'stale' };
  if ((shared.networkFailed || !navigator.onLine) && !(await chunksSaved(chunksFor(vocabulary, sent.words)))) return { state: 'needs-network', query };
  const parts = partFilter(vocabulary, sent.parts);
  // Every word is in some index, but no index has them all: no paper has them all.
  if (!parts) return { state: 'results', query, total: 0, hits: [], missing: 0, more: async () => ({ hits: [], missing: 0 }), topicCounts: {}, allTopics: 0 };
  await preloadChunks(session, sent.prefixes);
  return results(session, sent.query, await knownItemIds(vocabulary, parsed), parsed, options, parts);
}

/**
 * Runs the Pagefind search (`term` null: every paper of the topic) in the
 * indexes `parts` allows (partFilter) and loads the first results.
 */
async function results(session: Session, term: string | null, known: Set<string>, parsed: ParsedQuery, options: SearchOptions, parts: Record<string, string | { any: string[] }> = {}): Promise<SearchOutcome> {
  const { pagefind, shared } = session;
  if (options.topicCounts) await (shared.filters ??= pagefind.filters());
  const response = await pagefind.search(term, { filters: { ...parts, ...(options.topic ? { topic: options.topic } : {}) } });
  // Counts per topic come from the query without the topic filter: each says what choosing that topic would show.
  const unfiltered = options.topic && options.topicCounts ? await pagefind.search(term, { filters: parts }) : response;
  const ordered = [...response.results.filter((r) => known.has(r.id)), ...response.results.filter((r) => !known.has(r.id))];
  if (options.isCurrent?.() === false) return { state: 'stale' };
  const stems = queryStems(parsed);
  const first = options.limit > 0 ? await loadHits(ordered.slice(0, options.limit), known, stems) : { hits: [], missing: 0 };
  if (first.missing) shared.networkFailed = true;
  return {
    state: 'results',
    query: parsed.text,
    total: ordered.length,
    hits: rerank(first.hits, parsed),
    missing: first.missing,
    more: (from, count) => loadHits(ordered.slice(from, from + count), known, stems),
    topicCounts: term ? (unfiltered.filters.topic ?? {}) : {},
    allTopics: unfiltered.results.length,
  };
}

/** Creates the search of the site at `base` (`/` or `/folio/`): Pagefind and the vocabulary load once, on the first search or `warm()`. */
export function createSearch(base: string): Search {
  let loaded: Promise<{ pagefind: PagefindApi; vocabulary: Vocabulary }> | undefined;
  const shared: Session['shared'] = { preloaded: new Map(), networkFailed: false };
  const load = () => {
    if (!loaded) {
      // The vocabulary's manifest names the indexes Pagefind merges (search-parts.ts); both load at once.
      const vocabulary = loadVocabulary(base);
      const merged = async () => (await vocabulary).parts.slice(1);
      loaded = Promise.all([loadPagefind(base, merged), vocabulary]).then(([pagefind, vocabulary]) => ({ pagefind, vocabulary }));
      loaded.catch(() => (loaded = undefined));
    }
    return loaded;
  };

  async function run(query: string, options: SearchOptions, suggest: boolean): Promise<SearchOutcome> {
    const parsed = parseQuery(query);
    try {
      // Symbols or emoji only (`∑`, `🚀`, `---`): nothing to search for, also within a topic.
      if (!parsed.terms.length && parsed.text) return { state: 'no-match', query: parsed.text, unmatched: [], suggestion: null };
      if (!parsed.terms.length && !options.topic) return { state: 'idle' };
      const session: Session = { ...(await load()), shared, run };
      if (parsed.terms.length) return await searchWords(session, parsed, options, suggest);
      return await results(session, null, new Set(), parsed, options);
    } catch (error) {
      // A file that could not be fetched (a dynamic import fails with a TypeError) means the network is gone.
      if (!(error instanceof NotSavedError || error instanceof TypeError) && navigator.onLine) return { state: 'error', query: parsed.text };
      shared.networkFailed = true;
      // Pagefind does not report a chunk it failed to load: load them again once back online.
      shared.preloaded.clear();
      return { state: 'needs-network', query: parsed.text };
    }
  }

  return {
    warm: async () => void (await load()),
    search: (query, options) => run(query, options, true),
    version: async () => (await load()).vocabulary.manifest.tag,
  };
}
