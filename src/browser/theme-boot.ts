/**
 * The theme script every page runs in its head (`SiteHead`), a classic
 * script that blocks parsing as the stylesheets block rendering: it applies a
 * theme the reader chose (`ThemeToggle`) before the first paint, so a dark
 * page never flashes light, and marks that scripts run (`html.js`, which
 * shows the script-only controls and hides the notes for readers without
 * one, `.no-js-only`). Served as one cached file,
 * `/theme.js?v=<version of this text>` (src/pages/theme.js.ts), since issue
 * 14's second page-weight pass; it was inline in every page (174 B, plus its
 * 55 B hash in the Content-Security-Policy), which now allows no inline
 * script at all.
 *
 * Written compact (240 B as an indented IIFE, 157 B now); the block keeps
 * `r` and `t` out of the global scope. Readably:
 *
 *     const root = document.documentElement;
 *     root.classList.add('js');
 *     try { const theme = localStorage.getItem('folio-theme'); if (theme is 'light' or 'dark') root.dataset.theme = theme; }
 *     catch { storage refused (private browsing): follow the system }
 */
export const themeBootScript = "{const r=document.documentElement;r.classList.add('js');try{const t=localStorage.getItem('folio-theme');if(t==='light'||t==='dark')r.dataset.theme=t}catch{}}";
