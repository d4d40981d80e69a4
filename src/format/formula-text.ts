import { GREEK_LETTERS, MATH_FONTS, MATH_SYMBOLS } from './tex-symbols.ts';

/**
 * A formula (its TeX, as an entry writes it between `$`) as plain text, for
 * readers of text rather than of rendered mathematics: a page's description,
 * a card's lead, a feed's summary. Never a `$` it did not write, never a
 * brace. The rule, in order:
 *
 * - a symbol or Greek letter is its character (`\geq` → `≥`, `\alpha` → `α`;
 *   the table of tex-symbols.ts, which the ingest reads running text with);
 * - a font, text or operator name is its argument (`\mathbb{R}` → `R`,
 *   `\text{softmax}` → `softmax`), a function its name (`\log n` → `log n`);
 * - a sub- or superscript is written with Unicode's sub- and superscript
 *   characters when Unicode has one for each of its characters (`M^{2}` →
 *   `M²`, `R^{d}` → `Rᵈ`, `x_{i}` → `xᵢ`), else after `^` or `_`, in
 *   parentheses when it is more than a word (`BERT_{BASE}` → `BERT_BASE`,
 *   `L^{{4}/{3}}` → `L^(4/3)`);
 * - `\frac{a}{b}` is `a/b`, `\sqrt{x}` `√x` (parts of more than a word in
 *   parentheses), an accent its combining mark (`\hat{y}` → `ŷ`);
 * - braces, `\left`, `\right`, sizes and environments are dropped, spacing
 *   is a space, an escaped character (`\%`, `\{`) the character;
 * - a command it does not know stays as written, with the braced arguments
 *   that follow it (`\foo{x}{y}`).
 *
 * Spaces are kept where the TeX has them, but after a command's name (TeX
 * ignores those) unless there was one before it, or it starts the formula
 * (`a \leq b` → `a ≤ b`, `{\cdot Z}` → `·Z`). Linear in the formula's
 * length; braces nested deeper than {@link MAX_DEPTH} are read flat. Pure.
 */
export function formulaText(tex: string): string {
  return new FormulaReader(tex).read().replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** Groups read with their structure; deeper ones are read flat, so that no formula runs the reader out of stack. */
const MAX_DEPTH = 64;

const SYMBOLS: Readonly<Record<string, string>> = { ...MATH_SYMBOLS, ...GREEK_LETTERS };
/** Commands whose argument is shown as it is: the math fonts, and text or operator names inside a formula. */
const ARGUMENT_ONLY = new Set([...MATH_FONTS, 'bm', 'pmb', 'mathtt', 'mathnormal', 'text', 'textrm', 'textit', 'textbf', 'textsf', 'texttt', 'textup', 'textnormal', 'mbox', 'hbox', 'operatorname', 'mathop']);
/** Functions TeX sets upright by name (`\log`). */
const FUNCTIONS = new Set(
  'log ln lg exp sin cos tan sec csc cot arcsin arccos arctan sinh cosh tanh coth lim liminf limsup max min sup inf arg det dim ker deg gcd hom Pr mod bmod'.split(' '),
);
/** Commands that only size or space what follows, or style it without changing its letters: dropped. */
const DROPPED = new Set(
  'left right middle big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr displaystyle textstyle scriptstyle scriptscriptstyle limits nolimits nonumber notag'.split(' '),
);
const SPACES = new Set(['quad', 'qquad', 'enspace', 'thinspace', 'medspace', 'thickspace', 'space']);
/** Accents over a letter, as the combining mark that follows it. */
const ACCENTS: Readonly<Record<string, string>> = {
  hat: '\u0302',
  widehat: '\u0302',
  tilde: '\u0303',
  widetilde: '\u0303',
  bar: '\u0304',
  overline: '\u0305',
  vec: '\u20d7',
  dot: '\u0307',
  ddot: '\u0308',
  check: '\u030c',
  breve: '\u0306',
  acute: '\u0301',
  grave: '\u0300',
  mathring: '\u030a',
};
const FRACTIONS = new Set(['frac', 'dfrac', 'tfrac', 'cfrac']);

const SUPERSCRIPTS = characterMap(
  '0123456789+-−=()ABDEGHIJKLMNOPRTUVWabcdefghijklmnoprstuvwxyz′∘',
  '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ′°',
);
const SUBSCRIPTS = characterMap('0123456789+-−=()aehijklmnoprstuvx', '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ');

function characterMap(from: string, to: string): ReadonlyMap<string, string> {
  const keys = [...from];
  const values = [...to];
  return new Map(keys.map((key, i) => [key, values[i]!]));
}

/**
 * `text` with each run of Unicode sub- or superscript characters written as
 * a keyboard writes it, the way {@link formulaText} writes a script it has
 * no characters for (`Rᵈ` → `R^d`, `π₀` → `π_0`, `Lᵢ₊₁` → `L_(i+1)`): what
 * a reader types into another site's search box. The degree sign and the
 * prime, which read as themselves, stay. Pure.
 */
export function keyboardScripts(text: string): string {
  return text.replace(SCRIPT_RUN, (run) => {
    const mark = TYPED_SUPERSCRIPTS.has(run[0]!) ? '^' : '_';
    const typed = [...run].map((c) => (mark === '^' ? TYPED_SUPERSCRIPTS : TYPED_SUBSCRIPTS).get(c)).join('');
    return [...typed].length === 1 || isWord(typed) ? `${mark}${typed}` : `${mark}(${typed})`;
  });
}

/** The characters each script character stands for; `−` (U+2212) is typed `-`. */
const typedFrom = (map: ReadonlyMap<string, string>) => new Map([...map].filter(([from, to]) => from !== to && from !== '−' && to !== '°').map(([from, to]) => [to, from]));
const TYPED_SUPERSCRIPTS = typedFrom(SUPERSCRIPTS);
const TYPED_SUBSCRIPTS = typedFrom(SUBSCRIPTS);
/** A run of superscript characters, or of subscript ones. */
const SCRIPT_RUN = new RegExp(`[${[...TYPED_SUPERSCRIPTS.keys()].join('')}]+|[${[...TYPED_SUBSCRIPTS.keys()].join('')}]+`, 'gu');

/** A script (`^` or `_` and what it applies to, already plain text) by the rule of {@link formulaText}. */
function scriptText(mark: '^' | '_', content: string): string {
  const text = content.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const map = mark === '^' ? SUPERSCRIPTS : SUBSCRIPTS;
  const characters = [...text];
  if (characters.every((c) => map.has(c))) return characters.map((c) => map.get(c)).join('');
  return characters.length === 1 || isWord(text) ? `${mark}${text}` : `${mark}(${text})`;
}

const isWord = (text: string) => /^[\p{L}\p{N}\p{M}]+$/u.test(text);

/** A part of a fraction or root: in parentheses when it is more than a word or one character. */
const part = (text: string) => (isWord(text) || [...text].length <= 1 ? text : `(${text})`);

class FormulaReader {
  private index = 0;
  private readonly tex: string;

  constructor(tex: string) {
    this.tex = tex;
  }

  read(): string {
    return this.sequence(0);
  }

  /** Reads to the end, or past the `}` that closes the group being read (`depth` > 0). */
  private sequence(depth: number): string {
    const { tex } = this;
    let out = '';
    // Braces opened beyond MAX_DEPTH, counted and not read as groups.
    let flat = 0;
    while (this.index < tex.length) {
      const c = tex[this.index]!;
      if (c === '}') {
        this.index += 1;
        if (flat > 0) flat -= 1;
        else if (depth > 0) return out;
        continue;
      }
      if (c === '{' && depth >= MAX_DEPTH) {
        flat += 1;
        this.index += 1;
        continue;
      }
      if (c === '^' || c === '_') {
        this.index += 1;
        out += scriptText(c, this.argument(depth));
        continue;
      }
      out += this.atom(depth);
    }
    return out;
  }

  /** What a script, font or fraction applies to: a group, a command, or one character. */
  private argument(depth: number): string {
    this.skipSpaces();
    const c = this.tex[this.index];
    if (c === undefined || c === '}') return '';
    if (c === '{' && depth >= MAX_DEPTH) return this.flatGroup();
    return this.atom(depth);
  }

  /** One thing: a group, a command, or a character. */
  private atom(depth: number): string {
    const { tex } = this;
    const c = tex[this.index]!;
    if (c === '{') {
      this.index += 1;
      return this.sequence(depth + 1);
    }
    if (c === '\\') return this.command(depth);
    this.index += c.length;
    if (c === '~' || c === '&') return ' ';
    // One character, or a surrogate pair whole.
    const point = String.fromCodePoint(tex.codePointAt(this.index - 1)!);
    if (point.length === 2) this.index += 1;
    return point;
  }

  private command(depth: number): string {
    const { tex } = this;
    const start = this.index;
    const name = /[A-Za-z]+/y;
    name.lastIndex = start + 1;
    const word = name.exec(tex)?.[0];
    if (word === undefined) {
      const next = tex[start + 1];
      this.index = Math.min(tex.length, start + 2);
      if (next === undefined) return '\\';
      if (next === '\\' || next === ',' || next === ';' || next === ':' || next === '>' || next === ' ') return ' ';
      if (next === '!' || next === '/') return '';
      if (next === '|') return '‖';
      if ('{}%&_#$'.includes(next)) return next;
      return `\\${next}`;
    }
    this.index = start + 1 + word.length;
    // TeX ignores the spaces after a command's name; the text keeps them where a space (or the start) came before it too.
    if (start > 0 && !/\s/.test(tex[start - 1]!)) this.skipSpaces();
    if (word === 'begin' || word === 'end') {
      if (tex[this.index] === '{') this.flatGroup();
      return ' ';
    }
    if (DROPPED.has(word)) {
      if (tex[this.index] === '.') this.index += 1;
      return '';
    }
    if (SPACES.has(word)) return ' ';
    const symbol = SYMBOLS[word];
    if (symbol !== undefined) return symbol;
    if (FUNCTIONS.has(word)) return this.functionName(word === 'bmod' ? 'mod' : word);
    if (word === 'pmod') return ` (mod ${this.argument(depth)})`;
    if (ARGUMENT_ONLY.has(word)) {
      if (tex[this.index] === '*') this.index += 1;
      return this.argument(depth);
    }
    if (FRACTIONS.has(word)) {
      const numerator = this.argument(depth);
      return `${part(numerator)}/${part(this.argument(depth))}`;
    }
    if (word === 'sqrt') {
      const index = tex[this.index] === '[' ? this.bracketed() : '';
      return `${index ? scriptText('^', index) : ''}√${part(this.argument(depth))}`;
    }
    const accent = ACCENTS[word];
    if (accent !== undefined) {
      const base = this.argument(depth);
      return base ? `${base}${accent}` : '';
    }
    // Unknown: as written, with the groups that follow it.
    let written = `\\${word}`;
    while (tex[this.index] === '{') written += `{${this.argument(depth)}}`;
    return written;
  }

  /** A function's name, with a space before a letter or digit that follows it (`\log n` → `log n`). */
  private functionName(name: string): string {
    this.skipSpaces();
    return /[\p{L}\p{N}\\]/u.test(this.tex[this.index] ?? '') ? `${name} ` : name;
  }

  /** `[…]` (a root's index) as plain text. */
  private bracketed(): string {
    const end = this.tex.indexOf(']', this.index);
    if (end < 0) return '';
    const inner = this.tex.slice(this.index + 1, end);
    this.index = end + 1;
    return formulaText(inner);
  }

  /** A group read flat (past MAX_DEPTH, or an environment's name): its characters but the braces. */
  private flatGroup(): string {
    const { tex } = this;
    let depth = 0;
    let out = '';
    while (this.index < tex.length) {
      const c = tex[this.index++]!;
      if (c === '{') depth += 1;
      else if (c === '}') {
        depth -= 1;
        if (depth === 0) break;
      } else out += c;
    }
    return out;
  }

  private skipSpaces(): void {
    while (/\s/.test(this.tex[this.index] ?? '')) this.index += 1;
  }
}
