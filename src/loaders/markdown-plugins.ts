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

/**
 * KaTeX at build time: HTML for the eye plus MathML for screen readers; a bad
 * formula shows as its source, never fails the build. Abstracts come from
 * pages saved off the web, so nothing in them is trusted: sizes are capped
 * (`\rule{3000em}{2em}` draws 10em, not a 40,000-pixel page), macro expansion
 * is bounded, commands that make links or load files (`\href`, `\url`,
 * `\includegraphics`) stay off, and LaTeX-incompatible input renders without a
 * warning in the build log per formula. Errors take the theme's error colour
 * (`--math-error` in global.css), readable in light and dark.
 */
export const katexOptions = {
  throwOnError: false,
  output: 'htmlAndMathml',
  /** Largest size a formula may ask for (`\rule`, `\kern`, `\hspace`, `\raisebox`), in em. */
  maxSize: 10,
  /** Most macro expansions per formula; a macro bomb stops here and shows as an error. KaTeX's own default, made explicit. */
  maxExpand: 1000,
  trust: false,
  strict: 'ignore',
  errorColor: 'var(--math-error)',
} as const;

export const rehypePlugins: RehypePlugins = [[rehypeKatex, katexOptions], rehypePagefindIgnoreMath];
