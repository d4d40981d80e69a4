/**
 * The one script Folio writes inline into every page (the head of
 * `BaseLayout`): it applies a theme the reader chose (`ThemeToggle`) before
 * the first paint, so a dark page never flashes light, and marks that scripts
 * run (`html.js`, which shows the script-only controls). Kept as text so the
 * page and its Content-Security-Policy (`src/lib/content-security-policy.ts`,
 * which allows it by its hash) use exactly the same bytes.
 */
export const themeBootScript = `(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('folio-theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch (e) {}
})();`;
