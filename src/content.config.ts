import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema } from './schemas/paper.ts';
import { contentDir } from './lib/content-dir.ts';

/** Paper entries written by `npm run ingest`, one MDX file each. */
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/papers` }),
  schema: paperSchema,
});

export const collections = { papers };
