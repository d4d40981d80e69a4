/**
 * The Content-Security-Policy of every page, delivered as
 * `<meta http-equiv="content-security-policy">` first in the head, so it
 * covers every script after it:
 *
 * - scripts only from the site itself (`'self'`: the theme script, the bundled
 *   modules, Pagefind, the service worker); no inline script, not even by
 *   hash (the theme script is a cached file, `theme.js`, since issue 14's
 *   second page-weight pass: its 174 B and its 55 B hash were in every page),
 *   never `'unsafe-inline'` or `'unsafe-eval'`, so markup smuggled into a
 *   title or abstract cannot run;
 * - `'wasm-unsafe-eval'`, which Pagefind needs to compile its WebAssembly;
 * - styles from the site and inline (`'unsafe-inline'`): KaTeX positions
 *   every glyph with a `style` attribute and Astro inlines small stylesheets,
 *   and a style cannot run code;
 * - everything else (fonts, images, fetches, workers) from the site only, plus
 *   `data:` fonts and images (the build inlines KaTeX's smallest fonts into its
 *   stylesheet); no plugins (`object-src 'none'`), no `<base>` pointing
 *   elsewhere, forms only to the site.
 *
 * `frame-ancestors`, `report-uri` and `sandbox` are left out: browsers ignore
 * them in a meta tag, and say so in the console. Built pages only (see
 * {@link pagePolicy}).
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Set by `src/integrations/content-security-policy.ts`: true in `astro build`. */
declare const __FOLIO_CSP__: boolean | undefined;

/** The policy for the page being rendered: the built site's, none under the dev server. */
export function pagePolicy(): string | undefined {
  return typeof __FOLIO_CSP__ !== 'undefined' && __FOLIO_CSP__ ? contentSecurityPolicy() : undefined;
}

/**
 * Vite's `build.assetsInlineLimit` for the site: Astro inlines a small bundled
 * `<script>` into each page, whose hash nobody knows when the page is
 * rendered; keeping every script a file lets `'self'` allow it. Other assets
 * (stylesheets, images) keep Vite's default.
 */
export function keepScriptsExternal(file: string): false | undefined {
  return /\.[cm]?js$/.test(file) ? false : undefined;
}
