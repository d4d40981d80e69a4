/**
 * Loads Pagefind on demand and runs searches. Nothing is fetched until the
 * first call (the reader focusing or typing in a search box); the bundle is
 * imported from the site's own `pagefind/` folder, which exists only in a build.
 * Once Pagefind is up, the service worker is asked to save the index offline.
 */
import { warmOfflineSearch } from './offline-warmup.ts';
import { loadAvailable } from './settle-hits.ts';

/** One result as the UI shows it. */
export interface PaperHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: HTML-escaped text with `<mark>` around the matches. */
  excerpt: string;
  /** Topic ids of the paper. */
  topics: string[];
}

/** Hits loaded from a range of results, and how many of them could not be loaded (offline, never saved). */
export interface HitPage {
  hits: PaperHit[];
  missing: number;
}

/** A search's results: all matches counted, the first `limit` loaded. */
export interface SearchOutcome extends HitPage {
  total: number;
  /** Matches per topic for the query, whatever topic is selected (empty for an empty query). */
  topicCounts: Record<string, number>;
  /** Matches for the query in all topics (a paper in two topics counts once). */
  allTopics: number;
  /** Loads hits `from`..`from + limit` (for "show more"). */
  more: (from: number, limit: number) => Promise<HitPage>;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  preload: (term: string, options?: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Options passed to `pagefind.options()`; the search-quality tests use the same. */
export const PAGEFIND_OPTIONS = { excerptLength: 26 } as const;

let loading: Promise<PagefindModule> | undefined;

/** Imports and initialises Pagefind once (`base` is the site's base path). */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ ...PAGEFIND_OPTIONS });
    await pagefind.init();
    // Searches report counts per filter value only once the filters are loaded.
    await pagefind.filters();
    warmOfflineSearch();
    return pagefind;
  })();
  // A failed load (offline before the first visit, dev server) may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}

async function toHits(results: PagefindResult[]): Promise<HitPage> {
  const { loaded, missing } = await loadAvailable(results.map((r) => () => r.data()));
  const hits = loaded.map((d) => ({
    url: d.meta.url || d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    topics: d.filters.topic ?? [],
  }));
  return { hits, missing };
}

/**
 * Searches the papers for `q` (an empty query lists the topic's papers),
 * filtered to `topic` when given, loading the first `limit` hits.
 */
export async function searchPapers(base: string, q: string, topic: string, limit: number): Promise<SearchOutcome> {
  const pagefind = await loadPagefind(base);
  const term = q.trim() || null;
  const filtered = await pagefind.search(term, topic ? { filters: { topic } } : {});
  // Counts per topic come from the query without the topic filter, so each
  // count says what choosing that topic would show.
  const unfiltered = topic ? await pagefind.search(term, {}) : filtered;
  return {
    total: filtered.results.length,
    topicCounts: term ? (unfiltered.filters.topic ?? {}) : {},
    allTopics: unfiltered.results.length,
    ...(await toHits(filtered.results.slice(0, limit))),
    more: (from, count) => toHits(filtered.results.slice(from, from + count)),
  };
}
