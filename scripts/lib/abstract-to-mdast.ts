import katex from 'katex';
import type { Emphasis, InlineCode, Link, Paragraph, PhrasingContent, Root, Strong, Text } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import { URL_END_MARK } from '../../src/text/url-end.ts';
import { findBackslashPaths, type BackslashPath } from './backslash-paths.ts';
import { findBareTex, type BareTex } from './bare-tex.ts';
import {
  ARGUMENT_COMMANDS,
  ESCAPED_CHARACTERS,
  GROUP_DECLARATIONS,
  IGNORED_DECLARATIONS,
  LETTER_ACCENTS,
  LETTER_COMMANDS,
  MATH_ENVIRONMENTS,
  SYMBOL_ACCENTS,
} from './latex-commands.ts';
import { printTexQuotes } from './tex-quotes.ts';

/** The mdast tree of an abstract, and what the conversion could not show as it was meant. */
export interface AbstractTree {
  /** One paragraph per blank-line separated block of the abstract. */
  tree: Root;
  /** TeX kept as literal text, each once, in order of first appearance: unknown commands (`\foo`) and formulas KaTeX cannot render. */
  literal: string[];
  /**
   * What the conversion dropped or simplified (`dropped the reference
   * \cite{x}`), each once: worth a warning, not literal text. Every change
   * to the words a reader sees is a note or a literal, except what TeX
   * itself does to them, which leaves every word as TeX prints it: spacing
   * (`\,`, `\\`, `\!`, a tie, runs of spaces), letters and symbols
   * (`\'e`, `\ss`, `\&`), the braces of a group, size, font and layout
   * declarations (`\small`, `\noindent`), layout environments
   * (`\begin{itemize}`), a formula's delimiters, and an empty style
   * (`\emph{}`) or formula environment; a footnote that closes is read in
   * parentheses where it stands, every word kept.
   */
  notes: string[];
}

/**
 * Deepest nesting of braces read as TeX. Deeper, braces are only counted
 * (the text reads on, flattened): no real abstract nests anywhere near
 * this, and the limit keeps the reader's stack and every later step
 * (serialising, rendering) small.
 */
export const MAX_DEPTH = 64;

/**
 * Turn the plain text of an abstract (NFC, whitespace folded, possibly with
 * LaTeX fragments) into an mdast tree, one paragraph per blank-line separated
 * block. Reads the LaTeX of scripts/lib/latex-commands.ts, `$…$` `$$…$$`
 * `\(…\)` `\[…\]` and math environments as formulas (each checked with
 * KaTeX), formulas a listing page shows bare (`R^d`, `mathbb R^d`, see
 * bare-tex.ts), and bare http(s) URLs. Windows paths (`C:\Users\me`,
 * backslash-paths.ts) are text. Every other character is kept as
 * literal text. Linear in the length of the abstract, whatever it holds:
 * one pass, a stack instead of recursion, and every search for a closing
 * delimiter moves forward only.
 */
export function abstractToMdast(abstract: string): AbstractTree {
  const literal = new Set<string>();
  const notes = new Set<string>();
  const children: Paragraph[] = [];
  for (const block of blocksOf(abstract)) {
    const inline = checkFormulas(new InlineReader(block, 'abstract', literal, notes).read(), literal);
    printTexQuotes(inline);
    printTies(inline);
    if (inline.length > 0) children.push({ type: 'paragraph', children: inline });
  }
  return { tree: { type: 'root', children }, literal: [...literal], notes: [...notes] };
}

/**
 * A title as plain text: text-level LaTeX becomes characters (accents,
 * `\&`, `\%`, ``quotes''), styles their text (`\textit{Scaling}` → `Scaling`), and
 * mathematics stays exactly as written (`$\mathcal{O}(n)$`).
 */
export function titleToText(title: string): { text: string; literal: string[]; notes: string[] } {
  if (!/[\\{}`]/.test(title)) return { text: title, literal: [], notes: [] };
  const literal = new Set<string>();
  const notes = new Set<string>();
  const nodes = new InlineReader(title, 'title', literal, notes).read();
  printTexQuotes(nodes);
  return { text: nodes.map(plainText).join('').replace(/\s+/g, ' ').trim(), literal: [...literal], notes: [...notes] };
}

/**
 * A LaTeX tie between two words (`Models~(LLMs)`, `Fig.~3`, `e.g.,~SVD`)
 * is the no-break space TeX prints there. A tilde after a space or a
 * bracket (`~4 times`, `(~310M)`: "about"), doubled, at an end, in a URL
 * (a link), in code or in a formula stays a tilde.
 */
const TIE = /(?<=[\p{L}\p{N}.,;:)\]'"\u2019\u201d])~(?=[^\s~])/gu;

/** Ties in the text of `nodes` (see TIE) printed as no-break spaces, in place. */
function printTies(nodes: PhrasingContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = node.value.replace(TIE, '\u00a0');
    else if (node.type === 'emphasis' || node.type === 'strong') printTies(node.children);
  }
}

/** The blank-line separated blocks of an abstract, each with single line breaks folded. */
function blocksOf(abstract: string): string[] {
  return abstract
    .replace(/\r\n?/g, '\n')
    .split(/[ \t]*\n(?:[ \t]*\n)+[ \t]*/)
    .map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/^[ \t]+|[ \t]+$/g, ''));
}

/** What a frame of the reader's stack becomes when it closes. */
type FrameKind = 'root' | 'emphasis' | 'strong' | 'inlineCode' | 'plain' | 'group' | 'footnote' | 'drop' | 'link';

/** An open construct: a styled argument, a brace group, a footnote... */
interface Frame {
  kind: FrameKind;
  children: PhrasingContent[];
  /** How it opened in the source (`\textbf{`), for notes and for text kept literal. */
  opener: string;
  /** Closed by its own `}`; a bare declaration (`\it` outside `{\it …}`) closes with the group around it. */
  braced: boolean;
  /** TeX was read inside it (a plain `{…}` group without any keeps its braces: `{-1, 0, 1}`). */
  tex: boolean;
  url?: string;
}

/** Spacing commands whose backslash a listing page dropped, with their dimension (`{raise.17ex\scriptstyle\sim}`), inside a group that holds TeX. */
const STRIPPED_SPACING = /(?<![\p{L}\p{N}])(?:raise|lower|kern|hspace|vspace|hskip|vskip)\s*-?[0-9]*\.?[0-9]+\s*(?:ex|em|pt|mm|cm|mu)(?![\p{L}])/gu;

/** Characters at which plain text may stop being plain. */
const SPECIAL = /[\\{}$]|https?:\/\//g;
/** A bare web address; its end is trimmed of trailing punctuation afterwards. */
const URL = /https?:\/\/[^\s<>"{}|\\^`]+/y;

/**
 * Reads one block (or a title) left to right. `mode` `title` keeps formulas
 * as written and is flattened to text by the caller.
 */
class InlineReader {
  private readonly frames: Frame[] = [{ kind: 'root', children: [], opener: '', braced: false, tex: false }];
  private readonly bare: BareTex[];
  private bareIndex = 0;
  /** Windows paths, read as text before any TeX in them. */
  private readonly paths: BackslashPath[];
  private pathIndex = 0;
  /** Braces opened (and not yet closed) where the nesting is too deep to read. */
  private deepBraces = 0;
  private readonly closers = new Map<string, { positions: number[]; next: number }>();
  private index = 0;
  private readonly source: string;
  private readonly mode: 'abstract' | 'title';
  /** TeX kept as literal text, and what was dropped or simplified: shared by every block of an abstract. */
  private readonly literal: Set<string>;
  private readonly notes: Set<string>;

  constructor(source: string, mode: 'abstract' | 'title', literal: Set<string>, notes: Set<string>) {
    this.source = source;
    this.mode = mode;
    this.literal = literal;
    this.notes = notes;
    this.bare = mode === 'abstract' ? findBareTex(source) : [];
    this.paths = source.includes('\\') ? findBackslashPaths(source) : [];
  }

  /** Read the whole source; what is left open at the end is unwrapped. */
  read(): PhrasingContent[] {
    const { source } = this;
    while (this.index < source.length) {
      const next = this.nextSpecial();
      if (next > this.index) {
        this.add(text(source.slice(this.index, next)));
        this.index = next;
        continue;
      }
      if (!this.readSpecial()) {
        this.add(text(source.charAt(this.index)));
        this.index += 1;
      }
    }
    while (this.frames.length > 1) this.close(false);
    return tidySpaces(this.frames[0]!.children);
  }

  /** The index of the next character that may start something other than text. */
  private nextSpecial(): number {
    while (this.bareIndex < this.bare.length && this.bare[this.bareIndex]!.start < this.index) this.bareIndex += 1;
    while (this.pathIndex < this.paths.length && this.paths[this.pathIndex]!.start < this.index) this.pathIndex += 1;
    SPECIAL.lastIndex = this.index;
    const found = SPECIAL.exec(this.source);
    return Math.min(found ? found.index : this.source.length, this.bare[this.bareIndex]?.start ?? Infinity, this.paths[this.pathIndex]?.start ?? Infinity);
  }

  /** Read what starts at the current index; false when it is just a character. */
  private readSpecial(): boolean {
    const path = this.paths[this.pathIndex];
    if (path?.start === this.index) return this.emit(text(this.source.slice(path.start, path.end)), path.end);
    const bare = this.bare[this.bareIndex];
    if (bare?.start === this.index) {
      this.add(bare.text === undefined ? math(bare.tex) : text(bare.text));
      this.index = bare.end;
      return true;
    }
    switch (this.source[this.index]) {
      case '\\':
        return this.readCommand();
      case '{':
        this.openGroup();
        return true;
      case '}':
        this.closeBrace();
        return true;
      case '$':
        return this.readDollarMath();
      default:
        return this.readUrl();
    }
  }

  /**
   * At the depth limit, a construct that opens (its `{` just before `end`)
   * opens nothing: its braces are only counted, so its text reads on in the
   * style around it and the tree stays shallow, whatever the input nests.
   */
  private tooDeep(end: number): boolean {
    if (this.frames.length <= MAX_DEPTH) return false;
    this.notes.add(`flattened TeX nested deeper than ${MAX_DEPTH} levels (its text is shown without the styles inside)`);
    this.deepBraces += 1;
    this.index = end;
    return true;
  }

  /** Read a backslash command; unknown ones stay as literal text and are reported. */
  private readCommand(): boolean {
    const { source, index: start } = this;
    const next = source.charAt(start + 1);
    if (ESCAPED_CHARACTERS.has(next)) return this.emit(text(next), start + 2);
    if (next === '(' || next === '[') return this.readDelimitedMath(next === '(' ? '\\)' : '\\]', start + 2);
    if (next === '\\') return this.emit(text(' '), /^\[[^\]\s]{0,10}\]/.test(source.slice(start + 2, start + 14)) ? source.indexOf(']', start + 2) + 1 : start + 2);
    if (next === ',' || next === ';' || next === ':') return this.emit(text(' '), start + 2);
    if (next === '!' || next === '/') return this.emit(undefined, start + 2);
    const letter = readLetterCommand(source, start);
    if (letter) return this.emit(text(letter.value), letter.end);
    if (/[A-Za-z]/.test(next)) return this.readNamedCommand(/[A-Za-z]+\*?/y);
    // A backslash before a space, a non-ASCII character or the end is just a backslash.
    if (/[!-~]/.test(next)) return this.keepLiteral(source.slice(start, start + 2), start + 2);
    return false;
  }

  /** A command with a name: a declaration, a command with an argument, an environment, or unknown. */
  private readNamedCommand(pattern: RegExp): boolean {
    const { source, index: start } = this;
    pattern.lastIndex = start + 1;
    const name = pattern.exec(source)![0].replace(/\*$/, '');
    const nameEnd = start + 1 + name.length;
    const afterSpaces = skipSpaces(source, nameEnd);
    this.top().tex = true;
    if (IGNORED_DECLARATIONS.has(name)) return this.emit(undefined, afterSpaces);
    const declared = GROUP_DECLARATIONS[name];
    if (declared) return this.applyDeclaration(declared, `\\${name}`, afterSpaces);
    if (name === 'begin' || name === 'end') return this.readEnvironment(name, nameEnd);
    const kind = ARGUMENT_COMMANDS[name];
    if (kind !== undefined && source[afterSpaces] === '{') return this.openArgument(kind, `\\${name}{`, afterSpaces + 1);
    if (name === 'href' && source[afterSpaces] === '{') return this.readHref(afterSpaces);
    return this.keepLiteral(`\\${name}`, nameEnd);
  }

  /** `{\it …}` styles its group; a bare `\it` styles the rest of the group it stands in. */
  private applyDeclaration(kind: 'emphasis' | 'strong', opener: string, end: number): boolean {
    if (this.deepBraces > 0) return this.emit(undefined, end);
    const top = this.top();
    if (top.kind === 'group' && top.braced && top.children.length === 0 && this.source[this.index - 1] === '{') {
      this.frames.pop();
      this.open(kind, `{${opener}`, true);
    } else {
      this.open(kind, opener, false);
    }
    this.index = end;
    return true;
  }

  /** Open the frame of a command's argument (the `{` already read). */
  private openArgument(kind: (typeof ARGUMENT_COMMANDS)[string], opener: string, end: number): boolean {
    if (this.tooDeep(end)) return true;
    this.index = end;
    if (kind === 'url') return this.readUrlArgument(opener, end);
    if (kind === 'drop') {
      // `work~\cite{x}`: the tie belongs to the reference.
      const last = this.top().children.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(/~$/, '');
      const close = this.nextOf('}', end);
      this.notes.add(`dropped the reference \`${this.source.slice(end - opener.length, close === -1 ? end : close + 1)}\``);
    }
    this.open(kind, opener, true);
    return true;
  }

  /** `\url{…}`: a link to what the braces hold. */
  private readUrlArgument(opener: string, start: number): boolean {
    const close = this.nextOf('}', start);
    const url = close === -1 ? '' : this.source.slice(start, close).trim();
    if (!/^https?:\/\/\S+$/.test(url)) {
      this.index = start - opener.length;
      return this.keepLiteral(opener.slice(0, -1), this.index + opener.length - 1);
    }
    return this.emit({ type: 'link', url, title: null, children: [text(url)] }, close + 1);
  }

  /** `\href{url}{text}`: a link whose text is read as TeX. */
  private readHref(open: number): boolean {
    const close = this.nextOf('}', open + 1);
    const url = close === -1 ? '' : this.source.slice(open + 1, close).trim();
    const textOpen = skipSpaces(this.source, close + 1);
    if (!/^https?:\/\/\S+$/.test(url) || this.source[textOpen] !== '{') return this.keepLiteral('\\href', open);
    this.index = textOpen + 1;
    this.open('link', '\\href{', true, url);
    return true;
  }

  /** `\begin{env}`: a math environment is a formula up to its `\end{env}`; any other is dropped, as is `\end{env}`. */
  private readEnvironment(which: 'begin' | 'end', nameEnd: number): boolean {
    const { source } = this;
    const match = /\{([A-Za-z]+\*?)\}/y;
    match.lastIndex = skipSpaces(source, nameEnd);
    const env = match.exec(source)?.[1];
    if (env === undefined) return this.keepLiteral(`\\${which}`, nameEnd);
    const after = match.lastIndex;
    const shape = MATH_ENVIRONMENTS[env];
    if (which === 'begin' && shape !== undefined) {
      const end = `\\end{${env}}`;
      const close = this.nextOf(end, after);
      const body = close === -1 ? '' : source.slice(after, close).trim();
      if (body !== '') return this.emitMath(shape === 'aligned' ? `\\begin{aligned}${body}\\end{aligned}` : body, close + end.length);
      // An empty one shows nothing; one that never ends leaves its formula to be read as text, TeX and all.
      if (close === -1) this.notes.add(`dropped \`\\begin{${env}}\`, which has no \`${end}\` (its formula is read as text)`);
    }
    // Lists, quotes and the like only lay text out: their items read as bullets, their ends as nothing.
    return this.emit(undefined, after);
  }

  /** `\(…\)` or `\[…\]`. */
  private readDelimitedMath(closer: string, start: number): boolean {
    const close = this.nextOf(closer, start);
    const value = close === -1 ? '' : this.source.slice(start, close).trim();
    if (value !== '') return this.emitMath(value, close + 2);
    return this.keepLiteral(this.source.slice(start - 2, start), start);
  }

  /**
   * `$…$` or `$$…$$`, with pandoc's rule for single dollars: the opening `$`
   * is followed by a non-space, the closing one (the next `$`) is preceded
   * by a non-space and not followed by a digit, so `costs $5 and $10` stays
   * text. A formula never spans another `$`.
   */
  private readDollarMath(): boolean {
    const { source, index: start } = this;
    if (source[start + 1] === '$') {
      const close = this.nextOf('$$', start + 2);
      const value = close === -1 ? '' : source.slice(start + 2, close).trim();
      if (value !== '' && !value.includes('$')) return this.emitMath(value, close + 2);
      let end = start;
      while (source[end] === '$') end += 1;
      return this.emit(text(source.slice(start, end)), end);
    }
    const first = source.charAt(start + 1);
    if (first === '' || /\s/.test(first)) return false;
    const close = this.nextOf('$', start + 1);
    if (close === -1 || /\s/.test(source.charAt(close - 1)) || source.charAt(close - 1) === '\\' || /[0-9]/.test(source.charAt(close + 1))) return false;
    return this.emitMath(source.slice(start + 1, close), close + 1);
  }

  /** A bare http(s) URL, if one starts here and not mid-word. */
  private readUrl(): boolean {
    const { source, index: start } = this;
    if (start > 0 && /[\p{L}\p{N}]/u.test(source.charAt(start - 1))) return false;
    URL.lastIndex = start;
    const match = URL.exec(source);
    if (!match) return false;
    const url = trimUrl(match[0]);
    if (!/^https?:\/\/./.test(url)) return false;
    return this.emit({ type: 'link', url, title: null, children: [text(url)] }, start + url.length);
  }

  private openGroup(): void {
    if (this.tooDeep(this.index + 1)) return;
    const letter = readLetterCommand(this.source, this.index + 1);
    if (this.source[this.index + 1] === '\\' && letter && this.source[letter.end] === '}') {
      // `{\'e}`, `{\ss}`: one letter in braces.
      this.top().tex = true;
      this.emit(text(letter.value), letter.end + 1);
      return;
    }
    this.index += 1;
    this.open('group', '{', true);
  }

  /** A `}`: closes the innermost braced frame (and any bare declaration inside it); one that closes nothing is text. */
  private closeBrace(): void {
    this.index += 1;
    if (this.deepBraces > 0) {
      this.deepBraces -= 1;
      return;
    }
    if (!this.frames.some((f) => f.braced)) {
      this.add(text('}'));
      return;
    }
    while (!this.top().braced) this.close(true);
    this.close(true);
  }

  /**
   * Open a frame. A style inside the same style keeps its kind until the
   * outer one closes (closedNodes takes it in then): an outer one that never
   * closes is dropped, and the inner one, closed, keeps its style.
   */
  private open(kind: FrameKind, opener: string, braced: boolean, url?: string): void {
    this.frames.push({ kind, children: [], opener, braced, tex: kind !== 'group', ...(url === undefined ? {} : { url }) });
  }

  /** Close the innermost frame into its parent: `closed` by its `}`, or left open at the end of the block. */
  private close(closed: boolean): void {
    const frame = this.frames.pop()!;
    const parent = this.top();
    if (frame.kind !== 'group' || frame.tex) parent.tex = true;
    const unclosed = !closed && frame.braced && frame.kind !== 'group';
    if (unclosed) this.notes.add(`dropped the unclosed \`${frame.opener}\``);
    // A command whose brace never closes is dropped and its text kept as it is; a footnote's stays apart from the word
    // it was attached to (`concepts\footnote{A concept` is not `conceptsA concept`).
    const nodes = unclosed ? (frame.kind === 'footnote' ? [text(' '), ...frame.children] : frame.children) : frame.kind === 'group' ? this.groupNodes(frame, closed) : closedNodes(frame);
    for (const node of nodes) this.add(node);
  }

  /**
   * What a brace group leaves in its parent. A TeX group's braces go (TeX
   * prints none), also one that never closes but starts TeX (`{$x$ and
   * more`, said in a note); a brace that never closes before plain text
   * was no group, and stays the character it is (`the set { of indices and
   * \emph{closed} sets`). In a TeX group, the words of spacing commands whose
   * backslash the page dropped (`raise.17ex`) go too, each said in a note.
   */
  private groupNodes(frame: Frame, closed: boolean): PhrasingContent[] {
    const { children } = frame;
    if (!(frame.tex && (closed || children[0]?.type !== 'text'))) return [text('{'), ...children, ...(closed ? [text('}')] : [])];
    if (!closed) this.notes.add('dropped the unclosed `{`');
    return children.map((c) => {
      if (c.type !== 'text') return c;
      return text(
        c.value.replace(STRIPPED_SPACING, (word) => {
          this.notes.add(`removed \`${word}\` (a spacing command the page printed without its backslash)`);
          return '';
        }),
      );
    });
  }

  private keepLiteral(command: string, end: number): boolean {
    this.literal.add(command);
    return this.emit(text(command), end);
  }

  private emitMath(value: string, end: number): boolean {
    return this.emit(this.mode === 'title' ? text(this.source.slice(this.index, end)) : math(value), end);
  }

  private emit(node: PhrasingContent | undefined, end: number): boolean {
    if (node !== undefined) this.add(node);
    this.index = end;
    return true;
  }

  private add(node: PhrasingContent): void {
    append(this.top().children, node);
  }

  private top(): Frame {
    return this.frames.at(-1)!;
  }

  /** The next index at or after `from` where `needle` starts, or -1. Positions are found once per needle and walked forward only. */
  private nextOf(needle: string, from: number): number {
    let found = this.closers.get(needle);
    if (found === undefined) {
      const positions: number[] = [];
      for (let at = this.source.indexOf(needle); at !== -1; at = this.source.indexOf(needle, at + needle.length)) positions.push(at);
      found = { positions, next: 0 };
      this.closers.set(needle, found);
    }
    while (found.next < found.positions.length && found.positions[found.next]! < from) found.next += 1;
    return found.positions[found.next] ?? -1;
  }
}

/** What a frame other than a brace group leaves in its parent when it closes. */
function closedNodes(frame: Frame): PhrasingContent[] {
  const { children } = frame;
  switch (frame.kind) {
    case 'emphasis':
    case 'strong': {
      // Emphasis inside emphasis (or strong inside strong) means nothing more, and Markdown cannot write it.
      const inner = withoutStyle(children, frame.kind);
      return inner.length === 0 ? [] : [{ type: frame.kind, children: inner } as Emphasis | Strong];
    }
    case 'inlineCode': {
      const value = children.map(plainText).join('');
      return value === '' ? [] : [{ type: 'inlineCode', value } as InlineCode];
    }
    case 'footnote':
      return children.length === 0 ? [] : [text(' ('), ...children, text(')')];
    case 'drop':
      // A reference the reader does not have (said in a note when it opened).
      return [];
    case 'link':
      return children.length === 0 ? [] : [{ type: 'link', url: frame.url!, title: null, children } as Link];
    default:
      return children;
  }
}

/** `nodes` with every `kind` node inside them, at any depth, replaced by its children. */
function withoutStyle(nodes: readonly PhrasingContent[], kind: 'emphasis' | 'strong'): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === kind) for (const child of withoutStyle(node.children, kind)) append(out, child);
    else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') append(out, { ...node, children: withoutStyle(node.children, kind) } as PhrasingContent);
    else append(out, node);
  }
  return out;
}

/** Replace every formula KaTeX cannot read by its source as literal text, and report it. */
function checkFormulas(nodes: PhrasingContent[], literal: Set<string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'inlineMath' && !rendersWithKatex(node.value)) {
      literal.add(`$${node.value}$`);
      append(out, text(`$${node.value}$`));
    } else if ('children' in node) {
      append(out, { ...node, children: checkFormulas(node.children as PhrasingContent[], literal) } as PhrasingContent);
    } else {
      append(out, node);
    }
  }
  return out;
}

/** Whether KaTeX renders `tex` without an error (stack overflows on absurd nesting included). */
function rendersWithKatex(tex: string): boolean {
  try {
    katex.renderToString(tex, { throwOnError: true, strict: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Read an accent (`\'e`, `\c{c}`) or letter command (`\ss`, `\sim`) at `start`, if it is one. */
function readLetterCommand(source: string, start: number): { value: string; end: number } | undefined {
  if (source[start] !== '\\') return undefined;
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
  if (letter === undefined) return undefined;
  // TeX swallows the spaces after a control word, or an empty group: `\ss{}`.
  return { value: letter, end: source.startsWith('{}', end) ? end + 2 : /^[ \t]/.test(letter) ? end : skipSpaces(source, end) };
}

/** Read the letter an accent sits on: `e`, `{e}`, `\i`, `{\i}`; after a letter accent also ` e`. */
function readAccentBase(source: string, start: number, afterWord: boolean): { value: string; end: number } | undefined {
  const braced = /\{(?:(\p{L})|\\([ij]))\}/uy;
  braced.lastIndex = start;
  const group = braced.exec(source);
  if (group) return { value: group[1] ?? group[2] ?? '', end: braced.lastIndex };
  // A dotless i or j under an accent is only there to drop the dot; TeX swallows the spaces after it (`\'\i nt`).
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

/**
 * Drop sentence punctuation, footnote marks (src/text/url-end.ts) and unbalanced closing brackets from the end of
 * a URL, counting brackets once (a URL followed by thousands of `)` stays
 * linear).
 */
function trimUrl(url: string): string {
  let open = 0;
  let close = 0;
  let square = 0;
  let closeSquare = 0;
  for (const character of url) {
    if (character === '(') open += 1;
    else if (character === ')') close += 1;
    else if (character === '[') square += 1;
    else if (character === ']') closeSquare += 1;
  }
  let end = url.length;
  for (;;) {
    const last = url.charAt(end - 1);
    if (last === ')' && close > open) close -= 1;
    else if (last === ']' && closeSquare > square) closeSquare -= 1;
    else if (!URL_END_MARK.test(last)) return url.slice(0, end);
    end -= 1;
  }
}

/** Runs of spaces that commands left (`a \\ b`) folded to one, and none at the ends. */
function tidySpaces(nodes: PhrasingContent[]): PhrasingContent[] {
  for (const node of nodes) if (node.type === 'text') node.value = node.value.replace(/ {2,}/g, ' ');
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes.filter((n) => n.type !== 'text' || n.value !== '');
}

/** The index of the first non-space at or after `index`. */
function skipSpaces(source: string, index: number): number {
  let end = index;
  while (source[end] === ' ') end += 1;
  return end;
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
 * (`` `a``b` `` is one span), adjacent math (`$a$$b$` is one formula), and
 * adjacent emphasis or strong (`*a**b*` would not read back as two).
 */
function append(nodes: PhrasingContent[], node: PhrasingContent): void {
  const previous = nodes.at(-1);
  if (previous?.type === 'text' && node.type === 'text') previous.value += node.value;
  else if (previous?.type === 'inlineCode' && node.type === 'inlineCode') previous.value += node.value;
  // A space keeps `\alpha` and `b` from fusing into `\alphab`; TeX ignores it.
  else if (previous?.type === 'inlineMath' && node.type === 'inlineMath') previous.value += ` ${node.value}`;
  else if ((previous?.type === 'emphasis' || previous?.type === 'strong') && previous.type === node.type) for (const child of node.children) append(previous.children, child);
  else nodes.push(node);
}

function text(value: string): Text {
  return { type: 'text', value };
}

function math(value: string): InlineMath {
  return { type: 'inlineMath', value };
}
