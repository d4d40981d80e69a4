import { isTypo, isVersionMark, mayBeTypo, MIN_WORDS, nearTitleDifference, nearTitleKeys, titleWords, typoVariants } from './near-titles.ts';
import { addTo } from '../../src/lib/append.ts';

/**
 * Titles filed so that those near a title (near-titles.ts: one word spelled
 * otherwise, or a version mark more) are found by looking up, not by
 * comparing: a title is compared only with titles that are near it, however
 * many share all its words but one (titles share long tails: `…: Faithful
 * Policy Optimization at Scale`). Its cost grows with the titles filed and
 * the near ones found, never with the pairs of titles under one key.
 */

/** A filed title near the one looked up: what it was filed with, and how the looked-up title differs from it. */
export interface NearTitle<T> {
  value: T;
  difference: string;
}

/** Titles filed with a value each, to be found by their near titles. */
export interface NearTitleIndex<T> {
  /** Files `title` with `value`; the same title may be filed again, with another value. */
  add(title: string, value: T): void;
  /**
   * The filed titles `title` is near, each with how it differs
   * ({@link nearTitleDifference}), in the order of the first of
   * {@link nearTitleKeys}(`title`) that each shares, then as filed.
   */
  near(title: string): NearTitle<T>[];
}

/**
 * The titles (their numbers) that are otherwise the same at one place of
 * their words: while few, read one by one; past {@link SCAN_TITLES}, by word,
 * each word found by its typo variants rather than by reading them all.
 */
type Slot = number[] | { words: Map<string, number[]>; variants: Map<string, string[]> };

/** Most titles of a slot read one by one for a typo: fewer cost less than their words' variants. */
const SCAN_TITLES = 16;

/** A filed title, its words as compared and its value. */
interface Filed<T> {
  title: string;
  words: readonly string[];
  value: T;
}

/** A new, empty index. */
export function nearTitleIndex<T>(): NearTitleIndex<T> {
  const filed: Array<Filed<T>> = [];
  // A title's words, and its words with a version mark left out: a title with a mark more is found under the first.
  const whole = new Map<string, number[]>();
  const lessMark = new Map<string, number[]>();
  const slots = new Map<string, Slot>();
  // A new title is looked up, then filed: its words and slots are read once.
  let last: { title: string; words: string[]; slotKeys: Array<string | undefined> } | undefined;
  const read = (title: string) => {
    if (last?.title !== title) {
      const words = titleWords(title);
      last = { title, words, slotKeys: words.length < MIN_WORDS ? [] : words.map((word, i) => (mayBeTypo(word) ? slotKey(words, i) : undefined)) };
    }
    return last;
  };

  return {
    add(title, value) {
      const { words, slotKeys } = read(title);
      if (words.length < MIN_WORDS) return;
      const number = filed.push({ title, words, value }) - 1;
      addTo(whole, words.join(' '), number);
      for (const shorter of withoutMarks(words)) addTo(lessMark, shorter, number);
      slotKeys.forEach((key, i) => {
        if (key !== undefined) fileInSlot(slots, key, i, number, filed);
      });
    },
    near(title) {
      const { words, slotKeys } = read(title);
      if (words.length < MIN_WORDS) return [];
      const found = new Set(lessMark.get(words.join(' ')));
      for (const shorter of withoutMarks(words)) for (const number of whole.get(shorter) ?? []) found.add(number);
      slotKeys.forEach((key, i) => {
        const slot = key === undefined ? undefined : slots.get(key);
        if (slot) for (const number of typosIn(slot, i, words[i]!, filed)) found.add(number);
      });
      return found.size === 0 ? [] : inKeyOrder(title, [...found].map((number) => ({ number, ...filed[number]! })));
    },
  };
}

/** The near titles found, each with its difference, in the order of the first key of `title` each shares (what was first compared), then as filed. */
function inKeyOrder<T>(title: string, found: Array<{ number: number; title: string; value: T }>): NearTitle<T>[] {
  const keys = nearTitleKeys(title);
  return found
    .flatMap(({ number, title: other, value }) => {
      const difference = nearTitleDifference(title, other);
      if (difference === undefined) return [];
      const theirs = new Set(nearTitleKeys(other));
      return [{ key: keys.findIndex((key) => theirs.has(key)), number, value, difference }];
    })
    .sort((a, b) => a.key - b.key || a.number - b.number)
    .map(({ value, difference }) => ({ value, difference }));
}

/** The slot of a title's word `i`: its other words, in place. */
function slotKey(words: readonly string[], i: number): string {
  return words.map((word, j) => (j === i ? '' : word)).join(' ');
}

/** A title's words with one version mark left out, each way, where as many words are left as a near title needs. */
function withoutMarks(words: readonly string[]): Set<string> {
  const shorter = new Set<string>();
  if (words.length - 1 < MIN_WORDS) return shorter;
  words.forEach((word, i) => {
    if (isVersionMark(word)) shorter.add([...words.slice(0, i), ...words.slice(i + 1)].join(' '));
  });
  return shorter;
}

/** Files title `number` in the slot of its word `i`, indexing the slot by words and their variants once it holds too many titles to read. */
function fileInSlot<T>(slots: Map<string, Slot>, key: string, i: number, number: number, filed: ReadonlyArray<Filed<T>>): void {
  const slot = slots.get(key);
  if (slot === undefined) slots.set(key, [number]);
  else if (Array.isArray(slot) && slot.length < SCAN_TITLES) slot.push(number);
  else {
    const indexed = Array.isArray(slot) ? { words: new Map<string, number[]>(), variants: new Map<string, string[]>() } : slot;
    for (const each of Array.isArray(slot) ? [...slot, number] : [number]) {
      const word = filed[each]!.words[i]!;
      if (!indexed.words.has(word)) for (const variant of typoVariants(word)) addTo(indexed.variants, variant, word);
      addTo(indexed.words, word, each);
    }
    slots.set(key, indexed);
  }
}

/** The titles of a slot whose word `i` `word` is a typo of: all read while they are few, else those whose word shares a variant with it. */
function typosIn<T>(slot: Slot, i: number, word: string, filed: ReadonlyArray<Filed<T>>): number[] {
  if (Array.isArray(slot)) return slot.filter((number) => isNear(filed[number]!.words[i]!, word));
  const { words, variants } = slot;
  const others = new Set([...typoVariants(word)].flatMap((variant) => variants.get(variant) ?? []));
  return [...others].filter((other) => isNear(other, word)).flatMap((other) => words.get(other)!);
}

/** Whether a slot's word `other` is `word` spelled otherwise, not the same word. */
function isNear(other: string, word: string): boolean {
  return other !== word && isTypo(other, word);
}
