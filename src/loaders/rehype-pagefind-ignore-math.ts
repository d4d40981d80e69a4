import type { Root, Element } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { indexedFormula } from '../lib/search-meta.ts';

function textOf(node: Element | Root): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function classesOf(node: Element): string[] {
  const className: unknown = node.properties?.className;
  return Array.isArray(className) ? className.map(String) : typeof className === 'string' ? className.split(' ') : [];
}

/**
 * Keeps rendered KaTeX out of the search index but puts each formula in as
 * plain text: the glyph soup of `.katex-html` and the MathML get
 * `data-pagefind-ignore`, and the `.katex` wrapper carries the formula's
 * plain text (`O(n²)`, `Rᵈ`; search-meta.ts indexedFormula, from its TeX
 * source) in a `data-formula-text` attribute that Pagefind indexes
 * (`data-pagefind-index-attrs`), so search excerpts, made of the indexed
 * text, read as card leads do, never as TeX (the TeX's words go in as the
 * page's extra words, search-meta.ts texWords); with a space after it, so
 * that Pagefind ends no sentence there. The copy of a selection takes the
 * same text (src/browser/copy-formulas.ts). The visible text of the page
 * does not change. Runs after rehype-katex.
 */
export function rehypePagefindIgnoreMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!classesOf(node).includes('katex')) return undefined;
      let tex = '';
      visit(node, 'element', (child: Element) => {
        if (child.tagName === 'annotation' && child.properties?.encoding === 'application/x-tex') tex = textOf(child);
      });
      for (const child of node.children) {
        if (child.type === 'element') child.properties = { ...child.properties, dataPagefindIgnore: '' };
      }
      // A space after the text: Pagefind puts a full stop after an indexed attribute that ends in a letter, a digit or a
      // bracket, which excerpts would show inside the sentence (`O(n^2). to`); a space it does not, and the text it indexes folds it.
      node.properties = { ...node.properties, ...(tex ? { dataPagefindIndexAttrs: 'data-formula-text', dataFormulaText: `${indexedFormula(tex)} ` } : {}) };
      return SKIP;
    });
  };
}
