import { isTypo, isVersionMark, mayBeTypo, MIN_WORDS, nearTitleDifference, nearTitleKeys, titleWords, typoVariants } from './near-titles.ts';

/**
 * Titles filed so that those near a title (near-titles.ts: one word spelled
 * otherwise, or a version mark more) are found by looking up, not by
 * comparing: a title is compared only with titles that are near it, however
 * many share all its words but one (30,000 synthetic titles end in the same
 * five words). Its cost grows with the titles filed and the near ones found.
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
 * The words that titles otherwise the same hold at one place, each with the
 * titles that hold it (their numbers). Past {@link SCAN_WORDS} words a word
 * is found by its typo variants rather than by reading them all.
 */
interface Slot {
  words: Map<string, number[]>;
  variants?: Map<string, string[]>;
}

/** Most words of a slot read one by one for a typo: fewer cost less than their variants. */
const SCAN_WORDS = 16;

/** A new, empty index. */
export function nearTitleIndex<T>(): NearTitleIndex<T> {
  const filed: Array<{ title: string; value: T }> = [];
  // A title's words, and its words with a version mark left out: a title with a mark more is found under the first.
  const whole = new Map<string, number[]>();
  const lessMark = new Map<string, number[]>();
  const slots = new Map<string, Slot>();

  return {
    add(title, value) {
      const words = titleWords(title);
      if (words.length < MIN_WORDS) return;
      const number = filed.push({ title, value }) - 1;
      append(whole, words.join(' '), number);
      for (const shorter of withoutMarks(words)) append(lessMark, shorter, number);
      words.forEach((word, i) => {
        if (mayBeTypo(word)) fileWord(slots, slotKey(words, i), word, number);
      });
    },
    near(title) {
      const words = titleWords(title);
      if (words.length < MIN_WORDS) return [];
      const found = new Set(lessMark.get(words.join(' ')));
      for (const shorter of withoutMarks(words)) for (const number of whole.get(shorter) ?? []) found.add(number);
      words.forEach((word, i) => {
        const slot = mayBeTypo(word) ? slots.get(slotKey(words, i)) : undefined;
        if (slot) for (const other of typosIn(slot, word)) for (const number of slot.words.get(other)!) found.add(number);
      });
      return inKeyOrder(title, [...found].map((number) => ({ number, ...filed[number]! })));
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

/** Files title `number`'s `word` in its slot, indexing the slot's words by their variants once it holds too many to read. */
function fileWord(slots: Map<string, Slot>, key: string, word: string, number: number): void {
  const slot = slots.get(key) ?? { words: new Map<string, number[]>() };
  slots.set(key, slot);
  if (slot.words.has(word)) {
    slot.words.get(word)!.push(number);
    return;
  }
  slot.words.set(word, [number]);
  if (slot.variants) fileVariants(slot.variants, word);
  else if (slot.words.size > SCAN_WORDS) {
    slot.variants = new Map();
    for (const each of slot.words.keys()) fileVariants(slot.variants, each);
  }
}

function fileVariants(variants: Map<string, string[]>, word: string): void {
  for (const variant of typoVariants(word)) append(variants, variant, word);
}

/** The words of a slot that `word` is a typo of: all read while they are few, else those that share a variant with it. */
function typosIn(slot: Slot, word: string): string[] {
  const { variants } = slot;
  const others = variants ? new Set([...typoVariants(word)].flatMap((variant) => variants.get(variant) ?? [])) : slot.words.keys();
  return [...others].filter((other) => other !== word && isTypo(other, word));
}

function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
