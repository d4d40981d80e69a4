import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypePagefindIgnoreMath } from './rehype-pagefind-ignore-math.ts';

/**
 * The remark and rehype plugins every abstract is rendered with, shared by
 * Astro's MDX pipeline (`astro.config.mjs`) and the fast path that renders
 * plain abstracts in the content layer (`abstract-html.ts`), so both give the
 * same HTML.
 */
export const remarkPlugins: RemarkPlugins = [remarkMath];

/** KaTeX at build time: HTML for the eye plus MathML for screen readers; a bad formula shows as its source, never fails the build. */
export const katexOptions = { throwOnError: false, output: 'htmlAndMathml' } as const;

export const rehypePlugins: RehypePlugins = [[rehypeKatex, katexOptions], rehypePagefindIgnoreMath];
