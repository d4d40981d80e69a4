/**
 * Whether the archive has a word that is, or starts with, a query word, and
 * what to ask Pagefind for it so that Pagefind finds exactly those words
 * (never its nearest-prefix guess). Pure, given a lookup in the vocabulary.
 */
import type { TermKind, VocabularyTerm } from '../../lib/search-vocabulary.ts';
import { searchStem, stripMarks } from '../../text/search-terms.ts';

/**
 * Looks `term` up in the vocabulary: the term of one of `kinds` equal to it
 * (`whole`) or the first starting with it, or `undefined` (see findTerm).
 */
export type FindTerm = (term: string, whole: boolean, kinds: readonly TermKind[]) => Found | Promise<Found>;
type Found = VocabularyTerm | undefined;

const KEYS: readonly TermKind[] = ['key'];
const WORDS: readonly TermKind[] = ['key', 'written'];
const ANY: readonly TermKind[] = ['key', 'stem', 'written'];

/**
 * The form of a query word to send to Pagefind, or `undefined` when no word
 * of the archive is (`whole`) or starts with it:
 * - a whole word: its stem or itself is a term of any kind (quoted `added`,
 *   whose porter2 stem `ad` is not Pagefind's `add`): the form as typed;
 * - a prefix whose stem starts a Pagefind key (`diffusi` → `diffus…`): the
 *   form as typed, which Pagefind stems and extends the same way;
 * - else a prefix of a word as written (`analy` → `analyses`; its stem
 *   `anali` starts no key, and Pagefind would fall back to a guess): the
 *   first such word, which Pagefind stems to its key. Its results are that
 *   word's (`analyses`, `analysis`), not every word starting `analy`: fewer,
 *   never wrong;
 * - a prefix of a key as typed, where the browser folds marks Pagefind keeps
 *   (`モデ` → `モデル`, whose stem folds to `モテル`): the form as typed.
 */
export async function formToSend(find: FindTerm, form: string, whole: boolean): Promise<string | undefined> {
  return (await matchForm({ find, keyParts: async () => 1, every: 1 }, form, whole))?.send;
}

/** The vocabulary's lookups `matchForm` needs. */
export interface FormLookup {
  find: FindTerm;
  /** The indexes (a `parts` mask) with a Pagefind key starting with `prefix`. */
  keyParts: (prefix: string) => Promise<number>;
  /** The mask of every index of the search. */
  every: number;
}

/**
 * `formToSend`, and the indexes of the search (a `parts` mask, see
 * VocabularyTerm) in which Pagefind finds what is sent: an index without
 * it would answer with its nearest-prefix guess, so a query is only sent
 * to the indexes that have every word of it.
 */
export async function matchForm({ find, keyParts, every }: FormLookup, form: string, whole: boolean): Promise<{ send: string; parts: number } | undefined> {
  const parts = (term: VocabularyTerm | undefined) => (term ? (term.parts ?? every) : 0);
  if (whole) {
    const mask = parts(await find(searchStem(form), true, ANY)) | parts(await find(stripMarks(form), true, ANY));
    return mask ? { send: form, parts: mask } : undefined;
  }
  if (await find(searchStem(form), false, KEYS)) return { send: form, parts: await keyParts(searchStem(form)) };
  // Pagefind folds accents off some letters only (`é`, not the voiced mark of `デ`): a form it keeps as written starts a key as typed.
  if (form !== stripMarks(form) && (await find(form, false, KEYS))) return { send: form, parts: await keyParts(form) };
  const word = await find(stripMarks(form), false, WORDS);
  return word ? { send: word.word, parts: parts(word) } : undefined;
}
