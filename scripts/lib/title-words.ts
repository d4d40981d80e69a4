/**
 * Whether a word is one a title written in title case leaves in small
 * letters (`a`, `in`, `of`, `via`, `without`), in any case as written
 * (`In`, `in`): what tells `Arrows of Time in Video Models` from a sentence.
 */
export function isMinorTitleWord(word: string): boolean {
  return MINOR_WORDS.has(word.toLowerCase());
}

/** Words left in lowercase in a title written in title case. */
const MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'over', 'the', 'to', 'via', 'vs', 'with', 'without']);
