import { keyboardScripts } from '../format/formula-text.ts';
import { compatibilityForm } from '../text/ascii.ts';

/** A search for the paper on another site. */
export interface ExternalSearch {
  /** The site's name, used in the link text. */
  site: string;
  url: string;
}

/** Percent-escapes of characters a query string may hold as they are (RFC 3986 `query`), restored after `encodeURIComponent`. */
const KEPT = /%(3A|2C|2F|3F|40|3B|24)/g;

/**
 * Encodes `text` as the value of a form-encoded query parameter, as short as
 * it reads back exactly: a space is `+`, and `:` `,` `/` `?` `@` `;` `$` stay
 * as they are (a title is mostly words, spaces and colons; each link of a page
 * carries it). `&`, `=`, `+`, `#`, `%`, quotes, markup and non-ASCII are
 * escaped, so `URLSearchParams` (and every server) reads `text` back.
 */
export function formValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(KEPT, (escape) => decodeURIComponent(escape));
}

/**
 * Links that search for a title elsewhere. The archive has no arXiv ids, so a
 * title search is the most reliable way to the paper itself. `title` is the
 * title as the page shows it (titleText: formulas as plain text); each site
 * is asked for it as a reader would type it: scripts after `^` and `_`
 * (`Rᵈ` → `R^d`, keyboardScripts) and compatibility forms as their letters
 * (`ＬＬＭ` → `LLM`), which the other sites' titles spell so.
 */
export function externalSearches(shown: string): ExternalSearch[] {
  const title = compatibilityForm(keyboardScripts(shown));
  const q = formValue(title);
  return [
    { site: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { site: 'Hugging Face Papers', url: `https://huggingface.co/papers?q=${q}` },
    { site: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${formValue(`"${title}"`)}` },
  ];
}
