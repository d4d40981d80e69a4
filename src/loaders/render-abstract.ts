import type { Root } from 'mdast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit, EXIT } from 'unist-util-visit';
import { katexOptions } from './markdown-plugins.ts';
import { rehypePagefindIgnoreMath } from './rehype-pagefind-ignore-math.ts';

/** Node types only MDX has: a body with any of them needs MDX's compiler. */
const MDX_ONLY = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** The same rehype side as Astro's MDX pipeline for abstracts. */
const toHtml = unified().use(remarkRehype).use(rehypeKatex, katexOptions).use(rehypePagefindIgnoreMath).use(rehypeStringify).freeze();

/** Whether a parsed body uses anything only MDX can render: JSX, expressions, import / export. */
export function usesMdxFeatures(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (MDX_ONLY.has(node.type)) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

/**
 * Render a body that uses no MDX features to HTML: math by KaTeX, text
 * escaped. Ingested abstracts are all of this kind, so they skip compiling
 * one JavaScript module per entry, which is where an MDX site's build time
 * and memory go.
 */
export async function renderPlainBody(tree: Root): Promise<string> {
  const hast = await toHtml.run(tree);
  return toHtml.stringify(hast);
}
