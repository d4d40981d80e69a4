/**
 * Same-site URLs a built page loads to render: stylesheets, scripts, icons,
 * fonts preloaded by `<link>`, the SVG sprite its `<use>` elements draw from
 * (under the URL the page names, its `?v=` too: fragment dropped). The service worker caches them with the pages
 * of the site's shell so those pages render offline. `base` is the site's base
 * path (`/` or `/folio/`); URLs outside it and other hosts are left out, and so
 * are links the page does not load (`alternate` feeds, `canonical`, `next`).
 */
export function shellAssets(html: string, base: string): string[] {
  const found = new Set<string>();
  const loaded = /^(stylesheet|icon|shortcut icon|apple-touch-icon|manifest|preload|modulepreload)$/i;
  for (const match of html.matchAll(/<(link|script|use)\b[^>]*>/gi)) {
    const tag = match[0];
    const url = /\s(?:href|src|xlink:href)="([^"]+)"/i.exec(tag)?.[1]?.replace(/&amp;/g, '&');
    if (!url || !url.startsWith(base) || url.startsWith('//')) continue;
    if (match[1]!.toLowerCase() === 'link' && !loaded.test(/\brel="([^"]*)"/i.exec(tag)?.[1]?.trim() ?? '')) continue;
    found.add(url.split('#')[0]!);
  }
  return [...found].sort();
}
