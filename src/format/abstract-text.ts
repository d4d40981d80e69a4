import type { Root, RootContent } from 'mdast';
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
 * plain text and the prose only when they differ from the text (when there
 * is math). Every stored byte is held by the build for every paper, and
 * without math both are the text again.
 */
export type StoredAbstract = Omit<AbstractText, 'prose' | 'plain'> & { plain?: string; prose?: string };

/** The stored form of an abstract (see {@link StoredAbstract}). */
export function storedAbstract(abstract: AbstractText): StoredAbstract {
  const { text, plain, prose, hasMath } = abstract;
  return { text, ...(plain === text ? {} : { plain }), ...(prose === text ? {} : { prose }), hasMath };
}

/** An abstract read back from its stored form. */
export function readStoredAbstract(stored: StoredAbstract): AbstractText {
  return { text: stored.text, plain: stored.plain ?? stored.text, prose: stored.prose ?? stored.text, hasMath: stored.hasMath };
}

/**
 * An entry's abstract as text: stored by the papers loader beside its HTML,
 * or read from its body (an entry left to the MDX compiler). The pages and
 * the search records read it here, so both have the same text.
 */
export function entryAbstract(entry: { rendered?: { metadata?: Record<string, unknown> }; body?: string }): AbstractText {
  const stored = entry.rendered?.metadata?.abstract as StoredAbstract | undefined;
  return stored ? readStoredAbstract(stored) : abstractText(entry.body ?? '');
}
