import { createHash } from 'node:crypto';
import { foldWhitespace } from '../text/normalize.ts';

/**
 * What makes two sightings of a paper the same paper (the rules are applied
 * in scripts/lib/merge-papers.ts):
 *
 * - the same title, as {@link titleKey} folds it (whitespace and Unicode
 *   normalisation, never case or punctuation), even with different abstracts;
 * - titles that differ only in case, with the same abstract (whitespace
 *   and Unicode form folded, {@link abstractKey});
 * - any two titles with the same distinctive abstract: the paper was retitled.
 *
 * An entry on disk with no record of the abstract it was made from is
 * compared by the loose key of its body, {@link looseAbstractKey}.
 */

/** The identity of a title: whitespace folded, NFC, exact case and punctuation (`C++ Models` and `C# Models` are two papers). */
export function titleKey(title: string): string {
  return foldWhitespace(title.normalize('NFC')).normalize('NFC');
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

/** An abstract's keys, and whether it says enough to identify a paper on its own. */
export interface AbstractKey {
  /** The abstract as the dumps give it, whitespace folded, NFC: the same abstract. */
  exact?: string;
  /** Its letters and digits only: the same whether read from a dump or from an entry made of it, by any version. */
  loose?: string;
  distinctive: boolean;
}

/** The keys of an abstract as a dump gives it (`{\it x}`, `Fr\'echet`, `\%`). */
export function abstractKey(abstract: string): AbstractKey {
  return { exact: hash(foldWhitespace(abstract.normalize('NFC'))), ...looseAbstractKey(abstract) };
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
  return { loose: hash(letters), distinctive: letters.length >= DISTINCTIVE_ABSTRACT };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
