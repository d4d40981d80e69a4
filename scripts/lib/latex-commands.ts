import { GREEK_LETTERS, MATH_FONTS, MATH_SYMBOLS } from '../../src/format/tex-symbols.ts';

/**
 * The LaTeX the ingest understands in abstracts and titles, as tables: what
 * each command becomes. scripts/lib/abstract-to-mdast.ts reads text with
 * them; anything not listed here stays visible and is warned about. The
 * symbols and math fonts are src/format/tex-symbols.ts's, which the site
 * writes formulas as plain text with.
 */

/** `\%` and friends: a backslash that only protects the next character. */
export const ESCAPED_CHARACTERS: ReadonlySet<string> = new Set(['%', '&', '_', '#', '$', '{', '}']);

/** Accents written as a backslash and a symbol (`\'e`), mapped to their combining mark. */
export const SYMBOL_ACCENTS: Readonly<Record<string, string>> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  '"': '\u0308',
};

/** Accents written as a backslash and a letter (`\c{c}`), mapped to their combining mark. */
export const LETTER_ACCENTS: Readonly<Record<string, string>> = {
  u: '\u0306',
  r: '\u030A',
  H: '\u030B',
  v: '\u030C',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331',
};

/** Commands that stand for one letter or symbol in running text (`Stra\ss e`, `\textless`, `$\sim$` written without dollars): letters and text symbols, and every math symbol and Greek letter of tex-symbols.ts. */
export const LETTER_COMMANDS: Readonly<Record<string, string>> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  textless: '<',
  textgreater: '>',
  textasciitilde: '~',
  textbackslash: '\\',
  textasciicircum: '^',
  textunderscore: '_',
  textbar: '|',
  textbullet: '•',
  textendash: '–',
  textemdash: '—',
  textdegree: '°',
  textregistered: '®',
  texttrademark: '™',
  copyright: '©',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  ...MATH_SYMBOLS,
  ...GREEK_LETTERS,
  // Spacing and breaks: a space in running text.
  quad: ' ',
  qquad: ' ',
  newline: ' ',
  linebreak: ' ',
  par: ' ',
  item: ' • ',
};

/** Commands that take one braced argument and wrap it: emphasis, strong, code, or plain (the argument shown as it is). */
export const ARGUMENT_COMMANDS: Readonly<Record<string, 'emphasis' | 'strong' | 'inlineCode' | 'plain' | 'footnote' | 'drop' | 'url'>> = {
  textit: 'emphasis',
  emph: 'emphasis',
  textsl: 'emphasis',
  textbf: 'strong',
  texttt: 'inlineCode',
  textsc: 'plain',
  textrm: 'plain',
  textsf: 'plain',
  textup: 'plain',
  textnormal: 'plain',
  text: 'plain',
  mbox: 'plain',
  hbox: 'plain',
  underline: 'plain',
  uline: 'plain',
  // A footnote is read in parentheses where it stands.
  footnote: 'footnote',
  // References to a bibliography or labels the reader does not have.
  cite: 'drop',
  citep: 'drop',
  citet: 'drop',
  ref: 'drop',
  eqref: 'drop',
  cref: 'drop',
  Cref: 'drop',
  autoref: 'drop',
  label: 'drop',
  url: 'url',
};

/** Declarations that style the rest of their group: `{\it x}`. */
export const GROUP_DECLARATIONS: Readonly<Record<string, 'emphasis' | 'strong'>> = {
  it: 'emphasis',
  em: 'emphasis',
  sl: 'emphasis',
  itshape: 'emphasis',
  bf: 'strong',
  bfseries: 'strong',
};

/** Declarations that change only size, font family or layout: dropped. */
export const IGNORED_DECLARATIONS: ReadonlySet<string> = new Set([
  'rm', 'sf', 'tt', 'sc', 'normalfont', 'upshape', 'mdseries', 'rmfamily', 'sffamily', 'ttfamily',
  'tiny', 'scriptsize', 'footnotesize', 'small', 'normalsize', 'large', 'Large', 'LARGE', 'huge', 'Huge',
  'scriptstyle', 'textstyle', 'displaystyle', 'scriptscriptstyle', 'noindent', 'centering', 'raggedright', 'relax', 'protect',
]);

/** Environments whose body is mathematics: read as a formula. `align`-like ones are wrapped in `aligned`, which KaTeX renders inline. */
export const MATH_ENVIRONMENTS: Readonly<Record<string, 'as-is' | 'aligned'>> = {
  equation: 'as-is',
  'equation*': 'as-is',
  displaymath: 'as-is',
  math: 'as-is',
  gather: 'aligned',
  'gather*': 'aligned',
  align: 'aligned',
  'align*': 'aligned',
  multline: 'aligned',
  'multline*': 'aligned',
  eqnarray: 'aligned',
  'eqnarray*': 'aligned',
};

/** Math commands whose backslash a listing page dropped (`mathbb R^d`): recognised as a word followed by what they apply to. */
export const STRIPPED_MATH_FONTS: readonly string[] = MATH_FONTS;

/** Greek letters whose backslash a listing page dropped, recognised only with a sub- or superscript attached (`Theta_n`). */
export const STRIPPED_GREEK: readonly string[] = Object.keys(GREEK_LETTERS);

/** Math symbols whose backslash a listing page dropped inside a brace group (`HyperZ{cdotZ{cdot}W}`). */
export const STRIPPED_SYMBOLS: readonly string[] = ['cdot', 'times', 'circ', 'star', 'otimes', 'oplus'];

/** Math symbols whose backslash a listing page dropped, recognised as words of their own (`log(D) cdot |p|`): none is an English word. */
export const STRIPPED_SYMBOL_WORDS: readonly string[] = ['cdot', 'cdots', 'ldots', 'leq', 'geq', 'neq', 'infty', 'otimes', 'oplus'];

/**
 * Whether `name` is a control word the reader turns into text without an
 * argument in braces (`\alpha`, `\to`, `\quad`, `\it`, `\mathcal X`,
 * `\c c`): after `P:` it is TeX, not a folder of a drive (backslash-paths.ts).
 */
export function isBareCommandName(name: string): boolean {
  return isStyleDeclaration(name) || Object.hasOwn(LETTER_COMMANDS, name) || Object.hasOwn(LETTER_ACCENTS, name) || MATH_FONTS.includes(name);
}

/** Whether `name` is a declaration that styles the rest of its group (`it`, `bf`, `small`): TeX writes it inside braces, `{\it x}`. */
export function isStyleDeclaration(name: string): boolean {
  return Object.hasOwn(GROUP_DECLARATIONS, name) || IGNORED_DECLARATIONS.has(name);
}

