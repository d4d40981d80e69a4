import type { Root, Element } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

function textOf(node: Element | Root): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function classesOf(node: Element): string[] {
  const className: unknown = node.properties?.className;
  return Array.isArray(className) ? className.map(String) : typeof className === 'string' ? className.split(' ') : [];
}

/**
 * Keeps rendered KaTeX out of the search index but puts each formula's TeX
 * source in: the glyph soup of `.katex-html` and the MathML get
 * `data-pagefind-ignore`, and the `.katex` wrapper carries the source in a
 * `data-tex` attribute that Pagefind indexes (`data-pagefind-index-attrs`),
 * so `x'(t)` or `Ax(t)` can be found. The visible text of the page does not
 * change. Runs after rehype-katex.
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
      node.properties = { ...node.properties, ...(tex ? { dataPagefindIndexAttrs: 'data-tex', dataTex: tex } : {}) };
      return SKIP;
    });
  };
}
