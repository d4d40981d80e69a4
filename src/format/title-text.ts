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

/** A run of a title as shown: text, or a formula's plain text (formula-text.ts), which a page keeps whole on a line. */
export interface TitlePart {
  text: string;
  formula: boolean;
}

/**
 * A title as its readers read it, wherever it is shown (the paper's page,
 * lists, `<title>`, meta tags, feeds, the search): each formula it keeps as
 * written in plain text, as a card's lead or a feed's summary writes an
 * abstract's (formula-text.ts: `Sorting in $\mathcal{O}(n \log n)$` →
 * `Sorting in O(n log n)`). A title without one is returned as it is, and
 * so is one its formulas would leave empty (`$\quad$`). Pure.
 */
export function titleText(title: string): string {
  return titleParts(title).map((part) => part.text).join('');
}

/**
 * The runs of {@link titleText}, each formula a run of its own, so that a
 * page can keep `O(n log n)` whole: joined, they are titleText's text. No
 * run is empty; spaces are single, none at either end (a formula of spacing
 * only, `$\,$`, is no run and doubles no space). A title without a formula,
 * or one its formulas would leave empty, is one run, as it is. Pure.
 */
export function titleParts(title: string): TitlePart[] {
  const whole = [{ text: title, formula: false }];
  if (!title.includes('$') && !title.includes('\\')) return whole;
  const parts: TitlePart[] = [];
  let end = 0;
  for (const match of title.matchAll(TEX_FORMULA)) {
    const [, display, paren, bracket, inline] = match;
    addPart(parts, title.slice(end, match.index), false);
    addPart(parts, formulaText(display ?? paren ?? bracket ?? inline ?? ''), true);
    end = match.index + match[0].length;
  }
  if (end === 0) return whole;
  addPart(parts, title.slice(end), false);
  const [first, last] = [parts[0], parts.at(-1)];
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  const shown = parts.filter((part) => part.text !== '');
  return shown.length > 0 ? shown : whole;
}

/** Adds a run to `parts`: its spaces single, none doubled where it meets the last, text joined to text; an empty run is none. */
function addPart(parts: TitlePart[], raw: string, formula: boolean): void {
  const previous = parts.at(-1);
  let text = raw.replace(/\s+/g, ' ');
  if (previous?.text.endsWith(' ') && text.startsWith(' ')) text = text.slice(1);
  if (text === '') return;
  if (previous && !previous.formula && !formula) previous.text += text;
  else parts.push({ text, formula });
}
