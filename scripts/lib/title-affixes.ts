/**
 * Words a listing or a save writes around every title, which are no
 * title's words: an arXiv id before each (a listing of ids), or the site's
 * page title (`Paper page - Sparse Adapters`, `Sparse Adapters - Hugging
 * Face`, as a save of paper pages, or a list of their tabs, shows it), or
 * the authors' names after a dash (`Sparse Adapters — A. Smith, B. Jones`,
 * as a listing of papers with their authors shows them), or a venue's tag
 * (`Sparse Adapters (ICLR 2025)`, as a reading list shows it), or a
 * footnote's mark (`Sparse Adapters†`). Only
 * the dump can tell them from a title's own (see parse-listing.ts): where
 * every title shows one, they are the listing's.
 */
import { ARXIV_ID, isAuthorLine, SITE_NAME } from './page-chrome.ts';

/** One kind of such words: what a message calls them, where they stand, and how they read. */
export interface TitleAffix {
  what: string;
  at: 'start' | 'end';
  /** The words with the marks and spaces that part them from the title. */
  pattern: RegExp;
  /** Whether the words (the pattern's first group) are such words, where the pattern alone cannot tell, with the paper's abstract to tell by. */
  accepts?: (words: string, abstract: string) => boolean;
  /** Whether the words found around every title (as shown), read together, are such words, where each alone cannot tell; and why not, for the warning. */
  together?: { test: (shown: readonly string[]) => boolean; why: string };
}

/**
 * An arXiv id (page-chrome.ts) before a title: in brackets (`[2503.01234] `,
 * `[2503.01234v2]`, `[arXiv:2503.01234]: `), after `arXiv:`, or alone
 * before a dash or a colon (`2503.01234 - `).
 */
const ARXIV_PREFIX = String.raw`(?:\[(?:arXiv:)?${ARXIV_ID}\]|arXiv:${ARXIV_ID}|${ARXIV_ID}(?=\s*[-\u2013\u2014:|\u00B7]))`;
/** The marks that part such words from a title. */
const PARTING = String.raw`[-\u2013\u2014:|\u00B7]`;
/**
 * A venue's tag in brackets: its name with two capitals or more (`ICLR`,
 * `NeurIPS`, `EMNLP Findings`), then its year, `19` or `20` and two digits,
 * or two digits after an apostrophe (`2025`, `'25`; not a model's size or a
 * count, `(ResNet 50)`, `(ImageNet 1000)`), then perhaps the kind of paper
 * (`Spotlight`, `Oral`).
 */
const VENUE_TAG = String.raw`[(\[]\s*\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*(?:[ -]\p{Lu}[\p{L}]+)*\s*(?:(?:19|20)\d{2}|['\u2019]\d{2})(?:\s+\p{Lu}[\p{L}]+)*\s*[)\]]`;
/** The marks that part a list of names from a title. */
const NAME_PARTING = String.raw`[-\u2013\u2014|\u00B7]`;

/** A word, as the names check reads them. */
const WORD = /\p{L}[\p{L}'-]*/gu;

/**
 * Whether `words` read as the authors' names (isAuthorLine) and none of
 * their capitalised words stands in lower case in the paper's abstract
 * (`and`, `et al.`, `van` do): many a title's own
 * clause reads as names (`Diffusion Models and Score Matching`), but its
 * abstract uses its words as words (`diffusion models`), as it never uses a
 * name.
 */
function readsAsNames(words: string, abstract: string): boolean {
  if (!isAuthorLine(words)) return false;
  const used = new Set(abstract.match(WORD) ?? []);
  return !(words.match(WORD) ?? []).some((word) => word.length > 1 && word !== word.toLowerCase() && used.has(word.toLowerCase()));
}

/**
 * A mark only a list of names shows: an initial (`A. Smith`), `et al.`, or
 * a comma between names. A clause of two names joined by `and` reads as a
 * title's own (`Markov Chains and Monte Carlo`) as well; where every
 * title's clause is such, none of them tells.
 */
const NAMES_MARK = /(?:^|[\s,])\p{Lu}\.|\bet al\b|,/u;

export const TITLE_AFFIXES: readonly TitleAffix[] = [
  { what: 'the arXiv id', at: 'start', pattern: new RegExp(String.raw`^${ARXIV_PREFIX}(?:\s*${PARTING})?\s+(?=\S)`, 'iu') },
  { what: "the site's page title", at: 'start', pattern: new RegExp(String.raw`^Paper page\s*${PARTING}\s+(?=\S)`, 'iu') },
  { what: "the site's page title", at: 'end', pattern: new RegExp(String.raw`(?<=\S)\s+${PARTING}\s*${SITE_NAME}$`, 'iu') },
  { what: "a venue's tag", at: 'start', pattern: new RegExp(String.raw`^${VENUE_TAG}\s+(?=\S)`, 'u') },
  { what: "a venue's tag", at: 'end', pattern: new RegExp(String.raw`(?<=\S)\s+${VENUE_TAG}$`, 'u') },
  // A dagger or a star after the last word, as a footnote's mark (`Sparse Adapters†`, `Folded Ropes*`): alone, `A*` is a title's own.
  { what: 'a footnote mark', at: 'end', pattern: /(?<=[\p{L}\p{N})\]])\s*[\u2020\u2021*]$/u },
  // After a dash, a bar or a dot (a colon parts a title from its own subtitle), as page-chrome.ts's isAuthorLine reads names: a title's own clause (`BERT — Pre-training of…`) reads as none.
  { what: "the authors' names", at: 'end', pattern: new RegExp(String.raw`(?<=\S)\s+${NAME_PARTING}\s+((?:(?!\s${NAME_PARTING}\s).)+)$`, 'u'), accepts: readsAsNames,
    together: { test: (shown) => shown.some((words) => NAMES_MARK.test(words)), why: "none shows an initial, `et al.` or a list of names parted by commas, so they may be the titles' own words" },
  },
];

/** The affix in `title`: as written with its spaces (to cut), and as a message shows it (without them). */
export function findAffix(title: string, affix: TitleAffix, abstract = ''): { written: string; shown: string } | undefined {
  const match = affix.pattern.exec(title);
  if (match === null || (affix.accepts !== undefined && !affix.accepts(match[1]!.trim(), abstract))) return undefined;
  return { written: match[0], shown: match[0].trim() };
}

/** `title` without the affix found in it (see {@link findAffix}). */
export function withoutAffix(title: string, affix: TitleAffix, written: string): string {
  return affix.at === 'start' ? title.slice(written.length) : title.slice(0, title.length - written.length);
}
