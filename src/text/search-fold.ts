/**
 * The searchable form of text: what a paper's words and a reader's query
 * are both reduced to before they are compared, so that `ﬁne-tuning`
 * (with the ligature `ﬁ`), `ｆｉｎｅ-ｔｕｎｉｎｇ` and `fine-tuning` are one word.
 * Pure, no DOM, no disk: the build (search-records.ts, PaperLayout.astro)
 * and the browser (query.ts, rank.ts) import the same function.
 */

/** Characters that are their own compatibility form, fast: most text is ASCII. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds compatibility characters to the characters they stand for (Unicode
 * NFKC): ligatures (`ﬁ` → `fi`), fullwidth and halfwidth forms (`ＬＬＭ` →
 * `LLM`), superscripts and subscripts (`x²` → `x2`), letterlike symbols
 * (`ℝ` → `R`), circled and Roman numerals (`Ⅳ` → `IV`). Whitespace stays
 * where it was, and a character NFKC spells with a space (`¨` → ` ̈`) loses
 * that space, so the text has the same words, in the same places, as the
 * text it was folded from. Case and accents are folded afterwards, where
 * words are made (search-terms.ts, and Pagefind itself).
 */
export function searchFold(text: string): string {
  if (ASCII.test(text)) return text;
  return text.replace(/\S+/gu, (token) => token.normalize('NFKC').replace(/\s+/gu, ''));
}

/**
 * The words of `texts` whose searchable form differs from what they show,
 * in that form, each once, space-separated (`''` when there are none): what
 * a page gives the search index besides its text, so that the index finds
 * `fine-tuning` in `ﬁne-tuning` while the page, the index's text and every
 * excerpt keep the characters as written.
 */
export function foldedWords(texts: readonly string[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    if (ASCII.test(text)) continue;
    for (const token of text.split(/\s+/)) {
      const folded = searchFold(token);
      if (folded !== token && folded) words.add(folded);
    }
  }
  return [...words].join(' ');
}
