import type { Emphasis, InlineCode, Link, Paragraph, PhrasingContent, Root, Strong, Text } from 'mdast';
import type { InlineMath } from 'mdast-util-math';

/** The mdast tree of an abstract and the LaTeX commands left in it as literal text. */
export interface AbstractTree {
  /** One paragraph per blank-line separated block of the abstract. */
  tree: Root;
  /** Backslash commands that were not understood (`\cite`, `\foo`), each once, in order of first appearance. */
  unknownCommands: string[];
}

/** `\%` and friends: a backslash that only protects the next character. */
const ESCAPED_CHARACTERS = new Set(['%', '&', '_', '#', '$', '{', '}']);

/** Accents written as a backslash and a symbol (`\'e`), mapped to their combining mark. */
const SYMBOL_ACCENTS: Record<string, string> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  '"': '\u0308',
};

/** Accents written as a backslash and a letter (`\c{c}`), mapped to their combining mark. */
const LETTER_ACCENTS: Record<string, string> = {
  u: '\u0306',
  r: '\u030A',
  H: '\u030B',
  v: '\u030C',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331',
};

/** Commands that stand for one letter or symbol (`Stra\ss e`, `\textless`). */
const LETTER_COMMANDS: Record<string, string> = {
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
  // Text-mode symbols seen in real abstracts (`\textless2MB`).
  textless: '<',
  textgreater: '>',
  textasciitilde: '~',
  textbackslash: '\\',
  ldots: '…',
  dots: '…',
};

/** Commands that take one braced argument and wrap it in a node. */
const ARGUMENT_COMMANDS: Record<string, 'emphasis' | 'strong' | 'inlineCode'> = {
  textit: 'emphasis',
  emph: 'emphasis',
  textbf: 'strong',
  texttt: 'inlineCode',
};

/** Declarations that style the rest of their group: `{\it x}`. */
const GROUP_DECLARATIONS: Record<string, 'emphasis' | 'strong'> = {
  it: 'emphasis',
  em: 'emphasis',
  bf: 'strong',
};

/** Characters at which plain text may stop being plain (`h` for `http`). */
const SPECIAL = /[\\{$h]/g;

/** A bare web address; its end is trimmed of trailing punctuation afterwards. */
const URL = /https?:\/\/[^\s<>"{}|\\^`]+/y;

/**
 * Turn the plain text of an abstract (NFC, whitespace folded, possibly with
 * LaTeX fragments) into an mdast tree, one paragraph per blank-line separated
 * block.
 *
 * Only a small, explicit set of LaTeX is understood: escaped characters,
 * `\textit` `\emph` `\textbf` `\texttt` `{\it}` `{\em}` `{\bf}`, accents and
 * letter commands, `$…$` `$$…$$` `\(…\)` `\[…\]` math, and bare http(s)
 * URLs. Every other character is kept as literal text, and every other
 * backslash command stays visible and is listed in `unknownCommands`.
 */
export function abstractToMdast(abstract: string): AbstractTree {
  const unknown = new Set<string>();
  const blocks = abstract
    .replace(/\r\n?/g, '\n')
    .split(/[ \t]*\n(?:[ \t]*\n)+[ \t]*/)
    // A single line break inside a block is folded like any other whitespace.
    .map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/^[ \t]+|[ \t]+$/g, ''));

  const children: Paragraph[] = [];
  for (const block of blocks) {
    const inline = parseInline(block, unknown);
    if (inline.length > 0) children.push({ type: 'paragraph', children: inline });
  }
  return { tree: { type: 'root', children }, unknownCommands: [...unknown] };
}

/*
 * A hand-written tokenizer rather than a LaTeX parser: a real LaTeX parser
 * would treat `%` as a comment, `~` as a space and unknown commands as
 * errors, and so lose text that abstracts use literally (`40%`, `~100`).
 * This one recognises exactly the constructs listed above and copies
 * everything else through unchanged.
 */
function parseInline(source: string, unknown: Set<string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let index = 0;

  while (index < source.length) {
    SPECIAL.lastIndex = index;
    const found = SPECIAL.exec(source);
    const next = found ? found.index : source.length;
    if (next > index) {
      append(out, text(source.slice(index, next)));
      index = next;
      continue;
    }

    const step =
      source[index] === '\\'
        ? readCommand(source, index, unknown)
        : source[index] === '{'
          ? readGroup(source, index, unknown)
          : source[index] === '$'
            ? readDollarMath(source, index)
            : readUrl(source, index);
    if (step) {
      for (const node of step.nodes) append(out, node);
      index = step.end;
    } else {
      append(out, text(source.charAt(index)));
      index += 1;
    }
  }
  return out;
}

/** What a reader consumed: nodes to add and the index just after them. */
interface Step {
  nodes: PhrasingContent[];
  end: number;
}

/** Read a backslash command at `start` (which holds `\`). Never returns `undefined` for a `\`+ASCII pair. */
function readCommand(source: string, start: number, unknown: Set<string>): Step | undefined {
  const next = source.charAt(start + 1);

  if (ESCAPED_CHARACTERS.has(next)) return { nodes: [text(next)], end: start + 2 };

  if (next === '(' || next === '[') {
    const close = source.indexOf(next === '(' ? '\\)' : '\\]', start + 2);
    const value = close === -1 ? '' : source.slice(start + 2, close).trim();
    if (value) return { nodes: [math(value)], end: close + 2 };
    return literalCommand(source, start, start + 2, unknown);
  }

  const letter = readLetterCommand(source, start);
  if (letter) return { nodes: [text(letter.value)], end: letter.end };

  if (/[A-Za-z]/.test(next)) {
    const name = /[A-Za-z]+/y;
    name.lastIndex = start + 1;
    const nameEnd = start + 1 + (name.exec(source)?.[0].length ?? 0);
    const kind = ARGUMENT_COMMANDS[source.slice(start + 1, nameEnd)];
    if (kind) {
      const open = skipSpaces(source, nameEnd);
      const close = source[open] === '{' ? findClosingBrace(source, open) : -1;
      if (close !== -1) {
        const inner = parseInline(source.slice(open + 1, close), unknown);
        return { nodes: wrap(kind, inner), end: close + 1 };
      }
    }
    return literalCommand(source, start, nameEnd, unknown);
  }

  // `\,`, `\\`, `\1` and other control symbols; a backslash before a space,
  // a non-ASCII character or the end is just a backslash.
  if (/[!-~]/.test(next)) return literalCommand(source, start, start + 2, unknown);
  return undefined;
}

/** Keep `source[start, end)` as visible text and report it as not understood. */
function literalCommand(source: string, start: number, end: number, unknown: Set<string>): Step {
  const command = source.slice(start, end);
  unknown.add(command);
  return { nodes: [text(command)], end };
}

/** Read an accent (`\'e`, `\c{c}`) or letter command (`\ss`) at `start`, if it is one. */
function readLetterCommand(source: string, start: number): { value: string; end: number } | undefined {
  const next = source.charAt(start + 1);
  const symbolMark = SYMBOL_ACCENTS[next];
  if (symbolMark) {
    const base = readAccentBase(source, start + 2, false);
    return base && { value: (base.value + symbolMark).normalize('NFC'), end: base.end };
  }

  const name = /[A-Za-z]+/y;
  name.lastIndex = start + 1;
  const word = name.exec(source)?.[0];
  if (!word) return undefined;
  const end = start + 1 + word.length;

  const letterMark = LETTER_ACCENTS[word];
  if (letterMark) {
    const base = readAccentBase(source, end, true);
    return base && { value: (base.value + letterMark).normalize('NFC'), end: base.end };
  }

  const letter = LETTER_COMMANDS[word];
  if (letter) {
    // TeX swallows the spaces after a control word, or an empty group: `\ss{}`.
    const after = source.startsWith('{}', end) ? end + 2 : skipSpaces(source, end);
    return { value: letter, end: after };
  }
  return undefined;
}

/** Read the letter an accent sits on: `e`, `{e}`, `\i`, `{\i}`; after a letter accent also ` e`. */
function readAccentBase(source: string, start: number, afterWord: boolean): { value: string; end: number } | undefined {
  const braced = /\{(?:(\p{L})|\\([ij]))\}/uy;
  braced.lastIndex = start;
  const group = braced.exec(source);
  if (group) return { value: group[1] ?? group[2] ?? '', end: braced.lastIndex };

  // A dotless i or j under an accent is only there to drop the dot; TeX
  // swallows the spaces after it (`\'\i nt`).
  const dotless = /\\([ij])(?![A-Za-z]) */y;
  dotless.lastIndex = start;
  const command = dotless.exec(source);
  if (command) return { value: command[1] ?? '', end: dotless.lastIndex };

  // `\c c` needs the space to end the control word; `\'e` has none.
  const bare = afterWord ? / +(\p{L})/uy : /(\p{L})/uy;
  bare.lastIndex = start;
  const letter = bare.exec(source);
  if (letter) return { value: letter[1] ?? '', end: bare.lastIndex };
  return undefined;
}

/** Read a group at `start` (which holds `{`): `{\'e}`, `{\ss}`, `{\it …}`, `{\bf …}`. */
function readGroup(source: string, start: number, unknown: Set<string>): Step | undefined {
  if (source[start + 1] !== '\\') return undefined;

  const letter = readLetterCommand(source, start + 1);
  if (letter && source[letter.end] === '}') return { nodes: [text(letter.value)], end: letter.end + 1 };

  const declaration = /\\([A-Za-z]+) */y;
  declaration.lastIndex = start + 1;
  const match = declaration.exec(source);
  const kind = match && GROUP_DECLARATIONS[match[1] ?? ''];
  if (!kind) return undefined;
  const close = findClosingBrace(source, start);
  if (close === -1) return undefined;
  const inner = parseInline(source.slice(declaration.lastIndex, close), unknown);
  return { nodes: wrap(kind, inner), end: close + 1 };
}

/**
 * Read `$…$` or `$$…$$` at `start`, with pandoc's rule for single dollars: the
 * opening `$` is followed by a non-space, the closing one is preceded by a
 * non-space and not followed by a digit, so `costs $5 and $10` stays text.
 */
function readDollarMath(source: string, start: number): Step | undefined {
  if (source[start + 1] === '$') {
    const close = source.indexOf('$$', start + 2);
    const value = close === -1 ? '' : source.slice(start + 2, close).trim();
    return value ? { nodes: [math(value)], end: close + 2 } : undefined;
  }

  const first = source.charAt(start + 1);
  if (first === '' || /\s/.test(first)) return undefined;
  for (let close = source.indexOf('$', start + 1); close !== -1; close = source.indexOf('$', close + 1)) {
    const before = source.charAt(close - 1);
    if (close === start + 1 || /\s/.test(before) || before === '\\') continue;
    if (/[0-9]/.test(source.charAt(close + 1))) continue;
    return { nodes: [math(source.slice(start + 1, close))], end: close + 1 };
  }
  return undefined;
}

/** Read a bare http(s) URL at `start`, if one starts there and not mid-word. */
function readUrl(source: string, start: number): Step | undefined {
  if (start > 0 && /[\p{L}\p{N}]/u.test(source.charAt(start - 1))) return undefined;
  URL.lastIndex = start;
  const match = URL.exec(source);
  if (!match) return undefined;
  const url = trimUrl(match[0]);
  if (!/^https?:\/\/./.test(url)) return undefined;
  const link: Link = { type: 'link', url, title: null, children: [text(url)] };
  return { nodes: [link], end: start + url.length };
}

/** Drop sentence punctuation and unbalanced closing brackets from the end of a URL. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url.charAt(end - 1);
    const head = url.slice(0, end);
    const unbalanced =
      (last === ')' && count(head, ')') > count(head, '(')) || (last === ']' && count(head, ']') > count(head, '['));
    if (!(unbalanced || /[.,;:!?'*_~]/.test(last))) return head;
    end -= 1;
  }
}

/** How often `character` occurs in `value`. */
function count(value: string, character: string): number {
  return value.split(character).length - 1;
}

/** The index of the `}` matching the `{` at `open`, skipping escaped braces; -1 if none. */
function findClosingBrace(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') index += 1;
    else if (character === '{') depth += 1;
    else if (character === '}' && --depth === 0) return index;
  }
  return -1;
}

/** The index of the first non-space at or after `index`. */
function skipSpaces(source: string, index: number): number {
  let end = index;
  while (source[end] === ' ') end += 1;
  return end;
}

/** Wrap parsed content in `kind`; empty content (`\emph{}`) yields nothing. */
function wrap(kind: 'emphasis' | 'strong' | 'inlineCode', children: PhrasingContent[]): PhrasingContent[] {
  if (children.length === 0) return [];
  if (kind === 'inlineCode') {
    const value = children.map(plainText).join('');
    const code: InlineCode = { type: 'inlineCode', value };
    return value ? [code] : [];
  }
  const node: Emphasis | Strong = { type: kind, children };
  return [node];
}

/** The text a reader sees in `node` (math as its TeX source). */
function plainText(node: PhrasingContent): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return '';
}

/**
 * Add `node` to `nodes`, merging it into the previous node where markdown
 * could not tell the two apart: adjacent text, adjacent code spans
 * (`` `a``b` `` is one span) and adjacent math (`$a$$b$` is one formula).
 */
function append(nodes: PhrasingContent[], node: PhrasingContent): void {
  const previous = nodes.at(-1);
  if (previous?.type === 'text' && node.type === 'text') previous.value += node.value;
  else if (previous?.type === 'inlineCode' && node.type === 'inlineCode') previous.value += node.value;
  // A space keeps `\alpha` and `b` from fusing into `\alphab`; TeX ignores it.
  else if (previous?.type === 'inlineMath' && node.type === 'inlineMath') previous.value += ` ${node.value}`;
  else nodes.push(node);
}

/** A text node. */
function text(value: string): Text {
  return { type: 'text', value };
}

/** An inline math node. */
function math(value: string): InlineMath {
  return { type: 'inlineMath', value };
}
