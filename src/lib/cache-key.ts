import { createHash } from 'node:crypto';

/** The settings every page shows (title, description, origin, base path), which Astro's own cache does not watch. */
export interface SiteIdentity {
  title: string;
  description: string;
  site: string;
  base: string;
}

/**
 * The cache key of a generated page for Astro's incremental builds: a hash of
 * its view (every piece of data the page shows, as plain data) and the site
 * settings. Astro reuses a page only when its key and its code (the page's
 * module graph) are unchanged, and it does not see data a page takes from
 * other entries, so a view must hold all of it: then a page whose key is
 * unchanged would render the same bytes, and any change re-renders it.
 */
export function pageCacheKey(view: unknown, site: SiteIdentity): string {
  return createHash('sha256')
    .update(JSON.stringify([site.title, site.description, site.site, site.base]))
    .update('\0')
    .update(JSON.stringify(view))
    .digest('base64url');
}
