import { cleanLine, splitLines } from '../../src/text/normalize.ts';
import { englishFunctionWords } from '../../src/text/words.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { isChromeLine, isFooterLine, isFurnitureLine, isPeriodLine, stripGluedSubscribe } from './page-chrome.ts';
import { parseDateLabel } from './listing-date.ts';
import { isLongerThanPageLines } from './listing-structure.ts';

/** Lines in another script where the page's own words stand that make a translation: one or two may be a title. */
const MIN_TRANSLATED_LINES = 3;

/** Lines named in the message. */
const SHOWN = 3;

/**
 * Below this share of English function words (see src/text/words.ts), a
 * page's abstracts are not in English: the seeds' have about a quarter
 * (0.24; none of their 493 abstracts under 0.14), a translation into
 * French, German, Spanish, Italian or Portuguese none, into Dutch, Danish
 * or Polish a few hundredths (`is`, `for`, `to`).
 */
const MIN_ENGLISH_SHARE = 0.1;

/** Words of abstracts below which their language is not judged. */
const MIN_WORDS = 30;

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
  const lines = splitLines(raw);
  const places = chromePlaces(lines);
  const known = places.filter(({ text }) => isChromeLine(text) || isFooterLine(text) || stripGluedSubscribe(text) !== undefined).length;
  const foreign = places.filter(({ text }) => isOtherScript(text) && parseDateLabel(text) === undefined);
  if (foreign.length < MIN_TRANSLATED_LINES || foreign.length <= known) return translatedIntoLatinScript(lines, places, known, file);
  const shown = foreign.slice(0, SHOWN).map(({ text }) => quote(text, 40)).join(', ');
  const none = known === 0 ? 'none reads' : `only ${known === 1 ? 'one reads' : `${known} read`}`;
  return problemAt(
    file,
    foreign[0]!.line,
    `the page looks translated by the browser: ${foreign.length} short lines where the page's header and footer stand are in another script (${shown}${foreign.length > SHOWN ? ', …' : ''}), and ${none} as the page's own words (\`Subscribe\`, \`Privacy\`); expected the page as the site shows it: save it again with the browser's translation turned off (a translation changes the titles and abstracts too)`,
  );
}

/**
 * The error for a page translated into a language of Latin script, or
 * undefined: there the page's own words are as missing as in another
 * script (short lines that read as none of them stand where they belong,
 * more of them than of known words), but a redesigned page's header would
 * look so too (and a page with no footer shows nothing else): so its
 * abstracts must also not be English (below {@link MIN_ENGLISH_SHARE} of
 * function words, and more of another language's), which the site's
 * papers are unless translated. A page
 * of papers in another language under the site's own header, or an English
 * page under a header the ingest does not know, is read as before.
 */
function translatedIntoLatinScript(lines: readonly string[], places: ReadonlyArray<{ text: string; line: number }>, known: number, file: string): Problem | undefined {
  const unknown = places.filter(({ text }) => !isChromeLine(text) && !isFooterLine(text) && stripGluedSubscribe(text) === undefined && !isPeriodLine(text) && !isFurnitureLine(text) && parseDateLabel(text) === undefined && /\p{L}/u.test(text));
  if (unknown.length < MIN_TRANSLATED_LINES || unknown.length <= known) return undefined;
  const abstracts = lines.map((line) => cleanLine(line).text).filter(isLongerThanPageLines).map(englishFunctionWords);
  const words = abstracts.reduce((sum, a) => sum + a.words, 0);
  const english = abstracts.reduce((sum, a) => sum + a.english, 0);
  const other = abstracts.reduce((sum, a) => sum + a.other, 0);
  // Few English function words alone is no translation: a terse English abstract (names, figures, commas) has few too, and none of another language's.
  if (words < MIN_WORDS || english >= MIN_ENGLISH_SHARE * words || other <= english) return undefined;
  const shown = unknown.slice(0, SHOWN).map(({ text }) => quote(text, 40)).join(', ');
  return problemAt(
    file,
    unknown[0]!.line,
    `the page looks translated by the browser: ${unknown.length} short lines where the page's header and footer stand read as none of the page's own words (${shown}${unknown.length > SHOWN ? ', …' : ''}), and its abstracts are not in English (${Math.round((100 * english) / words)}% of their words are English words such as \`the\`, \`of\`, \`and\`, where English abstracts have about a quarter); expected the page as the site shows it: save it again with the browser's translation turned off (a translation changes the titles and abstracts too); if it is not translated, delete those lines and ingest again`,
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
