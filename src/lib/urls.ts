/**
 * Every internal URL of the site, in one place, so all links respect the base
 * path and a page and the links to it cannot disagree.
 */

/** Joins a base path (`/` or `/folio/`) and a site-relative path (`papers/x/`). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Site-relative paths (no leading slash) of every kind of page. */
export const paths = {
  home: () => '',
  papers: () => 'papers/',
  paper: (slug: string) => `papers/${slug}/`,
  topics: () => 'topics/',
  topic: (id: string) => `topics/${id}/`,
  topicFeed: (id: string) => `topics/${id}/feed.xml`,
  listings: () => 'listings/',
  listing: (id: string) => `listings/${id}/`,
  search: () => 'search/',
  feed: () => 'feed.xml',
  papersJson: () => 'papers.json',
  sitemap: () => 'sitemap.xml',
} as const;

/** Base-aware and absolute URLs, bound to one base path and origin. */
export interface Urls {
  /** Base-aware path for an `href`: `/folio/papers/x/`. */
  href: (path: string) => string;
  /** Absolute URL for canonical links, feeds and citations. */
  absolute: (path: string) => string;
}

/** Builds a URL helper bound to one base path and origin. */
export function urlsFor(base: string, site: string): Urls {
  return {
    /** Base-aware path for an `href`: `/folio/papers/x/`. */
    href: (path: string) => joinBase(base, path),
    /** Absolute URL for canonical links, feeds and citations. */
    absolute: (path: string) => site.replace(/\/+$/, '') + joinBase(base, path),
  };
}
