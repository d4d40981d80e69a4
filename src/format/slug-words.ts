import slugify from '@sindresorhus/slugify';
import { compatibilityForm } from '../text/ascii.ts';

/**
 * A text as the words of a paper's address spell it (`Глубокое обучение` →
 * `glubokoe-obuchenie`): lowercase ASCII letters and digits between hyphens,
 * other scripts written in Latin letters where they can be (Cyrillic, Greek,
 * Arabic; not Hebrew, Chinese or Japanese, which give nothing), compatibility
 * forms read as the letters they stand for (`ﬁ` is `fi`), an ampersand as
 * `and` except where it opens a character reference. The ingest makes
 * slugs of it (scripts/lib/assign-slug.ts); the search index finds a title
 * in another script by it (src/lib/search-meta.ts), as the 404 page searches
 * for the words of a link cut short. Pure.
 */
export function slugWords(text: string): string {
  // The ampersand of a character reference a title writes (`&lt;b&gt;`, kept as written) is no `and`: `lt-b-gt`, not `and-lt-b-and-gt`.
  return slugify(compatibilityForm(text).replace(CHARACTER_REFERENCE_AMPERSAND, ' '), { decamelize: false });
}

/** The `&` that opens an HTML character reference: `&lt;`, `&#39;`, `&#x27;`. */
const CHARACTER_REFERENCE_AMPERSAND = /&(?=(?:[a-z][a-z0-9]+|#\d+|#x[0-9a-f]+);)/gi;
