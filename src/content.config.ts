import { defineCollection } from 'astro:content';
import { paperSchema } from './format/paper-schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { papersLoader } from './loaders/papers-loader.ts';

/** Paper entries written by `npm run ingest`, one MDX file each. */
const papers = defineCollection({
  loader: papersLoader({ dir: `${contentDir()}/papers` }),
  schema: paperSchema,
});

export const collections = { papers };
