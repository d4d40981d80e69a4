/**
 * The one script Folio writes inline into every page (the head of
 * `BaseLayout`): it applies a theme the reader chose (`ThemeToggle`) before
 * the first paint, so a dark page never flashes light, and marks that scripts
 * run (`html.js`, which shows the script-only controls). Kept as text so the
 * page and its Content-Security-Policy (`src/lib/content-security-policy.ts`,
 * which allows it by its hash) use exactly the same bytes.
 *
 * Written compact, since every page carries it (240 B as an indented IIFE,
 * 157 B now); the block keeps `r` and `t` out of the global scope. Readably:
 *
 *     const root = document.documentElement;
 *     root.classList.add('js');
 *     try { const theme = localStorage.getItem('folio-theme'); if (theme is 'light' or 'dark') root.dataset.theme = theme; }
 *     catch { storage refused (private browsing): follow the system }
 */
export const themeBootScript = "{const r=document.documentElement;r.classList.add('js');try{const t=localStorage.getItem('folio-theme');if(t==='light'||t==='dark')r.dataset.theme=t}catch{}}";
