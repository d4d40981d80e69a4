import { editDistance } from '../../src/text/edit-distance.ts';
import { wordParts } from '../../src/text/words.ts';

/**
 * Titles that are one title revised: the same words but one spelled
 * otherwise (`Learning to Rout Tokens`, `Learning to Route Tokens`: a typo
 * fixed), or one with a version mark more (`Graph Transformers at Scale
 * (v2)`). A paper revised between two saves of the listing may come back
 * with such a title and a revised abstract: neither then names the
 * published paper, so the ingest keeps two and says so (merge-papers.ts).
 * Case, spaces and punctuation alone are the look-alike warning's.
 */

/** Fewest words of a title read for a typo: in a shorter one (`Mamba Models`, `Mambo Models`) a word spelled otherwise is as likely another paper. */
export const MIN_WORDS = 3;

/** Fewest letters of a word read for a typo: a shorter one spelled otherwise is another word (`for`, `fur`). */
const MIN_TYPO_LETTERS = 4;

/** Most letters of a word whose typo is a letter added or dropped only (`Rout`, `Route`): in one this short, a letter changed makes another word (`Nets`, `Bets`). */
const SHORT_WORD_LETTERS = 5;

/** A version mark as a title's word: `v2`, `V3`. */
const VERSION_MARK = /^v\d{1,2}$/;

/** The words of a title as compared: NFKC, lowercase, every punctuation mark a separator. */
export function titleWords(title: string): string[] {
  return wordParts(title.normalize('NFKC'));
}

/**
 * Keys that two near titles share: a title's words, then its words with one
 * left out (each position). A word spelled otherwise is left out of both, a
 * version mark out of the longer. Near titles are named in the order of the
 * first key they share (near-title-index.ts, which finds them without
 * reading every title under a key: thousands may share one). None for a
 * title of under {@link MIN_WORDS} words.
 */
export function nearTitleKeys(title: string): string[] {
  const words = titleWords(title);
  if (words.length < MIN_WORDS) return [];
  return [words.join(' '), ...words.map((_, i) => [...words.slice(0, i), ...words.slice(i + 1)].join(' '))];
}

/**
 * How `title` differs from `other` where it is the same title revised
 * (see the module's comment): `a word spelled otherwise (\`Rout\`, \`Route\`)`
 * or `a version mark (\`v2\`)`, each word as `other` and `title` write it;
 * undefined for any other pair, titles whose words are the same included. A
 * figure makes another paper (`Llama 2`, `Llama 3`); a word of up to
 * eight letters may be one edit off (up to five, a letter added or dropped
 * only), a longer one two.
 */
export function nearTitleDifference(title: string, other: string): string | undefined {
  const [a, b] = [titleWords(other), titleWords(title)];
  if (Math.min(a.length, b.length) < MIN_WORDS) return undefined;
  if (a.length === b.length) {
    const differ = a.flatMap((word, i) => (word === b[i] ? [] : [i]));
    if (differ.length !== 1) return undefined;
    const [x, y] = [a[differ[0]!]!, b[differ[0]!]!];
    if (!isTypo(x, y)) return undefined;
    return `a word spelled otherwise (\`${asWritten(other, x)}\`, \`${asWritten(title, y)}\`)`;
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return undefined;
  const extra = longer.findIndex((word, i) => word !== shorter[i]);
  const at = extra === -1 ? longer.length - 1 : extra;
  if (!isVersionMark(longer[at]!) || [...longer.slice(0, at), ...longer.slice(at + 1)].join(' ') !== shorter.join(' ')) return undefined;
  return `a version mark (\`${asWritten(a.length < b.length ? title : other, longer[at]!)}\`)`;
}

/**
 * Whether `y` is `x` spelled otherwise, two words of a title as compared
 * (see {@link nearTitleDifference}): no figure in either, four letters or
 * more, a letter added or dropped up to five, one edit up to eight letters,
 * two in a longer word.
 */
export function isTypo(x: string, y: string): boolean {
  if (/\p{N}/u.test(x + y) || Math.min(x.length, y.length) < MIN_TYPO_LETTERS) return false;
  if (Math.min(x.length, y.length) <= SHORT_WORD_LETTERS && x.length === y.length) return false;
  const edits = typoEdits(Math.max(x.length, y.length));
  return editDistance(x, y, edits) <= edits;
}

/** Edits a typo may make in a word of `letters` letters, the longer of the two. */
function typoEdits(letters: number): number {
  return letters <= 8 ? 1 : 2;
}

/** Whether a word may be one side of a typo at all (four letters or more, no figure): a title is filed under no other. */
export function mayBeTypo(word: string): boolean {
  return word.length >= MIN_TYPO_LETTERS && !/\p{N}/u.test(word);
}

/**
 * A word with up to as many letters left out as a typo of it may make
 * edits (one up to eight letters, two in a longer word), itself included:
 * a word and its typo share one (SymSpell), as an edit is undone by leaving
 * out a letter, of both for a letter changed or two swapped. A word of up to
 * eight letters whose typo is longer needs no more than one: the typo's
 * added letter is an edit. Letters are UTF-16 units, as edits are counted.
 */
export function typoVariants(word: string): Set<string> {
  const variants = new Set([word]);
  let last = [word];
  for (let left = 0; left < typoEdits(word.length); left++) {
    const next: string[] = [];
    for (const variant of last) {
      for (let i = 0; i < variant.length; i++) {
        const shorter = variant.slice(0, i) + variant.slice(i + 1);
        if (!variants.has(shorter)) {
          variants.add(shorter);
          next.push(shorter);
        }
      }
    }
    last = next;
  }
  return variants;
}

/** Whether a title's word is a version mark (`v2`). */
export function isVersionMark(word: string): boolean {
  return VERSION_MARK.test(word);
}

/** A word as `title` writes it (`Rout`, not `rout`): its first match, case aside; the word as compared when it is written otherwise (a compatibility form). */
function asWritten(title: string, word: string): string {
  const text = title.normalize('NFKC');
  const lower = text.toLowerCase();
  const at = lower.length === text.length ? lower.indexOf(word) : -1;
  return at === -1 ? word : text.slice(at, at + word.length);
}
