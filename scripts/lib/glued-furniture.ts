/**
 * A card's furniture glued onto the end of a line, as a copy that joins a
 * title or an abstract to the text beside it writes it: after a tab (a
 * table's cell, `Sparse Adapters<TAB>Submitted by alice-w`, `…benchmarks.<TAB>View
 * arXiv page`), or with no space at all (`Sparse AdaptersSubmitted by
 * alice-w`, `…benchmarks.View arXiv page`). Only the page's exact phrases
 * (page-chrome.ts), and only where the glue shows: a title or an abstract
 * may end in the same words of its own after a space (`Papers as Submitted
 * by Reviewers`), never after a tab, nor glued onto a word.
 */
import { HANDLE_WORD, isCardPhrase } from './page-chrome.ts';

/** A line without the furniture glued onto its end. */
export interface GluedFurniture {
  /** The line as in the file, without the furniture and what glued it on. */
  text: string;
  /** The furniture taken off, as the page writes it, in the line's order. */
  furniture: string[];
}

/** What shows glue before a phrase starting in a capital: a letter, a figure, or a sentence's or a bracket's end, with no space. */
const GLUE = String.raw`[\p{L}\p{N}.!?)\]"”’]`;
/**
 * The page's phrases glued on with no space: those starting in a capital
 * after glue ({@link GLUE}); `arXiv page`, starting in lowercase, only
 * after a sentence's end (glued onto a word, it cannot be told from it).
 */
const GLUED_PHRASE = new RegExp(String.raw`(?:(?<=${GLUE})(?:Submitted by(?: ${HANDLE_WORD})?|View arXiv page|View PDF|Add to collection)|(?<=[.!?)\]"”’])arXiv page)[\s\u00A0]*$`, 'u');

/** The line without the card's furniture glued onto its end (see above), or `undefined` when none is, or nothing but it is on the line. */
export function gluedFurniture(line: string): GluedFurniture | undefined {
  let text = line;
  const furniture: string[] = [];
  for (;;) {
    const cell = lastCell(text);
    const glued = cell !== undefined && isCardPhrase(cell.phrase) ? cell : gluedPhrase(text);
    if (glued === undefined || !/[\p{L}\p{N}]/u.test(text.slice(0, glued.index))) break;
    furniture.unshift(glued.phrase);
    text = text.slice(0, glued.index);
  }
  return furniture.length === 0 ? undefined : { text, furniture };
}

/** The last cell of a line after a tab, and where the white space before that tab starts; read without a pattern, which would go over a long run of spaces once for each of them. */
function lastCell(text: string): { index: number; phrase: string } | undefined {
  const end = text.trimEnd();
  const tab = end.lastIndexOf('\t');
  if (tab === -1) return undefined;
  return { index: text.slice(0, tab).trimEnd().length, phrase: end.slice(tab + 1).trim() };
}

/** The page's phrase glued onto the end of `text` with no space ({@link GLUED_PHRASE}), and where it starts. */
function gluedPhrase(text: string): { index: number; phrase: string } | undefined {
  const match = GLUED_PHRASE.exec(text);
  return match === null ? undefined : { index: match.index, phrase: match[0].trim() };
}
