import slugify from '@sindresorhus/slugify';

/**
 * A text as the words of a paper's address spell it (`Глубокое обучение` →
 * `glubokoe-obuchenie`): lowercase ASCII letters and digits between hyphens,
 * other scripts written in Latin letters where they can be (Cyrillic, Greek,
 * Arabic; not Hebrew, Chinese or Japanese, which give nothing), compatibility
 * forms read as the letters they stand for (`ﬁ` is `fi`). The ingest makes
 * slugs of it (scripts/lib/assign-slug.ts); the search index finds a title
 * in another script by it (src/lib/search-meta.ts), as the 404 page searches
 * for the words of a link cut short. Pure.
 */
export function slugWords(text: string): string {
  return slugify(text.normalize('NFKC'), { decamelize: false });
}
