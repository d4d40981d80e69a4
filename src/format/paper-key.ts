import { createHash } from 'node:crypto';
import { cleanLine, foldWhitespace } from '../text/normalize.ts';
import { isStopword, stem, wordParts } from '../text/words.ts';
import { compatibilityForm } from '../text/ascii.ts';

/**
 * What makes two sightings of a paper the same paper (the rules are applied
 * in scripts/lib/merge-papers.ts):
 *
 * - the same title, as {@link titleKey} folds it (whitespace and Unicode
 *   normalisation, never case or punctuation), even with different abstracts;
 * - titles that differ only in case, with the same abstract (whitespace
 *   and Unicode form folded, {@link abstractKey});
 * - two related titles with the same distinctive abstract of a real one's
 *   length ({@link titlesRelated}): the paper was retitled (not two unlike
 *   titles of one dump, and not by an abstract two published papers share:
 *   such an abstract is no one paper's). A note standing in for a missing
 *   abstract, however long (`Abstract not available, please check back
 *   later.`), is not distinctive; an abstract of a notice's length (arXiv's
 *   withdrawal notice, `Accepted to NeurIPS 2026.`) never makes one paper of
 *   two titles, however many words they share, and no abstract makes one
 *   paper of two titles that share no word of their own: a text that
 *   several papers show says nothing of which paper it is, whatever its
 *   words.
 *
 * An entry on disk with no record of the abstract it was made from is
 * compared by the loose key of its body, {@link looseAbstractKey}.
 */

/** Title keys already made: an ingest asks for the same few thousand over and over. */
const titleKeys = new Map<string, string>();

/**
 * The identity of a title: the title as the ingest now cleans a line
 * (whitespace folded, NFC, the invisible characters it removes removed, so
 * an entry an earlier version wrote with them is the paper it now reads),
 * exact case and punctuation (`C++ Models` and `C# Models` are two papers).
 */
export function titleKey(title: string): string {
  let key = titleKeys.get(title);
  if (key === undefined) {
    if (titleKeys.size > 100_000) titleKeys.clear();
    key = cleanLine(title.normalize('NFC')).text.normalize('NFC');
    titleKeys.set(title, key);
  }
  return key;
}

/** A title's key with case folded too, to find titles that differ only in case. */
export function caselessTitleKey(title: string): string {
  return titleKey(title).toLowerCase().normalize('NFC');
}

/**
 * The key earlier versions of Folio recorded in `published.json`: the title
 * with case folded. Only read, to migrate old manifests.
 */
export const legacyTitleKey = caselessTitleKey;

/** Letters and digits an abstract needs before its key identifies a paper by itself (a one-word abstract does not). */
const DISTINCTIVE_ABSTRACT = 40;

/**
 * Words of its own an abstract needs besides (see {@link hasParticularWords}):
 * a note standing in for a missing abstract has few if any, however long;
 * every abstract of the seeds and samples has 32 or more.
 */
const PARTICULAR_WORDS = 3;

/**
 * The words of the notes a listing may show where a paper's abstract is
 * missing (`Abstract not available, please check back later.`, `The authors
 * have not provided an abstract for this submission.`, `TBD: the abstract
 * will be added once the final version is released.`), as stems, besides the
 * words that say nothing about what a paper is about (src/text/words.ts),
 * which already hold `paper`, `available`, `provided`.
 */
const STAND_IN_WORDS: ReadonlySet<string> = new Set(
  [
    'abstract', 'summary', 'unavailable', 'missing', 'pending', 'tbd', 'tba', 'tbc', 'coming', 'soon', 'later', 'please',
    'check', 'back', 'refer', 'see', 'visit', 'read', 'full', 'text', 'pdf', 'arxiv', 'link', 'page', 'site', 'website',
    'details', 'information', 'info', 'author', 'submission', 'submitted', 'listing', 'listed', 'time', 'moment',
    'currently', 'will', 'add', 'added', 'update', 'updated', 'upload', 'uploaded', 'version', 'final', 'release',
    'released', 'published', 'given', 'supplied', 'placeholder', 'none', 'displayed', 'found', 'empty', 'withdrawn',
  ].map(stem),
);

/**
 * Letters and digits from which an abstract reads as a real one: the
 * shortest of the 562 abstracts of the seeds and samples has 462 (537
 * characters; the median 1,455), while the notices a listing shows in place
 * of one have at most about 170 (arXiv's withdrawal notice, 96; `Accepted to
 * the main track of NeurIPS 2026 as a spotlight presentation.`, 59). A
 * shorter abstract never makes one paper of two titles, however many words
 * they share (`Large Language Models for Code Review`, `Large Language
 * Models Are Zero-Shot Rankers`): a notice says nothing of which paper it
 * is. The same title is one paper whatever its abstract.
 */
export const REAL_ABSTRACT = 250;

/** Whether an abstract is as long as a real one ({@link REAL_ABSTRACT} letters and digits or more, outside TeX command names). */
export function isRealAbstract(abstract: string): boolean {
  return hasLettersAtLeast(abstract, REAL_ABSTRACT);
}

/**
 * Whether one abstract makes one paper of two titles, the paper retitled:
 * the abstract is a real one ({@link isRealAbstract}: under that length it
 * is a notice, which several papers show), and the titles share a word of
 * their own (not a stopword; plural folded, {@link stem}), as a retitle
 * keeps words (`Speech Meets Text` → `Aligning Speech and Text Encoders`).
 * Titles that share none are two papers, whatever abstract they show.
 */
export function titlesRelated(a: string, b: string, abstract: string): boolean {
  if (!isRealAbstract(abstract)) return false;
  const words = titleWords(a);
  for (const word of titleWords(b)) if (words.has(word)) return true;
  return false;
}

/** A title's words of its own, stemmed: compatibility forms and case folded, stopwords left out. */
function titleWords(title: string): Set<string> {
  return new Set(wordParts(compatibilityForm(title).toUpperCase()).flatMap((word) => (isStopword(word) ? [] : [stem(word)])));
}

/** An abstract's keys, and whether it says enough to identify a paper on its own. */
export interface AbstractKey {
  /** The abstract as the dumps give it, whitespace folded, NFC: the same abstract. */
  exact?: string;
  /** Its letters and digits only: the same whether read from a dump or from an entry made of it, by any version. */
  loose?: string;
  distinctive: boolean;
}

/**
 * The keys of an abstract as a dump gives it (`{\\it x}`, `Fr\\'echet`, `\\%`):
 * the exact one, and the loose one too when `loose` is asked for (it costs
 * a pass over the whole text, needed only to match entries known by nothing
 * better).
 */
export function abstractKey(abstract: string, loose = false): AbstractKey {
  const exact = hash(foldWhitespace(abstract.normalize('NFC')));
  return loose ? { exact, ...looseAbstractKey(abstract) } : { exact, distinctive: hasLettersAtLeast(abstract, DISTINCTIVE_ABSTRACT) && hasParticularWords(abstract, PARTICULAR_WORDS) };
}

/**
 * The loose key of an abstract: its letters and digits only, TeX command
 * names dropped, compatibility-decomposed without marks, lowercased. The
 * same read from a dump or from the entry an ingest made of it (emphasis,
 * `Fréchet`, `%`), whatever version converted it: what an entry on disk
 * with no other record of its abstract is known by.
 */
export function looseAbstractKey(text: string): { loose: string; distinctive: boolean } {
  const letters = text
    .normalize('NFKD')
    .replace(/\\[A-Za-z]+/g, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return { loose: hash(letters), distinctive: letters.length >= DISTINCTIVE_ABSTRACT && hasParticularWords(text, PARTICULAR_WORDS) };
}

/**
 * Whether `text` holds at least `count` words of its own: words of three
 * letters or more, counted once per stem, that are neither words that say
 * nothing about what a paper is about nor words of a note standing in for
 * an abstract ({@link STAND_IN_WORDS}). Read as {@link looseAbstractKey}
 * reads the text (TeX commands dropped, accents folded), so that a dump's
 * `Fr\\'echet` and the entry made of it, `Fréchet`, are one word.
 */
function hasParticularWords(text: string, count: number): boolean {
  const plain = text
    .normalize('NFKD')
    .replace(/\\(?:[A-Za-z]+|[^A-Za-z\s])/g, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const found = new Set<string>();
  for (const [word] of plain.matchAll(/\p{L}{3,}/gu)) {
    const stemmed = stem(word);
    if (isStopword(word) || STAND_IN_WORDS.has(stemmed)) continue;
    found.add(stemmed);
    if (found.size >= count) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `text` holds at least `count` letters or digits (outside TeX command names), looking no further than it must. */
function hasLettersAtLeast(text: string, count: number): boolean {
  let found = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\\') {
      // `\\` is a line break, and the word after it text; `\word` a command, not counted.
      if (text[index + 1] === '\\') index += 1;
      else while (/[A-Za-z]/.test(text[index + 1] ?? '')) index += 1;
      continue;
    }
    // One code point at a time: a letter outside the Basic Multilingual Plane is two UTF-16 units.
    const point = text.codePointAt(index)!;
    if (point > 0xffff) index += 1;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(point)) && ++found >= count) return true;
  }
  return false;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
