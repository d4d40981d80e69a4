/**
 * The hash that sets a slug apart from another title's words (10 base32
 * characters, or 16 when those were taken, then `-2`, `-3`, …;
 * scripts/lib/assign-slug.ts): no word of the title.
 */
export const SLUG_SUFFIX = /-(?:[a-z2-7]{10}|[a-z2-7]{16}(?:-\d+)?)$/;

const UNSPELLED_SLUG = new RegExp(`^paper${SLUG_SUFFIX.source}`);

/**
 * Whether `slug` is `paper` and a hash: the slug of a title an address
 * cannot spell (Hebrew, Japanese), which a paper keeps when its title
 * changes. A link to it holds no word of its title. Pure.
 */
export function isUnspelledSlug(slug: string): boolean {
  return UNSPELLED_SLUG.test(slug);
}
