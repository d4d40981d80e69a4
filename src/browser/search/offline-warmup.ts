/**
 * Asks the service worker to save the search index for offline use: by
 * itself once per page after a first search (the worker does it only when
 * the whole search fits its automatic budget, see offline-plan.ts, and has
 * then saved it already when it installed, unless a file failed), or
 * because the reader asked (the search page's "Save search for offline
 * use"). The answer is recorded on `<html data-offline-search>` (`saving`,
 * then `ready`, `partial`, or `skipped` when an automatic save was over
 * budget), which the page and tests read. Without a service worker (dev
 * server, blocked) nothing happens.
 */
import { offlineSearchState, WARM_SEARCH, type WarmReport } from '../sw-messages.ts';

let offered = false;

/** Sends a save request to the active worker; resolves with the state recorded, or `undefined` without a worker. */
export async function saveSearchOffline(asked: boolean): Promise<string | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const root = document.documentElement;
  // `ready` waits for a worker installing on this very first visit.
  const registration = await navigator.serviceWorker.ready.catch(() => undefined);
  const worker = registration?.active;
  if (!worker) return undefined;
  const channel = new MessageChannel();
  const answered = new Promise<string>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<WarmReport>) => {
      root.dataset.offlineSearch = offlineSearchState(event.data);
      channel.port1.close();
      resolve(root.dataset.offlineSearch);
    };
  });
  if (asked || root.dataset.offlineSearch !== 'ready') root.dataset.offlineSearch = 'saving';
  worker.postMessage({ type: WARM_SEARCH, asked }, [channel.port2]);
  return answered;
}

/** After the reader's first search on this page: lets the worker save the whole search if it is small enough. Never throws. */
export function offerOfflineSearch(): void {
  if (offered) return;
  offered = true;
  void saveSearchOffline(false).catch(() => undefined);
}
