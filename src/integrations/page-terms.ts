/**
 * What one page gives the search vocabulary (search-vocabulary.ts): its
 * title, each term on it once with the form the page writes it in, and the
 * other forms it writes. A page's terms depend on its fragment alone, so the
 * build can keep them between builds (vocabulary-cache.ts) and tokenise only
 * the pages a day adds or changes. Pure.
 */
import { compoundParts, indexForm, searchStem, stripMarks } from '../text/search-terms.ts';
import type { PagefindFragment } from './pagefind-format.ts';

/** One page's share of the vocabulary. */
export interface PageTerms {
  /** The page's title, for known items. */
  title: string;
  /** Each term on the page once (the query-side stem of a word or compound part), in the order first met. */
  terms: string[];
  /** For each of `terms`, the form the page writes it in: its last whole word with that stem, else its first compound part. */
  forms: string[];
  /** Forms the page also writes that are not in `forms` (another word with the same stem). */
  otherForms: string[];
}

/** One form of a token and the term the browser stems it to. */
interface FormTerm {
  form: string;
  term: string;
}

/** A token's forms (as Pagefind joins it, then its compound parts, accents folded; none for punctuation), each with its query-side stem. */
function tokenTerms(token: string): FormTerm[] {
  const whole = stripMarks(indexForm(token));
  const forms = whole ? [whole, ...compoundParts(token).map(stripMarks)] : [];
  return forms.map((form) => ({ form, term: searchStem(form) }));
}

/** The text of a page that is searched: its indexed content and its metadata but the title. */
function pageText(fragment: PagefindFragment): string {
  return [fragment.content, ...Object.entries(fragment.meta).filter(([k]) => k !== 'title').map(([, v]) => v)].join(' ');
}

/**
 * A reader of pages' terms. It keeps each distinct token's stems while it
 * lives: an archive of 10,000 papers has about 2.5 million tokens but only
 * about 50,000 distinct words, so make one per build, not one per page.
 */
export function pageTermsReader(): (fragment: PagefindFragment) => PageTerms {
  const known = new Map<string, FormTerm[]>();
  const termsOf = (token: string) => {
    let terms = known.get(token);
    if (terms === undefined) known.set(token, (terms = tokenTerms(token)));
    return terms;
  };
  return (fragment) => {
    const formOf = new Map<string, string>();
    const written = new Set<string>();
    for (const token of pageText(fragment).split(/\s+/)) {
      const all = termsOf(token);
      for (let i = 0; i < all.length; i++) {
        const { form, term } = all[i]!;
        // A whole word names its term over any compound part; the last whole word wins.
        if (i === 0 || !formOf.has(term)) formOf.set(term, form);
        written.add(form);
      }
    }
    const forms = [...formOf.values()];
    const counted = new Set(forms);
    return { title: fragment.meta.title ?? '', terms: [...formOf.keys()], forms, otherForms: [...written].filter((form) => !counted.has(form)) };
  };
}
