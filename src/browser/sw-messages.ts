/**
 * The messages between a page and the service worker. A page that starts
 * searching asks the worker to save the search index for offline use; the
 * worker answers on the message's port when it is done.
 */

/** Page → worker: save the search index (sent with a `MessagePort` for the answer). */
export const WARM_SEARCH = 'folio:warm-search';

/** Worker → page: how saving the search index went. */
export interface WarmReport {
  type: 'folio:search-warmed';
  /** Files the manifest lists for offline search. */
  files: number;
  /** Files that could not be fetched (the network went away, a stale deploy). */
  failed: number;
}

/** Whether `data` (a message event's data) asks to save the search index. */
export function isWarmRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === WARM_SEARCH;
}

/**
 * What the page records in `<html data-offline-search>` once the worker
 * answers: `ready` when every file is saved, `partial` otherwise.
 */
export function offlineSearchState(report: WarmReport): 'ready' | 'partial' {
  return report.failed === 0 ? 'ready' : 'partial';
}
