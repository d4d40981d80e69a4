import { foldWhitespace } from '../text/normalize.ts';

/**
 * The identity of a paper: its title, insensitive to case, Unicode
 * normalisation form and spacing, but not to punctuation, so `C++ Models`
 * and `C# Models` stay two papers while `Deep  nets` and `deep nets` are one.
 */
export function paperKey(title: string): string {
  return foldWhitespace(title.normalize('NFC')).toLowerCase().normalize('NFC');
}
