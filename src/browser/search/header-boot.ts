/**
 * The header search box at page load (its markup: src/components/Search.astro):
 * adds the combobox parts (header-combobox.ts), loads the combobox logic
 * (header-search.ts, and Pagefind after it) on the reader's first focus or
 * keystroke, puts Ctrl/Cmd+K and `/` on the box, and registers the service
 * worker so the archive stays searchable offline.
 */
import { addComboboxParts } from './header-combobox.ts';
import { isSearchShortcut } from './keyboard.ts';
import { KEEP_LOADED, type KeepLoadedRequest } from '../sw-messages.ts';

/** Boots the header search of the page, if it has one. */
export function bootHeaderSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-site-search]');
  const input = root && addComboboxParts(root, /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘ K' : 'Ctrl K');
  if (root && input) {
    const base = root.dataset.base ?? '/';

    // The combobox logic (and Pagefind after it) loads only when the reader starts searching.
    let enhancing: Promise<void> | undefined;
    const enhance = () => (enhancing ??= import('./header-search.ts').then((m) => m.enhanceHeaderSearch(root)));
    input.addEventListener('focus', enhance, { once: true });
    input.addEventListener('input', enhance, { once: true });

    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (!isSearchShortcut(event, typing)) return;
      event.preventDefault();
      // On the search page the shortcut goes to its own box.
      const box = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? input;
      box.focus();
      box.select();
    });

    // `sw.js` exists only in a build (the dev server answers 404 and nothing registers).
    if ('serviceWorker' in navigator) {
      window.addEventListener('load', () => {
        // A first visit loads its files before the worker controls the page: hand the worker their
        // URLs (the fonts a formula used, say) so that this page also renders offline.
        const uncontrolled = !navigator.serviceWorker.controller;
        navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
        if (uncontrolled) {
          void navigator.serviceWorker.ready.then((registration) => {
            const urls = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.startsWith(location.origin));
            registration.active?.postMessage({ type: KEEP_LOADED, urls } satisfies KeepLoadedRequest);
          });
        }
      });
    }
  }
}
