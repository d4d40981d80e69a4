/** The folder of the A–Z index's later pages under `papers/`: `papers/a-z/2/` (src/pages/papers/a-z/). */
export const A_TO_Z_FOLDER = 'a-z';

/**
 * The names the site's own pages take in each folder where a paper slug, a
 * topic id or a listing id names a page of its own (src/pages/papers/index.astro
 * is `papers/`, src/pages/papers/a-z/ the A–Z index's later pages): a slug or
 * id equal to one would share its URL or its folder. The ingest gives such a
 * paper or listing another (assign-slug.ts, listing-day.ts); topics.yaml may
 * not use one. A unit test checks this list against src/pages.
 */
export const RESERVED_ROUTE_NAMES = {
  papers: ['index', A_TO_Z_FOLDER],
  topics: ['index'],
  listings: ['index'],
} as const;

/** Whether `name` is a route of the site's own in `folder` (see {@link RESERVED_ROUTE_NAMES}). */
export function isReservedRouteName(folder: keyof typeof RESERVED_ROUTE_NAMES, name: string): boolean {
  return (RESERVED_ROUTE_NAMES[folder] as readonly string[]).includes(name);
}
