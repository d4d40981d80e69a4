import { createHash } from 'node:crypto';
import { caselessTitleKey, titleKey } from '../../src/format/paper-key.ts';
import { isReservedRouteName } from '../../src/format/site-routes.ts';
import { slugWords } from '../../src/format/slug-words.ts';
import { titleText } from '../../src/format/title-text.ts';

/** Longest readable part of a slug, before any disambiguating suffix. */
export const MAX_SLUG_WORDS_LENGTH = 64;

/** Characters of the title's hash in a slug's suffix: 50 bits, so two titles practically never share one. */
export const SUFFIX_LENGTH = 10;

/** Characters of the suffix used when the first choice is taken: 80 bits. */
const FALLBACK_SUFFIX_LENGTH = 16;

/**
 * The permanent slug for a paper title: a pure function of the title alone,
 * unless that slug is already taken (`isTaken`), which only a collision
 * makes so; then the next slug of a deterministic sequence is used, so a
 * published slug is never moved and never shared.
 *
 * Readable ASCII words from the title as its readers read it (its formulas
 * as text: `titleText`), cut at a word boundary. Because a slug
 * must never depend on which other papers exist (ingest order and batching may
 * not change it, and a published slug may never move), a title only gets the
 * bare words when they spell the title exactly (up to case): lowercase ASCII
 * letters and digits separated by single spaces, nothing cut. Any other title
 * (punctuation, accents, a cut, no Latin letters at all) could share its
 * words with another title (`C++ Models` and `C# Models`, `Foo` and `Foo?`),
 * and one that spells a Windows device name (`CON`) would name no file
 * there, and one that spells a route of the site's own under `papers/`
 * (`Index`, `a z`: site-routes.ts) would share its page or folder, so it gets a suffix of {@link SUFFIX_LENGTH} base32 characters hashed from
 * its exact title. Taken slugs are passed over for the same words with a
 * longer suffix, then that with `-2`, `-3`, ...
 *
 * `next`, kept by a caller whose taken slugs only grow (one run's), holds
 * the number each such longer slug was last given past: the next paper of
 * that title asks from there, not from `-2` (thousands of papers titled
 * alike asked millions of slugs).
 */
export function assignSlug(title: string, isTaken: (slug: string) => boolean = () => false, next?: Map<string, number>): string {
  // Words as the title is read (`$\mathcal{O}(n)$` is `O(n)`), not the names of its TeX commands; the hash stays the exact title's.
  const words = slugWords(titleText(title));
  const cut = cutAtWordBoundary(words, MAX_SLUG_WORDS_LENGTH);
  const stem = cut === '' ? 'paper' : cut;
  const hash = hashOf(titleKey(title));
  const exact = cut !== '' && cut === words && words.replace(/-/g, ' ') === caselessTitleKey(title) && !WINDOWS_DEVICES.test(words) && !isReservedRouteName('papers', words);
  const first = exact ? words : `${stem}-${hash.slice(0, SUFFIX_LENGTH)}`;
  if (!isTaken(first)) return first;
  const fallback = `${stem}-${hash.slice(0, FALLBACK_SUFFIX_LENGTH)}`;
  let n = next?.get(fallback) ?? 1;
  const numbered = () => (n === 1 ? fallback : `${fallback}-${n}`);
  while (isTaken(numbered())) n += 1;
  next?.set(fallback, n + 1);
  return numbered();
}

/**
 * Names Windows reserves for devices, whatever follows a dot: `con.mdx` and
 * a folder `con/` cannot be checked out or deployed there, so a title that
 * spells one alone (`CON`, `Aux`) gets the suffix.
 */
const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** Cut hyphenated words to at most `max` characters without splitting a word. */
export function cutAtWordBoundary(words: string, max: number): string {
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : words.slice(0, max);
}

/** The lowercase base32 SHA-256 of `text`, whole: its first {@link SUFFIX_LENGTH} characters are the suffix that sets apart a slug or an id its words alone could share. */
export function hashOf(text: string): string {
  return base32(createHash('sha256').update(text).digest());
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Lowercase RFC 4648 base32, without padding. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}
