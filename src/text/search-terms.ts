/**
 * Words as Pagefind 1.6 sees them, for the search vocabulary (written at
 * build time) and the query (read in the browser). Pure, no DOM, no disk.
 *
 * This is not `words.ts`'s tokeniser on purpose: that one decides what Folio
 * compares (topics, keywords, related papers); this one must agree with the
 * search index Pagefind wrote, character for character, or the search would
 * call a word missing that the index has.
 */
import { stem } from 'porter2';
import { searchFold } from './search-fold.ts';
import { isAscii } from './ascii.ts';

/** Characters Pagefind keeps inside words besides letters and digits (`include_characters` in `pagefind-entry.json`). */
export const PAGEFIND_WORD_EXTRAS: ReadonlySet<string> = new Set(['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿']);

const WORD_CHAR = /[\p{Alphabetic}\p{N}]/u;
const ASCII_PUNCTUATION = /[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/g;

/**
 * Query words left out of the Pagefind query when others remain: they match
 * nearly every paper and their index chunks are the largest (50–110 KB each
 * at 10,000 papers). They still count for known items and exact searches.
 */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in into is it its of on or that the this to via we with'.split(' '),
);

/** What Pagefind's indexer keeps of one whitespace-delimited token: letters, digits and `_`, lowercased (`C++` → `c`, `GPT-4o` → `gpt4o`). */
export function indexForm(token: string): string {
  let out = '';
  for (const c of token) if (WORD_CHAR.test(c) || PAGEFIND_WORD_EXTRAS.has(c)) out += c.toLowerCase();
  return out;
}

/**
 * The parts Pagefind also indexes for a token with punctuation inside:
 * ASCII punctuation splits, parts shorter than two characters are dropped
 * (`state-space` → `state`, `space`; `x'(t)` → none).
 */
export function compoundParts(token: string): string[] {
  return token
    .replace(ASCII_PUNCTUATION, ' ')
    .split(/\s+/)
    .map(indexForm)
    .filter((part) => [...part].length > 1);
}

/** Drops accents the way Pagefind keys do (`schrödinger` → `schrodinger`); ASCII is returned as is. */
export function stripMarks(word: string): string {
  return isAscii(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The English stem the search compares, from the `porter2` package. Pagefind
 * 1.6 stems with Snowball English 3, which differs on a handful of words
 * (`added` → `add`, here `ad`); the build records both forms of every word of
 * the archive, so the difference never hides a word (see search-vocabulary.ts).
 */
export function searchStem(word: string): string {
  return stem(stripMarks(word));
}

/**
 * Folds a title or query for known-item comparison: compatibility
 * characters (searchFold), case, accents, quote and dash styles, runs of
 * spaces and one final `.`/`!`/`?`. Symbols stay, so `C# Models` and
 * `C++ Models` remain different.
 */
export function foldTitle(text: string): string {
  return searchFold(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.!?]$/, '');
}

const unquote = (text: string) => text.replace(/^["']+|["']+$/g, '');

/**
 * The folded strings a reader may type to mean exactly this paper: its whole
 * title and, when the title opens with a one-word name before a colon
 * (`MUVERA: …`, `"Quoted": …`), that name with and without its quotes.
 */
export function knownItemKeys(title: string): string[] {
  const keys = new Set([foldTitle(title)]);
  const colon = title.indexOf(':');
  const head = colon > 0 ? title.slice(0, colon).trim() : '';
  if (/^\S{2,}$/.test(head)) {
    keys.add(foldTitle(head));
    const bare = unquote(foldTitle(head));
    if (bare.length >= 2) keys.add(bare);
  }
  return [...keys].filter(Boolean);
}

/** The folded forms of a query to look up as known items: as typed, and without surrounding quotes. */
export function knownItemProbes(query: string): string[] {
  const folded = foldTitle(query);
  return [...new Set([folded, unquote(folded)])].filter(Boolean);
}

/** FNV-1a (32 bits) of the UTF-8 bytes, as 8 hex digits: how known-item keys are stored. */
export function hash32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The word a known-item key is filed under: the stem of its first word Pagefind indexes (`''` if none). */
export function knownItemAnchor(folded: string): string {
  for (const token of folded.split(' ')) {
    const word = indexForm(token);
    if (word) return searchStem(word);
  }
  return '';
}
