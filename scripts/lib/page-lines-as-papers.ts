import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { isLongerThanPageLines } from './listing-structure.ts';
import { finalMark } from './final-mark.ts';
import { givesLinkAddress } from './page-chrome.ts';
import type { ListingEntry } from './parse-listing.ts';

/** Lines named in the message, after the first. */
const SHOWN = 2;

/**
 * The errors for short lines of the page the ingest does not know, read as
 * papers: papers whose titles and abstracts are no longer than a line of
 * the page's own and whose abstracts end as no sentence does (`Hub` over
 * `Tasks`), in a dump where some paper has an abstract longer than that;
 * one such paper or more, wherever they stand. A newer site footer, a
 * sidebar of trending titles (under its heading, which is dropped as known
 * chrome), a call to join the site (`Join the community` over `Sign up for
 * free`), or the footer of a page the browser translated into a language of
 * Latin script (`Confidentialité`, which the check for a translation by
 * script does not see) reads so. A page that shortens abstracts ends them
 * in an ellipsis, and a paper's abstract of one short sentence ends as one,
 * so neither is taken for them. One such paper at the end, with no site
 * footer under it (`footer`), may also be the last paper of a page saved
 * before it had loaded, its abstract cut short to a few words: the two read
 * alike, and the message names both, unless a later copy of the page in
 * the file (`listedLater`: the titles those copies list) lists its title:
 * a save cut short, then the page again. The run stops rather than drop them
 * (they might be papers) or publish them (they might be the page's).
 */
export function pageLinesAsPapers(entries: readonly ListingEntry[], file: string, options: { footer: boolean; listedLater: ReadonlySet<string> }): Problem[] {
  if (!entries.some((entry) => isLongerThanPageLines(entry.abstract))) return [];
  const problems: Problem[] = [];
  for (let start = 0; start < entries.length; start += 1) {
    if (!readsAsPageLines(entries[start]!)) continue;
    let end = start;
    while (end + 1 < entries.length && readsAsPageLines(entries[end + 1]!)) end += 1;
    const run = entries.slice(start, end + 1);
    const atEnd = end === entries.length - 1;
    // Under the site footer, the page had loaded: its last abstract was not cut short.
    const cut = atEnd && !options.footer && run.length === 1;
    // A later copy of the page in the file that lists the paper says it was a paper, cut short, and gives it whole.
    if (!(cut && options.listedLater.has(run[0]!.title))) problems.push(pageLines(run, atEnd, cut, file));
    start = end;
  }
  return problems;
}

/** The error for one run of such papers; `cut`: it may be the last paper, cut short. */
function pageLines(run: readonly ListingEntry[], atEnd: boolean, cut: boolean, file: string): Problem {
  const first = run[0]!;
  const last = run.at(-1)!;
  const after = run.flatMap((entry) => [entry.title, entry.abstract]).slice(1);
  const shown = [...after.slice(0, SHOWN).map((text) => quote(text, 40)), ...(after.length > SHOWN ? ['…'] : [])].join(', ');
  const papers = run.length === 1 ? 'a paper whose abstract is' : `${run.length} papers whose abstracts are`;
  const where = atEnd ? 'nothing but papers after the last abstract' : 'a title over each abstract';
  return problemAt(
    file,
    first.line,
    `${quote(first.title, 40)} and the lines under it, to line ${last.abstractLine}, read as ${papers} a few words that end as no sentence (${shown}), where other papers' abstracts are longer than any line of the page's: lines of the page the ingest does not know read so (a newer site footer, a sidebar, or the footer of a page the browser translated); expected ${where}: if these lines are the page's, delete lines ${first.line}–${last.abstractLine} and ingest again (a translated page: save it again with the browser's translation turned off); if they are papers whose abstracts are one line, end each abstract with its full stop${cut ? '; if it is the last paper, its abstract cut short (a page saved before it had loaded), delete it and ingest a complete save of the day' : ''}`,
  );
}

/** Whether a paper reads like two lines of the page: title and abstract no longer than a line of the page's, the abstract no sentence, not shortened, and giving no link address among its words (the page's links are their text). */
function readsAsPageLines(entry: ListingEntry): boolean {
  return !isLongerThanPageLines(entry.title) && !isLongerThanPageLines(entry.abstract) && !SENTENCE_MARKS.has(finalMark(entry.abstract)) && !givesLinkAddress(entry.abstract);
}

/** The marks a sentence ends with, in Latin and in Chinese or Japanese script, and an ellipsis (an abstract shortened). */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', '\u3002', '\uFF01', '\uFF1F', '\u2026']);
