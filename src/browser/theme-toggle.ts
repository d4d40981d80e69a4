/**
 * The theme toggle (its markup: src/components/ThemeToggle.astro): switches
 * between light and dark and remembers the choice in localStorage; until a
 * reader chooses, the page follows the system setting. The theme script in
 * BaseLayout's head (theme-boot.ts) applies the stored choice before first paint.
 */

/** Wires up the page's theme toggle, if it has one. */
export function bootThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const root = document.documentElement;
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : media.matches);
  const sync = () => button?.setAttribute('aria-pressed', String(isDark()));
  sync();
  media.addEventListener('change', sync);
  button?.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('folio-theme', next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    sync();
  });
}
