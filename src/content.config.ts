import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro/content/config';
import { parseTaxonomy } from './format/taxonomy.ts';
import { z } from 'astro/zod';
import { siteConfig } from './config.ts';
import { topicSchema, type Taxonomy } from './format/taxonomy-schema.ts';
import { topicAliases } from './format/topic-aliases.ts';
import { paperSchema, slugSchema, topicIdSchema } from './format/paper-schema.ts';
import { papersLoader } from './loaders/papers-loader.ts';
import { taxonomyLoader } from './loaders/taxonomy-loader.ts';
import { manifestLoader, publishedPaperSlugs } from './loaders/manifest-loader.ts';
import { publishSearchRecords } from './integrations/search-records.ts';
import { paths } from './lib/urls.ts';
import { assertPapersOnShow, papersOnShow } from './lib/retired.ts';

/** The taxonomy (`topics.yaml`), one entry per topic. */
const topics = defineCollection({
  loader: taxonomyLoader(siteConfig.content.taxonomy),
  schema: topicSchema.extend({ order: z.number().int() }),
});

/** Every slug ever published (`published.json`), one entry per slug (the manifest itself is checked by its loader). */
const published = defineCollection({
  loader: manifestLoader(siteConfig.content.manifest),
  schema: z.object({ id: slugSchema }),
});

/** Every listing URL ever published (`published.json`), one entry per listing id, with the listing it is now. */
const publishedListings = defineCollection({
  loader: manifestLoader(siteConfig.content.manifest, 'listings'),
  schema: z.object({ id: slugSchema, to: slugSchema }),
});

/** Every topic URL ever published (`published.json`), one entry per topic id: each must stay a topic's id or alias. */
const publishedTopics = defineCollection({
  loader: manifestLoader(siteConfig.content.manifest, 'topics'),
  schema: z.object({ id: topicIdSchema }),
});

/** The taxonomy file's topics; none when it cannot be read, as the build then stops on it (the topics collection's loader reports why). */
function readTopics(file: string): Taxonomy['topics'] {
  try {
    return parseTaxonomy(readFileSync(file, 'utf8'), file).topics;
  } catch {
    return [];
  }
}

/** Topic names by id, from the taxonomy file (the search records name topics as the pages do). */
function topicNames(file: string): Map<string, string> {
  return new Map(readTopics(file).map((t) => [t.id, t.name]));
}

/** Paper entries written by `npm run ingest`, one MDX file each; the ingest validates them with the same schema. */
const papers = defineCollection({
  loader: papersLoader({
    dir: siteConfig.content.papers,
    // An entry that names a renamed topic's old id is filed under the topic it names now.
    topicAliases: () => topicAliases({ topics: readTopics(siteConfig.content.taxonomy) }),
    // What the two functions here read: in astro dev, an alias added to topics.yaml (the fix the build's message gives) reloads the entries.
    dependsOn: [siteConfig.content.taxonomy],
    // Read only for an entry whose slug is not its file name: a slug edited by hand is to be put back, not the URL moved.
    publishedSlugs: () => publishedPaperSlugs(siteConfig.content.manifest),
    // The search index is made from the loaded entries while the site builds (src/integrations/pagefind.ts).
    onLoaded: (loaded) => {
      const names = topicNames(siteConfig.content.taxonomy);
      // Only the papers on show: a retired paper's page answers its URL but is found by no search.
      assertPapersOnShow(siteConfig.content.papers, loaded);
      const onShow = papersOnShow(loaded);
      publishSearchRecords(
        onShow.map(({ slug, title, formerTitles, html, text, plain, topics, firstDay }) => ({
          url: `/${paths.paper(slug)}`,
          title,
          formerTitles,
          ...(html === undefined ? {} : { html }),
          text,
          plain,
          topics: topics.map((id) => ({ id, name: names.get(id) ?? id })),
          ...(firstDay === undefined ? {} : { firstDay }),
        })),
        loaded.length - onShow.length,
      );
    },
  }),
  // Topic ids, not Astro references: Astro would log one "Invalid content reference" per entry of a topic renamed without an alias,
  // before Folio's one message with the fix; src/data/archive.ts checks every entry's topics against topics.yaml itself.
  schema: paperSchema,
});

export const collections = { topics, published, publishedListings, publishedTopics, papers };
