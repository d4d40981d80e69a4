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

/** A dump's listing text, with how to find a line of it in the file; or why it has none (a reason and, when known, the 1-based line). */
export type DumpText = { text: string; format: 'text' | 'html'; sourceLine?: (line: number) => number } | { line?: number; reason: string };

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
  if (/^MIME-Version:/imu.test(head) && /multipart\/related/iu.test(head)) {
    return 'it is a web archive (MHTML, "Webpage, Single File"), not a listing page; expected the Daily Papers page saved as text or as HTML ("Webpage, HTML only"): save it again in one of those';
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
const CONTROLS = new Set(['button', 'form', 'nav', 'select', 'svg', 'textarea']);

/** Whether `node` is part of the page's chrome: a control, hidden from screen readers, or the page's own header or footer (one outside any article). */
function isChrome(node: RootContent, inArticle: boolean): boolean {
  if (node.type !== 'element') return false;
  if (CONTROLS.has(node.tagName) || node.properties.ariaHidden === 'true') return true;
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
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    const tex = child.tagName === 'math' ? texOf(child) : undefined;
    if (tex !== undefined) return { type: 'text', value: child.properties.display === 'block' ? `\\[${tex}\\]` : `\\(${tex}\\)` };
    readable(child, inArticle || child.tagName === 'article');
    return child;
  });
}

/** Marks a text node's first line in the HTML: private-use characters around the line number, removed after. */
const MARK = /\uE000(\d+)\uE001/gu;

/**
 * The page's text as a browser renders it, each line tied to the HTML line
 * its first text came from (a line with none, such as a blank line between
 * blocks, to the last line before it).
 */
function htmlText(html: string): DumpText {
  const tree: Root = fromHtml(html);
  readable(tree);
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.line;
    const lead = /^\s*/u.exec(node.value)![0];
    if (start === undefined || lead.length === node.value.length) return;
    const line = start + (lead.match(/\n/gu)?.length ?? 0);
    node.value = `${lead}\uE000${line}\uE001${node.value.slice(lead.length)}`;
  });
  const lines: string[] = [];
  const sources: number[] = [];
  let last = 1;
  for (const marked of toText(tree).split('\n')) {
    const first = new RegExp(MARK.source, 'u').exec(marked);
    if (first) last = Number(first[1]);
    sources.push(last);
    lines.push(marked.replace(MARK, ''));
  }
  return { text: lines.join('\n'), format: 'html', sourceLine: (line) => sources[line - 1] ?? last };
}
