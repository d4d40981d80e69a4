import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { URL_END_MARK } from '../text/url-end.ts';

/** A web address in an abstract's text, as the ingest links it (scripts/lib/abstract-to-mdast.ts); its end is trimmed below. */
const ADDRESS = /https?:\/\/[^\s<>"{}|\\^`]+/g;

/**
 * The HTML an abstract of plain paragraphs renders to, made from its text
 * (paragraphs apart by a blank line): each paragraph a `<p>`, each web
 * address a link to itself, escaped as the renderer escapes
 * (hast-util-to-html, which rehype-stringify uses).
 *
 * Most abstracts are just that, so the papers loader stores no HTML for
 * them (`entryHtml` makes it again): the content store, read and written
 * whole on every build, is then 40 % smaller. The loader keeps an entry's
 * own HTML whenever this does not give it to the byte (formulas, emphasis,
 * an address the ingest read otherwise), so this need not know every rule
 * of the renderer; it must only be the same function when the store is
 * written and when it is read.
 */
export function textAbstractHtml(text: string): string {
  if (text === '') return '';
  const tree: Root = { type: 'root', children: [] };
  text.split('\n\n').forEach((paragraph, i) => {
    if (i > 0) tree.children.push({ type: 'text', value: '\n' });
    tree.children.push({ type: 'element', tagName: 'p', properties: {}, children: withLinks(paragraph) });
  });
  return toHtml(tree);
}

/** An entry as the papers loader stores it: HTML left empty when it is `textAbstractHtml` of the text. */
export interface StoredHtmlEntry {
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * An entry's abstract as HTML, as its page shows it: the HTML the loader
 * stored, or, when it stored none (`html: ''` for an abstract of plain
 * paragraphs), `textAbstractHtml` of its stored text.
 */
export function entryHtml(entry: StoredHtmlEntry, text: string): string {
  const html = entry.rendered?.html ?? '';
  return html === '' ? textAbstractHtml(text) : html;
}

function withLinks(paragraph: string): ElementContent[] {
  const children: ElementContent[] = [];
  let at = 0;
  for (const match of paragraph.matchAll(ADDRESS)) {
    if (match.index > 0 && /[\p{L}\p{N}]/u.test(paragraph.charAt(match.index - 1))) continue;
    const url = trimAddress(match[0]);
    if (!/^https?:\/\/./.test(url)) continue;
    if (match.index > at) children.push({ type: 'text', value: paragraph.slice(at, match.index) });
    children.push({ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] });
    at = match.index + url.length;
  }
  if (at < paragraph.length) children.push({ type: 'text', value: paragraph.slice(at) });
  return children;
}

/** An address without the punctuation or marks after it (src/text/url-end.ts), and without a closing bracket it does not open. */
function trimAddress(url: string): string {
  let end = url.length;
  const count = (c: string, upTo: number) => url.slice(0, upTo).split(c).length - 1;
  for (;;) {
    const last = url.charAt(end - 1);
    if (end > 0 && URL_END_MARK.test(last)) end -= 1;
    else if (last === ')' && count(')', end) > count('(', end)) end -= 1;
    else if (last === ']' && count(']', end) > count('[', end)) end -= 1;
    else return url.slice(0, end);
  }
}
