import { load } from 'js-yaml';
import type { Nodes, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Node types that mean the MDX parser saw code or JSX where we wrote text. */
export const MDX_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/**
 * Parse MDX the way Astro does and return the frontmatter YAML and body nodes,
 * without positions and without the `data` remark-math adds for rehype.
 */
export function readBack(mdx: string): { yaml: unknown; body: RootContent[]; types: Set<string> } {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkMath).parse(mdx);
  const types = new Set<string>();
  const strip = (node: Nodes): void => {
    types.add(node.type);
    delete node.position;
    delete node.data;
    if ('children' in node) node.children.forEach(strip);
  };
  strip(tree);
  const [head, ...body] = tree.children;
  return { yaml: head?.type === 'yaml' ? load(head.value) : undefined, body, types };
}
