import { cleanLine, splitLines } from '../../src/text/normalize.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { isChromeLine, isFooterLine, stripGluedSubscribe } from './page-chrome.ts';
import { parseDateLabel } from './listing-date.ts';
import { isLongerThanPageLines } from './listing-structure.ts';

/** Lines in another script where the page's own words stand that make a translation: one or two may be a title. */
const MIN_TRANSLATED_LINES = 3;

/** Lines named in the message. */
const SHOWN = 3;

/**
 * The error for a page a browser translated before it was saved (Chrome's
 * translate turns `Subscribe` into `订阅` and `Privacy` into `隐私`), or
 * undefined. Read by the page's structure, not by the words of any
 * language: where the page's header and footer stand (the short lines
 * above the first line of an abstract's length and under the last), the
 * words the parser knows (page-chrome.ts) are missing, and short lines
 * written mostly in a script other than Latin stand instead, more of them
 * than of known words. The site's header and footer are English, so such
 * lines are its words translated, and the titles and abstracts would be
 * translated too; read as papers, the footer's items were titles.
 */
export function translatedPage(raw: string, file: string): Problem | undefined {
  const places = chromePlaces(splitLines(raw));
  const known = places.filter(({ text }) => isChromeLine(text) || isFooterLine(text) || stripGluedSubscribe(text) !== undefined).length;
  const foreign = places.filter(({ text }) => isOtherScript(text) && parseDateLabel(text) === undefined);
  if (foreign.length < MIN_TRANSLATED_LINES || foreign.length <= known) return undefined;
  const shown = foreign.slice(0, SHOWN).map(({ text }) => quote(text, 40)).join(', ');
  const none = known === 0 ? 'none reads' : `only ${known === 1 ? 'one reads' : `${known} read`}`;
  return problemAt(
    file,
    foreign[0]!.line,
    `the page looks translated by the browser: ${foreign.length} short lines where the page's header and footer stand are in another script (${shown}${foreign.length > SHOWN ? ', …' : ''}), and ${none} as the page's own words (\`Subscribe\`, \`Privacy\`); expected the page as the site shows it: save it again with the browser's translation turned off (a translation changes the titles and abstracts too)`,
  );
}

/**
 * The non-empty lines where the page's header and footer stand, each with
 * its 1-based number: those above the first line longer than any chrome
 * line (the first abstract) and those under the last; every line when none
 * is that long.
 */
function chromePlaces(lines: readonly string[]): Array<{ text: string; line: number }> {
  const places: Array<{ text: string; line: number }> = [];
  let top = 0;
  for (; top < lines.length; top += 1) {
    const { text } = cleanLine(lines[top]!);
    if (isLongerThanPageLines(text)) break;
    if (text !== '') places.push({ text, line: top + 1 });
  }
  const footer: Array<{ text: string; line: number }> = [];
  for (let i = lines.length - 1; i > top; i -= 1) {
    const { text } = cleanLine(lines[i]!);
    if (isLongerThanPageLines(text)) break;
    if (text !== '') footer.unshift({ text, line: i + 1 });
  }
  return [...places, ...footer];
}

/** Whether a line's letters are mostly of a script other than Latin (`订阅`, `由AK和研究社区提供`; not `订阅Sparse Adapters`). */
function isOtherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && 2 * latin < letters;
}
