/**
 * The messages between a page and the service worker. A page asks the
 * worker to save the search index for offline use, either because the
 * reader asked or, after a first search, in case the whole search fits the
 * automatic budget and an install's save of it failed; the worker answers on the message's port when it is done.
 */

/** Page → worker: save the search index (sent with a `MessagePort` for the answer). */
export const WARM_SEARCH = 'folio:warm-search';

/** The request: `asked` when the reader chose to save search offline, else an automatic offer. */
export interface WarmRequest {
  type: typeof WARM_SEARCH;
  asked: boolean;
}

/** Worker → page: how saving the search index went. */
export interface WarmReport {
  type: 'folio:search-warmed';
  /** Files the manifest lists for offline search. */
  files: number;
  /** Files that could not be fetched (the network went away, a stale deploy). */
  failed: number;
  /** An automatic offer declined: the whole search is over the automatic budget. */
  skipped?: boolean;
}

/**
 * Page → worker: keep these files the page loaded before the worker
 * controlled it (a first visit), such as the fonts a formula needed, which
 * the worker otherwise caches only as they are fetched through it.
 */
export const KEEP_LOADED = 'folio:keep-loaded';

/** The request: the URLs the page loaded (the worker keeps those it would have cached). */
export interface KeepLoadedRequest {
  type: typeof KEEP_LOADED;
  urls: string[];
}

/** Whether `data` (a message event's data) asks to keep files a page loaded. */
export function isKeepLoadedRequest(data: unknown): data is KeepLoadedRequest {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === KEEP_LOADED && Array.isArray((data as { urls?: unknown }).urls);
}

/** Whether `data` (a message event's data) asks to save the search index. */
export function isWarmRequest(data: unknown): data is WarmRequest {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === WARM_SEARCH;
}

/**
 * What the page records in `<html data-offline-search>` once the worker
 * answers: `ready` when every file is saved, `partial` otherwise, `skipped`
 * when an automatic offer was declined.
 */
export function offlineSearchState(report: WarmReport): 'ready' | 'partial' | 'skipped' {
  if (report.skipped) return 'skipped';
  return report.failed === 0 ? 'ready' : 'partial';
}
