import { createHash } from 'node:crypto';
import { foldWhitespace } from '../text/normalize.ts';

/**
 * What makes two sightings of a paper the same paper (the rules are applied
 * in scripts/lib/merge-papers.ts):
 *
 * - the same title, as {@link titleKey} folds it (whitespace and Unicode
 *   normalisation, never case or punctuation), even with different abstracts;
 * - titles that differ only in case, with the same abstract as
 *   {@link abstractKey} folds it;
 * - any two titles with the same distinctive abstract: the paper was retitled.
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

/** An abstract's key, and whether it says enough to identify a paper on its own. */
export interface AbstractKey {
  key: string;
  distinctive: boolean;
}

/**
 * The identity of an abstract, the same whether it is read from a dump
 * (`{\it x}`, `Fr\'echet`, `\%`) or from the entry the ingest made of it
 * (emphasis, `Fréchet`, `%`): its letters and digits only, TeX command names
 * dropped, compatibility-decomposed without marks, lowercased, hashed.
 */
export function abstractKey(abstract: string): AbstractKey {
  const letters = abstract
    .normalize('NFKD')
    .replace(/\\[A-Za-z]+/g, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return { key: createHash('sha256').update(letters).digest('base64url').slice(0, 22), distinctive: letters.length >= DISTINCTIVE_ABSTRACT };
}
