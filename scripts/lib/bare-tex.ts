import { STRIPPED_GREEK, STRIPPED_MATH_FONTS, STRIPPED_SYMBOL_WORDS, STRIPPED_SYMBOLS } from './latex-commands.ts';

/**
 * Mathematics a listing page shows without its delimiters, and often
 * without backslashes (the page strips `$` and `\`): `R^d`, `O(L^2)`,
 * `BERT_{BASE}`, `mathbb R^d`, `Theta_n(1{n})`, `HyperZ{cdotZ{cdot}W}`, `log(D) cdot |p|`, `4.5times`;
 * the one-letter or Greek function a formula is the argument of goes with it
 * (`O(L^2)`).
 * Found by patterns that run in linear time (each starts only at a word
 * boundary and is bounded), so that the abstract can show it as a formula.
 */

/** A stretch of an abstract that is a formula, and its TeX. */
export interface BareTex {
  start: number;
  end: number;
  tex: string;
  /** The formula as text, where text says it as well (`4.5×`): no formula for KaTeX to set, so a page no heavier than the words it replaces. */
  text?: string;
}

/** A superscript (braced, or one letter or a signed number standing alone: `R^d`, `L^2`, not `x^import`) or a braced subscript; braces nest once. */
const SCRIPT = String.raw`(?:\^(?:\{(?:[^{}$\\\s]|\{[^{}$\\\s]*\}){1,40}\}|(?:-?[0-9]+|[A-Za-z+*])(?![A-Za-z0-9]))|_\{(?:[^{}$\\\s]|\{[^{}$\\\s]*\}){1,40}\})`;
const WORD_START = String.raw`(?<![\\\p{L}\p{N}])`;

/** A math font command, with or without its backslash, and the letter or braced group it applies to, with its scripts: `mathbb R^d`, `\\mathbb{R}^d`. */
const FONT = new RegExp(
  `(?<![\\p{L}\\p{N}])\\\\?(${STRIPPED_MATH_FONTS.join('|')})(?: ([A-Za-z0-9])|\\{([^{}\\s$\\\\]{1,20})\\})((?:${SCRIPT})*(?:\\([^()\\s$\\\\]{0,20}\\))?)(?![\\p{L}\\p{N}])`,
  'gu',
);
const GREEK = new RegExp(`${WORD_START}(${STRIPPED_GREEK.join('|')})((?:${SCRIPT}|_[A-Za-z0-9])+)(\\([^()\\s$\\\\]{0,30}\\))?`, 'gu');
const SCRIPTED = new RegExp(`${WORD_START}([A-Za-z0-9]+)(${SCRIPT}+)`, 'gu');
const SYMBOL_WORD = new RegExp(`${WORD_START}(${STRIPPED_SYMBOL_WORDS.join('|')})(?![\\p{L}\\p{N}{])`, 'gu');
const SYMBOL_IN_GROUP = new RegExp(`\\{(${STRIPPED_SYMBOLS.join('|')})(?![a-z])`, 'g');
/**
 * A number glued to `times`, and to the number after it, if any: `$4.5\times$` or `$4096\times4096$` stripped of dollars and backslash (`4.5times speedup`): no English word. Read as text, `4.5×`.
 * Not inside a name (`v2times`, `model_2times`, `2times_dir`), a path or a file name (`foo.org/2times/`, `4times.py`); a sentence may end after it (`1.7times. We`).
 */
const NUMBER_TIMES = /(?<![\\\p{L}\p{N}._/])([0-9]+(?:\.[0-9]+)?)times([0-9]+(?:\.[0-9]+)?)?(?![\p{L}\p{N}_]|[./][\p{L}\p{N}])/gu;

/** Every bare formula in `source`, sorted, none overlapping (the first found of two overlapping ones wins). */
export function findBareTex(source: string): BareTex[] {
  const found: BareTex[] = [];
  for (const match of source.matchAll(FONT)) found.push({ start: match.index, end: match.index + match[0].length, tex: `\\${match[1]}{${match[2] ?? match[3]}}${bracedScripts(match[4]!)}` });
  for (const match of source.matchAll(GREEK)) found.push({ start: match.index, end: match.index + match[0].length, tex: `\\${match[1]}${match[2]}${match[3] ?? ''}` });
  for (const match of source.matchAll(SCRIPTED)) found.push({ start: match.index, end: match.index + match[0].length, tex: `${match[1]}${bracedScripts(match[2]!)}` });
  for (const match of source.matchAll(SYMBOL_WORD)) found.push({ start: match.index, end: match.index + match[0].length, tex: `\\${match[1]}` });
  for (const match of source.matchAll(NUMBER_TIMES)) found.push({ start: match.index, end: match.index + match[0].length, tex: `${match[1]}\\times${match[2] ?? ''}`, text: `${match[1]}×${match[2] ?? ''}` });
  let scanned = 0;
  for (const match of source.matchAll(SYMBOL_IN_GROUP)) {
    // One look at each word, however many symbols it holds.
    if (match.index < scanned) continue;
    const token = tokenAround(source, match.index);
    scanned = token?.end ?? match.index + 1;
    if (token !== undefined) found.push({ ...token, tex: source.slice(token.start, token.end).replace(SYMBOL_IN_GROUP, (_, name: string) => `{\\${name} `) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: BareTex[] = [];
  for (const span of found) if (span.start >= (spans.at(-1)?.end ?? 0)) spans.push(withFunction(source, span, spans.at(-1)?.end ?? 0));
  return spans;
}

/** A function of one letter or a Greek letter (its backslash dropped or not) and its opening parenthesis, at the end of a stretch of text: `O(`, `f(`, `Theta(`, `\\Omega(`. */
const FUNCTION_HEAD = new RegExp(`(?:\\\\?(${STRIPPED_GREEK.join('|')})|([A-Za-z]))\\($`, 'u');
/** The longest head FUNCTION_HEAD matches (`\\varepsilon(`). */
const HEAD_WINDOW = Math.max(...STRIPPED_GREEK.map((name) => name.length)) + 2;

/**
 * `span` with the function it is the whole argument of: `O(L^2)` is one
 * formula, `O(L^{2})`, not the text `O(` around the formula `L^{2}`; so is
 * `Theta(n^2)` or `O(g(n^2))`. The function is one letter or a Greek letter
 * standing as a word of its own (`ratio(L^2)`, `xO(L^2)` and `O (n^2)` stay
 * text), and the formula fills its parentheses (`O(L^2 d)` stays text).
 * Never reaches back into the formula before (which ends at `from`).
 */
function withFunction(source: string, span: BareTex, from: number): BareTex {
  let current = span;
  for (;;) {
    if (source[current.end] !== ')') return current;
    const windowStart = Math.max(from, current.start - HEAD_WINDOW);
    const head = FUNCTION_HEAD.exec(source.slice(windowStart, current.start));
    if (!head) return current;
    const start = windowStart + head.index;
    if (start > 0 && /[\\\p{L}\p{N}]/u.test(source[start - 1]!)) return current;
    current = { start, end: current.end + 1, tex: `${head[1] === undefined ? head[2] : `\\${head[1]}`}(${current.tex})` };
  }
}

/** `^2^+_{i}` as `^{2}^{+}_{i}`: a script of one character or a number braced, so what follows never joins it. */
function bracedScripts(scripts: string): string {
  return scripts.replace(/([\^_])(-?[0-9]+|[A-Za-z0-9+*])(?=[\^_]|$)/g, '$1{$2}');
}

/** The word (run of non-space characters) around `index`, if its braces balance. */
function tokenAround(source: string, index: number): { start: number; end: number } | undefined {
  let start = index;
  while (start > 0 && !/\s/.test(source[start - 1]!)) start -= 1;
  let end = index;
  while (end < source.length && !/\s/.test(source[end]!)) end += 1;
  // Sentence punctuation after the word is not part of it.
  while (end > index && /[.,;:!?)]/.test(source[end - 1]!) && source[end - 2] !== '}') end -= 1;
  let depth = 0;
  for (let i = start; i < end; i += 1) {
    if (source[i] === '{') depth += 1;
    else if (source[i] === '}' && --depth < 0) return undefined;
    else if (source[i] === '\\' || source[i] === '$') return undefined;
  }
  return depth === 0 ? { start, end } : undefined;
}
