import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { paperKey } from '../../src/format/paper-key.ts';

/** Longest readable part of a slug, before any disambiguating suffix. */
export const MAX_SLUG_WORDS_LENGTH = 64;

/**
 * The permanent slug for a paper title: a pure function of the title alone.
 *
 * Readable ASCII words from the title, cut at a word boundary. Because a slug
 * must never depend on which other papers exist (ingest order and batching may
 * not change it, and a published slug may never move), a title only gets the
 * bare words when they spell the title exactly: lowercase ASCII letters and
 * digits separated by single spaces, nothing cut. Any other title (punctuation,
 * accents, a cut) could share its words with another title (`C++ Models` and
 * `C# Models`, `Foo` and `Foo?`), so it gets a 6-character suffix derived from
 * its identity key. Two distinct titles therefore never share a slug, whatever
 * order they arrive in.
 */
export function assignSlug(title: string): string {
  const key = paperKey(title);
  const words = slugify(title, { decamelize: false });
  const cut = cutAtWordBoundary(words, MAX_SLUG_WORDS_LENGTH);
  const exact = cut === words && words.replace(/-/g, ' ') === key;
  if (exact) return words;
  const suffix = createHash('sha256').update(key).digest('hex').slice(0, 6);
  return cut === '' ? `paper-${suffix}` : `${cut}-${suffix}`;
}

/** Cut hyphenated words to at most `max` characters without splitting a word. */
export function cutAtWordBoundary(words: string, max: number): string {
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : words.slice(0, max);
}
