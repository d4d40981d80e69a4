/**
 * The text of a saved listing, whatever the browser saved. "Save as text"
 * gives the listing's text; "Save as web page, HTML only" gives its markup,
 * which is read as a browser reads it (the page's `innerText`: no markup,
 * scripts or styles, blocks on lines of their own, entities decoded) less
 * the page's controls and its own header and footer, formulas as their TeX, with
 * each line of that text tied to the line of the HTML it came from, so
 * problems name a line the user can open. Formats that are not a listing
 * page (a web archive, JSON from an API) are refused with what to save
 * instead, rather than read as titles and abstracts.
 */
import path from 'node:path';
import type { Element, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { cleanLine } from '../../src/text/normalize.ts';

/**
 * A dump's listing text, with how to find a line of it in the file and, for
 * a page saved as HTML, the texts of its headings (see headingProblems); or
 * why it has none (a reason and, when known, the 1-based line).
 */
export type DumpText =
  | { text: string; format: 'text' | 'html'; sourceLine?: (line: number) => number; headings?: Headings }
  | { line?: number; reason: string };

/** File name extensions of a page saved as HTML. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** A document that starts (after comments such as `<!-- saved from url=… -->`) with a doctype or `<html>`. */
const HTML_DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu;

/** A saved page's text, by its content; the file name only settles a markup fragment saved as `.html`. */
export function dumpText(text: string, file: string): DumpText {
  if (HTML_DOCUMENT.test(text) || (HTML_EXTENSIONS.has(path.extname(file).toLowerCase()) && /^\s*</u.test(text))) return htmlText(text);
  const refused = refusedFormat(text);
  return refused === undefined ? { text, format: 'text' } : { line: 1, reason: refused };
}

/** Why a text in a known format that is not a listing page is refused, if it is one. */
function refusedFormat(text: string): string | undefined {
  const head = text.slice(0, 4096);
  if (/^MIME-Version:/imu.test(head)) {
    return 'it is a MIME message (a web archive saved as "Webpage, Single File" (MHTML), or an e-mail), not a listing page; expected the Daily Papers page saved as text or as HTML ("Webpage, HTML only"): save it again in one of those';
  }
  if (/^\s*[[{]/u.test(text)) {
    try {
      JSON.parse(text);
      return 'it is JSON (data from an API?), not a listing page; expected the Daily Papers page saved as text or as HTML';
    } catch {
      // A listing whose first title starts with a bracket.
    }
  }
  return undefined;
}

/** Elements that are the page's controls, never a title or an abstract: their text is left out. */
const CONTROLS = new Set(['button', 'form', 'nav', 'select', 'summary', 'svg', 'textarea']);

/** An inline style that hides its element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;

/**
 * Whether `node` is part of the page's chrome or hidden: a control, hidden
 * from screen readers or by its inline style, or the page's own header or
 * footer (one outside any article). (Hidden by the `hidden` attribute, in a
 * template or a closed `<details>`, hast-util-to-text leaves it out itself.)
 */
function isChrome(node: RootContent, inArticle: boolean): boolean {
  if (node.type !== 'element') return false;
  if (CONTROLS.has(node.tagName) || node.properties.ariaHidden === 'true') return true;
  if (typeof node.properties.style === 'string' && HIDDEN_STYLE.test(node.properties.style)) return true;
  return !inArticle && (node.tagName === 'header' || node.tagName === 'footer');
}

/** The TeX source a MathML formula carries (KaTeX writes it as an annotation), if any. */
function texOf(math: Element): string | undefined {
  for (const child of math.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'annotation' && child.properties.encoding === 'application/x-tex') return toText(child, { whitespace: 'pre' }).trim();
    const found = texOf(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads `parent` as its text should be read, in place: removes the page's
 * chrome (isChrome), and gives a formula as its TeX, `\(…\)` or `\[…\]`, as
 * a text dump has it (a browser shows KaTeX's rendering, which is
 * `aria-hidden`, and would otherwise read out the MathML and its source after it).
 */
function readable(parent: Root | Element, inArticle = false): void {
  parent.children = parent.children.filter((child) => !isChrome(child, inArticle));
  // A closed <details> shows only its summary, a control.
  if (parent.type === 'element' && parent.tagName === 'details' && parent.properties.open !== true) parent.children = [];
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    const tex = child.tagName === 'math' ? texOf(child) : undefined;
    if (tex !== undefined) return { type: 'text', value: child.properties.display === 'block' ? `\\[${tex}\\]` : `\\(${tex}\\)` };
    readable(child, inArticle || child.tagName === 'article');
    return child;
  });
}

/** Marks where a line of the HTML starts in a text node: private-use characters around the line number, removed after. */
const MARK = /\uE000(\d+)\uE001/gu;

/** Marks the start of each line of `node`'s text that has any, with that line's number in the HTML. */
function markLines(node: Text): void {
  const start = node.position?.start.line;
  if (start === undefined) return;
  node.value = node.value
    .split('\n')
    .map((part, i) => part.replace(/^(\s*)(?=\S)/u, `$1\uE000${start + i}\uE001`))
    .join('\n');
}

/** A page's headings: each text (cleaned as a title is) with its levels (`h3`, or `heading` for `role="heading"`). */
export type Headings = ReadonlyMap<string, ReadonlySet<string>>;

/** A heading's level (h1-h6, or `heading` for `role="heading"`), where a page saved as HTML puts each paper's title. */
function headingLevel(node: Element): string | undefined {
  if (/^h[1-6]$/u.test(node.tagName)) return node.tagName;
  return node.properties.role === 'heading' ? 'heading' : undefined;
}

/** Deeper than this, the HTML parser's recursion would overflow the stack: no saved listing page nests so deep. */
const MAX_DEPTH = 500;

/** How deeply `html`'s elements nest, as far as start and end tags tell (an upper bound for unclosed ones). */
function nesting(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/gu)) {
    if (/^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/iu.test(tag[2]!) || tag[3] === '/') continue;
    depth = Math.max(0, depth + (tag[1] === '/' ? -1 : 1));
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * The page's text as a browser renders it, each line tied to the HTML line
 * its first text came from (a line with none, such as a blank line between
 * blocks, to the last line before it), and the texts of its headings.
 */
function htmlText(html: string): DumpText {
  if (nesting(html) > MAX_DEPTH) {
    return { line: 1, reason: `its markup nests more than ${MAX_DEPTH} elements deep, which no listing page does; expected the Daily Papers page saved as text or as HTML` };
  }
  const tree: Root = fromHtml(html);
  readable(tree);
  const headings = new Map<string, Set<string>>();
  visit(tree, 'element', (node: Element) => {
    const level = headingLevel(node);
    if (level === undefined) return;
    const text = cleanLine(toText(node)).text;
    headings.set(text, (headings.get(text) ?? new Set()).add(level));
  });
  visit(tree, 'text', markLines);
  const lines: string[] = [];
  const sources: number[] = [];
  let last = 1;
  for (const marked of toText(tree).split('\n')) {
    const first = new RegExp(MARK.source, 'u').exec(marked);
    if (first) last = Number(first[1]);
    sources.push(last);
    lines.push(marked.replace(MARK, ''));
  }
  const text = lines.join('\n');
  if (HTML_DOCUMENT.test(text)) {
    return { line: 1, reason: 'it is the source of a page (saved from "view source"), not the page; expected the Daily Papers page saved as text or as HTML' };
  }
  return { text, format: 'html', sourceLine: (line) => sources[line - 1] ?? last, headings };
}

/**
 * A page saved as HTML puts each paper's title in a heading, every one of
 * the same level, and its abstract in the text after it. A title that is not
 * such a heading, or an abstract that is a heading, means the page's text did
 * not pair up as a listing's does (counts, author lines or links between the
 * papers, a page heading read as a paper): stopping there keeps invented
 * papers, which would get permanent URLs, out of the archive.
 */
export function headingProblems(entries: ReadonlyArray<{ title: string; abstract: string; line: number; abstractLine: number }>, headings: Headings, file: string): Problem[] {
  const advice = 'in a page saved as HTML, each title is expected to be a heading like the others and its abstract the text after it; this page does not read that way (it may show counts, authors or links between the papers): save the page as text instead';
  const votes = new Map<string, number>();
  for (const entry of entries) for (const level of headings.get(entry.title) ?? []) votes.set(level, (votes.get(level) ?? 0) + 1);
  const level = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const levels = headings.get(entry.title);
    if (levels === undefined) problems.push(problemAt(file, entry.line, `read ${quote(entry.title)} as a title, but it is not a heading of the page: ${advice}`));
    else if (level !== undefined && !levels.has(level)) problems.push(problemAt(file, entry.line, `read ${quote(entry.title)} as a title, but it is a heading of another level (${[...levels].join(', ')}) than the other titles (${level}): ${advice}`));
    else if (headings.has(entry.abstract)) problems.push(problemAt(file, entry.abstractLine, `read the heading ${quote(entry.abstract)} as the abstract of ${quote(entry.title)}: ${advice}`));
  }
  return problems;
}
