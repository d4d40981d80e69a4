import { getCollection, type CollectionEntry } from 'astro:content';
import type { Topic } from '../format/taxonomy-schema.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../format/topic-terms.ts';
import { problemAt, ProblemsError } from '../format/problem.ts';
import { siteConfig, type SiteConfig } from '../config.ts';
import type { Urls } from '../lib/urls.ts';
import { abstractText, type AbstractText } from '../format/abstract-text.ts';
import { groupByListing, groupByTopic, byTitle, type Listing, type PaperSummary, type TopicGroup } from '../lib/group-papers.ts';
import { relatedPapers, type RelatedPaper } from '../lib/related.ts';
import { planPaperRoutes, type PaperRoute } from '../lib/permalinks.ts';

/** A paper with everything its pages need, computed once per build. */
export interface ArchivePaper extends PaperSummary {
  entry: CollectionEntry<'papers'>;
  aliases: string[];
  abstract: AbstractText;
}

/** The whole archive, loaded and cross-referenced once per build. */
export interface Archive {
  config: SiteConfig;
  urls: Urls;
  /** All papers, A–Z by title. */
  papers: ArchivePaper[];
  bySlug: Map<string, ArchivePaper>;
  topics: TopicGroup<ArchivePaper>[];
  topicById: Map<string, Topic>;
  /** The taxonomy's terms, compiled once, to explain why a paper is filed under a topic. */
  compiledTaxonomy: CompiledTaxonomy;
  /** Listings, newest first. */
  listings: Listing<ArchivePaper>[];
  listingById: Map<string, Listing<ArchivePaper>>;
  related: Map<string, RelatedPaper[]>;
  /** Every `/papers/<slug>/` URL: pages and alias redirects. */
  routes: PaperRoute[];
}

let cached: Promise<Archive> | undefined;

/** Loads the archive (memoised: every page of a build shares one copy). */
export function getArchive(): Promise<Archive> {
  cached ??= loadArchive();
  return cached;
}

async function loadArchive(): Promise<Archive> {
  const config = siteConfig;
  const taxonomy = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order).map(({ data: { order: _, ...topic } }) => topic);
  const published = (await getCollection('published')).map((entry) => entry.id);
  const entries = await getCollection('papers');

  const papers = byTitle(
    entries.map((entry): ArchivePaper => ({
      entry,
      slug: entry.data.slug,
      title: entry.data.title,
      topics: entry.data.topics.map((topic) => topic.id),
      keywords: entry.data.keywords,
      listings: entry.data.listings,
      aliases: entry.data.aliases,
      // Read by the loader from the tree it rendered; an entry compiled by MDX is read here.
      abstract: (entry.rendered?.metadata?.abstract as AbstractText | undefined) ?? abstractText(entry.body ?? ''),
    })),
  );

  const topicById = new Map(taxonomy.map((t) => [t.id, t]));
  const unknown = papers.flatMap((p) =>
    p.topics
      .filter((t) => !topicById.has(t))
      .map((t) => problemAt(p.entry.filePath ?? p.slug, undefined, `topic \`${t}\` is not in topics.yaml (expected one of ${taxonomy.map((x) => `\`${x.id}\``).join(', ')})`)),
  );
  // Astro only logs a dangling reference; a paper filed under a topic that has no page must stop the build.
  if (unknown.length > 0) throw new ProblemsError(unknown, { heading: 'Papers name unknown topics:' });

  const routes = planPaperRoutes(
    papers.map((p) => ({ slug: p.slug, aliases: p.aliases, file: p.entry.filePath })),
    published,
    config.content.manifest,
  );
  const listings = groupByListing(papers);
  return {
    config,
    urls: config.urls,
    papers,
    bySlug: new Map(papers.map((p) => [p.slug, p])),
    topics: groupByTopic(papers, taxonomy),
    topicById,
    compiledTaxonomy: compileTaxonomy({ topics: taxonomy }),
    listings,
    listingById: new Map(listings.map((l) => [l.id, l])),
    related: relatedPapers(papers.map((p) => ({ slug: p.slug, title: p.title, text: p.abstract.prose }))),
    routes,
  };
}
