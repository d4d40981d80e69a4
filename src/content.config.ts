import { defineCollection } from 'astro:content';
import { paperSchema } from './format/paper-schema.ts';
import { siteConfig } from './config.ts';
import { papersLoader } from './loaders/papers-loader.ts';

/** Paper entries written by `npm run ingest`, one MDX file each. */
const papers = defineCollection({
  loader: papersLoader({ dir: siteConfig.content.papers }),
  schema: paperSchema,
});

export const collections = { papers };
