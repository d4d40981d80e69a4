/**
 * Words a listing or a save writes around every title, which are no
 * title's words: an arXiv id before each (a listing of ids), or the site's
 * page title (`Paper page - Sparse Adapters`, `Sparse Adapters - Hugging
 * Face`, as a save of paper pages, or a list of their tabs, shows it). Only
 * the dump can tell them from a title's own (see parse-listing.ts): where
 * every title shows one, they are the listing's.
 */
import { ARXIV_ID } from './page-chrome.ts';

import { SITE_NAME } from './page-chrome.ts';

/** One kind of such words: what a message calls them, where they stand, and how they read. */
export interface TitleAffix {
  what: string;
  at: 'start' | 'end';
  /** The words with the marks and spaces that part them from the title. */
  pattern: RegExp;
}

/**
 * An arXiv id (page-chrome.ts) before a title: in brackets (`[2503.01234] `,
 * `[2503.01234v2]`, `[arXiv:2503.01234]: `), after `arXiv:`, or alone
 * before a dash or a colon (`2503.01234 - `).
 */
const ARXIV_PREFIX = String.raw`(?:\[(?:arXiv:)?${ARXIV_ID}\]|arXiv:${ARXIV_ID}|${ARXIV_ID}(?=\s*[-\u2013\u2014:|\u00B7]))`;
/** The marks that part such words from a title. */
const PARTING = String.raw`[-\u2013\u2014:|\u00B7]`;

export const TITLE_AFFIXES: readonly TitleAffix[] = [
  { what: 'the arXiv id', at: 'start', pattern: new RegExp(String.raw`^${ARXIV_PREFIX}(?:\s*${PARTING})?\s+(?=\S)`, 'iu') },
  { what: "the site's page title", at: 'start', pattern: new RegExp(String.raw`^Paper page\s*${PARTING}\s+(?=\S)`, 'iu') },
  { what: "the site's page title", at: 'end', pattern: new RegExp(String.raw`(?<=\S)\s+${PARTING}\s*${SITE_NAME}$`, 'iu') },
];

/** The affix in `title`: as written with its spaces (to cut), and as a message shows it (without them). */
export function findAffix(title: string, affix: TitleAffix): { written: string; shown: string } | undefined {
  const written = affix.pattern.exec(title)?.[0];
  return written === undefined ? undefined : { written, shown: written.trim() };
}

/** `title` without the affix found in it (see {@link findAffix}). */
export function withoutAffix(title: string, affix: TitleAffix, written: string): string {
  return affix.at === 'start' ? title.slice(written.length) : title.slice(0, title.length - written.length);
}
