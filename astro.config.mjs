// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  markdown: {
    // Abstracts render exactly as ingested: no smart quotes or dashes, and no
    // GFM (the ingest already turns what needs it into explicit nodes).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { throwOnError: false, output: 'html' }]],
    }),
  },
  integrations: [mdx()],
});
