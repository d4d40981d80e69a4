import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { MAX_CHROME_LENGTH } from './page-chrome.ts';
import { visibleLength } from './listing-structure.ts';
import type { ListingEntry } from './parse-listing.ts';

/** Papers of a few words in a row at the end that are more than a page saved before it loaded cuts short (the last one). */
const MIN_PAPERS = 2;

/** Lines named in the message, after the first. */
const SHOWN = 2;

/**
 * The error for short lines of the page under the last paper that the
 * ingest does not know, read as papers, or undefined: two papers or more at
 * the end of a dump whose titles and abstracts are no longer than a line of
 * the page's own and whose abstracts end as no sentence does (`Hub` over
 * `Tasks`), under a paper whose abstract is longer than that. A newer site
 * footer, a sidebar of trending titles, or the footer of a page the browser
 * translated into a language of Latin script (`Confidentialité`, which the
 * check for a translation by script does not see) reads so. A page saved
 * before it had loaded cuts short its last abstract only, and a paper's
 * abstract of one short sentence ends as one, so neither is taken for
 * these. The run stops rather than drop them: they might be papers.
 */
export function pageLinesAtEnd(entries: readonly ListingEntry[], file: string): Problem | undefined {
  let start = entries.length;
  while (start > 0 && readsAsPageLines(entries[start - 1]!)) start -= 1;
  const tail = entries.slice(start);
  if (tail.length < MIN_PAPERS || !entries.slice(0, start).some((entry) => isLonger(entry.abstract))) return undefined;
  const first = tail[0]!;
  const last = tail.at(-1)!;
  const after = tail.flatMap((entry) => [entry.title, entry.abstract]).slice(1);
  const shown = [...after.slice(0, SHOWN).map((text) => quote(text, 40)), ...(after.length > SHOWN ? ['…'] : [])].join(', ');
  return problemAt(
    file,
    first.line,
    `${quote(first.title, 40)} and the lines under it, to line ${last.abstractLine}, read as ${tail.length} papers whose abstracts are a few words that end as no sentence (${shown}), under papers whose abstracts are longer than any line of the page's: lines of the page the ingest does not know read so (a newer site footer, a sidebar, or the footer of a page the browser translated); expected nothing but papers after the last abstract: if these lines are the page's, delete lines ${first.line}–${last.abstractLine} and ingest again (a translated page: save it again with the browser's translation turned off)`,
  );
}

/** Whether a paper reads like two lines of the page: title and abstract no longer than a line of the page's, the abstract no sentence. */
function readsAsPageLines(entry: ListingEntry): boolean {
  return !isLonger(entry.title) && !isLonger(entry.abstract) && !/[.!?\u3002\uFF01\uFF1F]["'\u201D\u2019\u00BB)\]}]*$/u.test(entry.abstract);
}

function isLonger(text: string): boolean {
  return visibleLength(text, MAX_CHROME_LENGTH + 1) > MAX_CHROME_LENGTH;
}
