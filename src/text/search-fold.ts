/**
 * The searchable form of text: what a paper's words and a reader's query
 * are both reduced to before they are compared, so that `ﬁne-tuning`
 * (with the ligature `ﬁ`), `ｆｉｎｅ-ｔｕｎｉｎｇ` and `fine-tuning` are one word.
 * Also the pieces of Chinese and Japanese text a query may name. Pure, no
 * DOM, no disk: the build (src/lib/search-meta.ts, for the paper pages and
 * their search records) and the browser (query.ts, rank.ts, excerpt.ts)
 * import the same functions.
 */
import { isAscii } from './ascii.ts';

/**
 * Folds compatibility characters to the characters they stand for (Unicode
 * NFKC): ligatures (`ﬁ` → `fi`), fullwidth and halfwidth forms (`ＬＬＭ` →
 * `LLM`), superscripts and subscripts (`x²` → `x2`), letterlike symbols
 * (`ℝ` → `R`), circled and Roman numerals (`Ⅳ` → `IV`), and Latin letters
 * that have no accent to fold (`ø` → `o`, `œ` → `oe`, `ß` → `ss`). Whitespace stays
 * where it was, and a character NFKC spells with a space (`¨` → ` ̈`) loses
 * that space, so the text has the same words, in the same places, as the
 * text it was folded from. Case and accents are folded afterwards, where
 * words are made (search-terms.ts, and Pagefind itself).
 */
export function searchFold(text: string): string {
  if (isAscii(text)) return text;
  return text.replace(/\S+/gu, (token) => foldLetters(token.normalize('NFKC').replace(/\s+/gu, '')));
}

/**
 * Latin letters that no Unicode decomposition takes to a base letter, so
 * that folding accents leaves them as they are, with the letters a reader
 * types for them: `Søren` is found by `soren` as `Schrödinger` is by
 * `schrodinger`.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ß: 'ss', ı: 'i', ħ: 'h', Ħ: 'H',
};
const UNDECOMPOSABLE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
/** The same, to test a text with (a global expression's `test` moves on from its last match). */
const HAS_UNDECOMPOSABLE = new RegExp(UNDECOMPOSABLE.source, 'u');

function foldLetters(token: string): string {
  return token.replace(UNDECOMPOSABLE, (letter) => LETTERS[letter]!);
}

/** A run of characters of the scripts written without spaces between words: Chinese and Japanese (kanji, kana, the long vowel mark `ー`). */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;

/** Whether `word` holds Chinese or Japanese characters (a query word of one of them is as specific as a Latin word of three letters). */
export function hasSpacelessScript(word: string): boolean {
  return SPACELESS.test(word);
}

/**
 * The two-character pieces of each run of Chinese or Japanese characters in
 * `word` longer than two (`大規模言語` → `大規`, `規模`, `模言`, `言語`), in
 * order; none for a run of one or two characters. Pagefind, indexing the
 * pages as English, keeps a run between spaces as one word, so a word inside
 * it (`言語`) would never be found; overlapping pairs are how search engines
 * without a dictionary index these scripts (Lucene's CJK bigrams).
 */
export function spacelessPairs(word: string): string[] {
  const pairs: string[] = [];
  for (const [run] of word.matchAll(new RegExp(`${SPACELESS.source}+`, 'gu'))) {
    const characters = [...run];
    if (characters.length < 3) continue;
    for (let i = 0; i + 1 < characters.length; i++) pairs.push(characters[i]! + characters[i + 1]!);
  }
  return pairs;
}

/**
 * The words of `texts` the search index needs besides the text as written,
 * each once, space-separated (`''` when there are none, as for most papers):
 * the searchable form of words that fold (`ﬁne-tuning` → `fine-tuning`) and
 * the two-character pieces of Chinese and Japanese text (spacelessPairs).
 * A page gives them to the index as metadata (src/lib/search-meta.ts), so
 * the page, the index's text and every excerpt keep the characters as written.
 */
export function extraSearchWords(texts: readonly string[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    // Most text has neither: one check of the whole text instead of one per word.
    if (isAscii(text) || (text.normalize('NFKC') === text && !SPACELESS.test(text) && !HAS_UNDECOMPOSABLE.test(text))) continue;
    for (const token of text.split(/\s+/)) {
      const folded = searchFold(token);
      if (folded !== token && folded) words.add(folded);
      for (const pair of spacelessPairs(folded)) words.add(pair);
    }
  }
  return [...words].join(' ');
}
