/**
 * Whether `text` is ASCII only: most titles and abstracts are, and for them
 * Unicode's folds (compatibility forms, case by character, `\p{L}` classes)
 * give what a plain ASCII step gives, at a fraction of the cost. Each fast
 * path taken on it is held to its Unicode path by a property test.
 */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * `text` in Unicode's compatibility form (NFKC: `ﬁ` → `fi`, `ＬＬＭ` → `LLM`),
 * skipping the fold for ASCII text, which it leaves as it is.
 */
export function compatibilityForm(text: string): string {
  return isAscii(text) ? text : text.normalize('NFKC');
}
