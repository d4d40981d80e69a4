/**
 * Asks the service worker to save the search index for offline use, once per
 * page, when the reader starts searching. The answer is recorded on
 * `<html data-offline-search>` (`saving`, then `ready` or `partial`), which
 * tests wait on. Without a service worker (dev server, blocked) nothing happens.
 */
import { offlineSearchState, WARM_SEARCH, type WarmReport } from '../sw-messages.ts';

let asked = false;

/** Sends the warm-up request to the active service worker; never throws. */
export function warmOfflineSearch(): void {
  if (asked || !('serviceWorker' in navigator)) return;
  asked = true;
  const root = document.documentElement;
  // `ready` waits for a worker installing on this very first visit.
  void navigator.serviceWorker.ready
    .then((registration) => {
      const worker = registration.active;
      if (!worker) return;
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<WarmReport>) => {
        root.dataset.offlineSearch = offlineSearchState(event.data);
        channel.port1.close();
      };
      root.dataset.offlineSearch = 'saving';
      worker.postMessage({ type: WARM_SEARCH }, [channel.port2]);
    })
    .catch(() => undefined);
}
