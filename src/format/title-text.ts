import { formulaText } from './formula-text.ts';

/**
 * The formulas a title keeps as written: the ingest turns a title's
 * text-level LaTeX into characters but leaves its mathematics as the page
 * gave it (scripts/lib/abstract-to-mdast.ts, `titleToText`), delimited as
 * it reads an abstract's: `$$…$$`, `\(…\)`, `\[…\]`, and `$…$` by pandoc's
 * rule (a non-space after the opening `$`, a non-space and no backslash
 * before the closing one, no digit after it), so `costs $5 and $10` holds none.
 * The ingest's keywords skip the same formulas (scripts/lib/extract-keywords.ts).
 */
export const TEX_FORMULA = /\$\$([^$]+?)\$\$|\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]|(?<!\\)\$(?!\s)([^$]*?[^\s\\])\$(?![0-9])/g;

/**
 * A title as its readers read it, wherever it is shown (the paper's page,
 * lists, `<title>`, meta tags, feeds, the search): each formula it keeps as
 * written in plain text, as a card's lead or a feed's summary writes an
 * abstract's (formula-text.ts: `Sorting in $\mathcal{O}(n \log n)$` →
 * `Sorting in O(n log n)`). A title without one is returned as it is, and
 * so is one its formulas would leave empty (`$\quad$`). Pure.
 */
export function titleText(title: string): string {
  if (!title.includes('$') && !title.includes('\\')) return title;
  const text = title.replace(TEX_FORMULA, (_, display?: string, paren?: string, bracket?: string, inline?: string) => formulaText(display ?? paren ?? bracket ?? inline ?? ''));
  if (text === title) return title;
  // A formula of spacing only (`$\,$`) is no text: no space doubled where it stood, and no title left empty by it.
  return text.replace(/\s+/g, ' ').trim() || title;
}
