/**
 * The links to this site a page shows as text, for a reader to copy (the
 * permanent link and the BibTeX's `\url{}`, marked `data-site-url` by
 * src/layouts/PaperLayout.astro), are made at build time on FOLIO_SITE's
 * origin. When FOLIO_SITE was not set, that origin is this machine's
 * (http://localhost:4321), where no one else, and no other port, finds the
 * page; served from another address (`python3 -m http.server`, a LAN host),
 * such a page gives its links that address. A site built for a real address
 * keeps it wherever it is read: that is the permanent link. The canonical
 * link, feeds and sitemap always keep FOLIO_SITE's (and the build warns).
 */

/** A loopback host: `localhost` (and its subdomains), 127.0.0.0/8, `[::1]`. */
const LOOPBACK = /^(?:(?:.+\.)?localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The origin the links of a page served at `page` should carry, when they
 * were built on `built`: the page's own when `built` is a loopback origin and
 * the page is served over http(s) from another one; otherwise `undefined`,
 * keep `built` (a page opened from disk has no origin to give: `null`).
 */
export function readerLinkOrigin(built: string, page: { protocol: string; origin: string }): string | undefined {
  if (!/^https?:$/.test(page.protocol) || page.origin === built) return undefined;
  const host = URL.canParse(built) ? new URL(built).hostname : '';
  return LOOPBACK.test(host) ? page.origin : undefined;
}

/** Gives the page's `data-site-url` links the address it is served from, where {@link readerLinkOrigin} says so. */
export function bootSiteLinks(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-site-url]')) {
    const text = element.textContent ?? '';
    const built = /^https?:\/\/[^/]+/.exec(text)?.[0];
    const origin = built && readerLinkOrigin(built, location);
    if (!built || !origin) continue;
    element.textContent = origin + text.slice(built.length);
    if (element instanceof HTMLAnchorElement) {
      const url = new URL(element.href);
      element.href = origin + url.pathname + url.search + url.hash;
    }
  }
}
