/**
 * Same-site URLs a built page loads to render: stylesheets, scripts, icons,
 * fonts preloaded by `<link>`. The service worker caches them with the pages
 * of the site's shell so those pages render offline. `base` is the site's base
 * path (`/` or `/folio/`); URLs outside it and other hosts are left out.
 */
export function shellAssets(html: string, base: string): string[] {
  const found = new Set<string>();
  const pattern = /<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/gi;
  for (const match of html.matchAll(pattern)) {
    const url = match[1]!.replace(/&amp;/g, '&');
    if (url.startsWith(base) && !url.startsWith('//')) found.add(url.split('#')[0]!);
  }
  return [...found].sort();
}
