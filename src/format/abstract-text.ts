import type { Root, RootContent } from 'mdast';
import { decodeHTML } from 'entities';
import { parseBody } from './entry.ts';
import { formulaText } from './formula-text.ts';

/** An abstract as plain text, read from its MDX source. */
export interface AbstractText {
  /**
   * The text with inline math written back as `$tex$`: what the entry says,
   * unescaped. For machines that read the TeX (`citation_abstract`, as
   * arXiv's pages give it and reference managers keep it), topic terms and
   * the search's extra words.
   */
  text: string;
  /** The text with every formula written as plain text (`O(n²)`, formula-text.ts): for readers of text (descriptions, card leads, feed summaries). */
  plain: string;
  /** The text with math left out, for similarity and search snippets. */
  prose: string;
  /** Whether the abstract contains math (so the page needs KaTeX's stylesheet). */
  hasMath: boolean;
}

/**
 * Reads an entry body (MDX, as written by the ingest) into plain text.
 *
 * Parsing with the same syntax extensions as the site means escapes such as
 * `\{` come back as the characters the author wrote.
 */
export function abstractText(mdx: string): AbstractText {
  return abstractTextOf(parseBody(mdx));
}

/** {@link abstractText} of a body already parsed (with `parseBody`), so a build parses each body once. */
export function abstractTextOf(tree: Root): AbstractText {
  let hasMath = false;
  const paragraphs: Array<Record<'text' | 'plain' | 'prose', string>> = [];
  for (const block of tree.children) {
    const parts = flatten(block, () => (hasMath = true));
    paragraphs.push(parts);
  }
  const join = (key: 'text' | 'plain' | 'prose') =>
    paragraphs
      .map((p) => p[key].replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  return { text: join('text'), plain: join('plain'), prose: join('prose'), hasMath };
}

function flatten(node: RootContent, onMath: () => void): Record<'text' | 'plain' | 'prose', string> {
  if (node.type === 'inlineMath' || node.type === 'math') {
    onMath();
    return { text: `$${node.value}$`, plain: formulaText(node.value), prose: ' ' };
  }
  if ('value' in node && typeof node.value === 'string') return { text: node.value, plain: node.value, prose: node.value };
  if ('children' in node) {
    let text = '';
    let plain = '';
    let prose = '';
    for (const child of node.children as RootContent[]) {
      const part = flatten(child, onMath);
      text += part.text;
      plain += part.plain;
      prose += part.prose;
    }
    return { text, plain, prose };
  }
  return { text: '', plain: '', prose: '' };
}

/**
 * An abstract as the content layer stores it beside the rendered HTML: the
 * text only when the HTML does not already say it (see {@link textOfHtml}),
 * the plain text and the prose only when they differ from the text (when
 * there is math). The content layer is held, read, written and compared
 * whole on every build, and without math the text is the HTML's text, and
 * the plain text and the prose are the text again: storing the text beside
 * the HTML made the store at 10,000 papers 42 MB instead of 25 MB.
 */
export type StoredAbstract = Pick<AbstractText, 'hasMath'> & { text?: string; plain?: string; prose?: string };

/**
 * The stored form of an abstract rendered as `html`. The HTML stands in for
 * the text only when reading it back gives the text exactly, so what is read
 * back is always what was stored.
 */
export function storedAbstract(abstract: AbstractText, html: string): StoredAbstract {
  const { text, plain, prose, hasMath } = abstract;
  return { ...(textOfHtml(html) === text ? {} : { text }), ...(plain === text ? {} : { plain }), ...(prose === text ? {} : { prose }), hasMath };
}

/**
 * Texts read back from HTML, by the stored abstract they stand for. In a
 * build the search records (in the content layer) and the pages read the
 * same stored entries (src/integrations/content-store-for-pages.ts) through
 * two module graphs, each with its own copy of this module: one map for the
 * process keeps one copy of each text (15 MB at 10,000 papers) for both.
 */
const textsRead = ((globalThis as Record<symbol, unknown>)[Symbol.for('folio:abstract-texts')] ??= new WeakMap<StoredAbstract, string>()) as WeakMap<StoredAbstract, string>;

/** An abstract read back from its stored form and the HTML stored with it. */
export function readStoredAbstract(stored: StoredAbstract, html: string): AbstractText {
  let text = stored.text ?? textsRead.get(stored);
  if (text === undefined) textsRead.set(stored, (text = textOfHtml(html)));
  return { text, plain: stored.plain ?? text, prose: stored.prose ?? text, hasMath: stored.hasMath };
}

/**
 * The text of rendered HTML as {@link abstractTextOf} writes it: tags left
 * out, character references decoded, each paragraph's white space collapsed
 * and paragraphs parted by a blank line. Math renders to markup that does not
 * read back as `$tex$`; {@link storedAbstract} then keeps the text.
 */
function textOfHtml(html: string): string {
  return html
    .split('</p>')
    // Runs of white space and single white space other than a space: a single space is left as it is, which is
    // most of them (a day's update reads back 10,000 abstracts; `/\s+/` replaced every space, at twice the cost).
    .map((paragraph) => decodeHTML(paragraph.replace(/<[^>]*>/g, '')).replace(/\s{2,}|[^\S ]/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * An entry's abstract as text: stored by the papers loader beside its HTML,
 * or read from its body (an entry left to the MDX compiler). The pages and
 * the search records read it here, so both have the same text.
 */
export function entryAbstract(entry: { rendered?: { html: string; metadata?: Record<string, unknown> }; body?: string }): AbstractText {
  const stored = entry.rendered?.metadata?.abstract as StoredAbstract | undefined;
  return stored && entry.rendered ? readStoredAbstract(stored, entry.rendered.html) : abstractText(entry.body ?? '');
}
