/**
 * A small seeded pseudo-random generator, so synthetic corpora are the same
 * bytes on every machine and every run (Math.random cannot be seeded).
 */

/** Draws from one seeded stream. Every method advances the stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Whether an event of probability `p` happens. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list (all of them when it is shorter), in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A copy of the list in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** A new independent stream derived from this one and a label. */
  fork(label: string): Random;
}

/** Hash a string into four 32-bit words (cyrb128), to seed sfc32. */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Create a generator from a seed; the same seed always gives the same stream. */
export function createRandom(seed: string | number): Random {
  let [a, b, c, d] = hashSeed(String(seed));
  // sfc32: fast, 128-bit state, passes PractRand far beyond what a corpus needs.
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Mix the state before first use, as sfc32's authors recommend.
  for (let i = 0; i < 12; i++) next();

  const random: Random = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new Error('expected a non-empty list to pick from');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    sample(items, count) {
      return random.shuffle(items).slice(0, count);
    },
    shuffle(items) {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    fork(label) {
      return createRandom(`${Math.floor(next() * 2 ** 32)}:${label}`);
    },
  };
  return random;
}
