/**
 * Every internal URL of the site, in one place, so all links respect the base
 * path and a page and the links to it cannot disagree.
 */

import { A_TO_Z_FOLDER } from '../format/site-routes.ts';

/** Joins a base path (`/` or `/folio/`) and a site-relative path (`papers/x/`). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Site-relative paths (no leading slash) of every kind of page. */
export const paths = {
  home: () => '',
  /** The A–Z index: page 1 at `papers/`, the others at `papers/a-z/<n>/` (two segments: no paper slug can take them). */
  papers: (page = 1) => (page <= 1 ? 'papers/' : `papers/${A_TO_Z_FOLDER}/${page}/`),
  paper: (slug: string) => `papers/${slug}/`,
  topics: () => 'topics/',
  /** A topic: page 1 at `topics/<id>/`, the others at `topics/<id>/<n>/`. */
  topic: (id: string, page = 1) => (page <= 1 ? `topics/${id}/` : `topics/${id}/${page}/`),
  topicFeed: (id: string) => `topics/${id}/feed.xml`,
  listings: () => 'listings/',
  /** A listing (a day, `listings/2025-03-14/`), or the calendar of a year (`listings/2025/`). */
  listing: (id: string) => `listings/${id}/`,
  search: () => 'search/',
  feed: () => 'feed.xml',
  papersJson: () => 'papers.json',
  /** `[slug, title]` of each paper whose title an address cannot spell (Hebrew, Japanese), for the 404 page to name from a link cut short. */
  unspelledPapers: () => 'unspelled-papers.json',
  /** Topic names by id, for search results (one shared file instead of a copy in every page). */
  topicNames: () => 'topic-names.json',
  /** The SVG sprite of the site's icons, drawn with `<use>`. */
  icons: () => 'icons.svg',
  /** The theme script every page runs in its head before first paint (src/browser/theme-boot.ts). */
  themeScript: () => 'theme.js',
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
