import { toString } from 'mdast-util-to-string';
import { paperSchema, type Appearance, type Paper } from '../../src/format/paper-schema.ts';
import { describeIssues } from '../../src/format/describe-issues.ts';
import { FALLBACK_TOPIC, type Taxonomy } from '../../src/format/taxonomy-schema.ts';
import type { Manifest } from '../../src/format/manifest-schema.ts';
import { abstractToMdast } from './abstract-to-mdast.ts';
import { entryBody, parseBody, serializeBody, serializeEntry } from '../../src/format/entry.ts';
import { classifyTopics } from './classify-topics.ts';
import { compileTaxonomy } from '../../src/format/topic-terms.ts';
import { extractKeywords } from './extract-keywords.ts';
import { assignSlug } from './assign-slug.ts';
import { chooseAbstract, type Listing, type MergedPaper } from './merge-papers.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { paperKey } from '../../src/format/paper-key.ts';
import { problemAt, quote, restoreProblem, storeProblem, type Problem } from '../../src/format/problem.ts';
import { fingerprint, hashText, type CacheRecord } from './ingest-cache.ts';

/** An entry already in the content folder. */
export interface ExistingEntry {
  /** Path of the file, for messages. */
  path: string;
  /** The validated frontmatter. */
  data: Paper;
  /** The file's full text, to tell whether a rewrite changes anything. */
  text: string;
  /** `hashText(text)`. */
  hash: string;
}

/** A file the ingest will write: `papers/<slug>.mdx`. */
export interface PlannedEntry {
  slug: string;
  text: string;
  status: 'new' | 'updated' | 'unchanged';
}

/** Everything an ingest run decided, before anything touches the disk. */
export interface IngestPlan {
  entries: PlannedEntry[];
  manifest: Manifest;
  /** The memo for the next run: every entry planned now, and untouched earlier ones. */
  cache: Map<string, CacheRecord>;
  errors: Problem[];
  warnings: Problem[];
}

/** What the plan is made from; all of it already read from disk. */
export interface IngestInput {
  listings: readonly Listing[];
  papers: readonly MergedPaper[];
  existing: readonly ExistingEntry[];
  manifest: Manifest;
  taxonomy: Taxonomy;
  /** Where the manifest lives, for messages. */
  manifestPath: string;
  /** What the last run wrote, by slug; an empty map plans everything afresh. */
  cache?: ReadonlyMap<string, CacheRecord>;
  /** Identifies the ingest code and taxonomy; a change invalidates the cache. */
  version?: string;
}

/** The note at the top of `published.json`. */
export const MANIFEST_COMMENT =
  'Every paper URL Folio has published: /papers/<slug>/. The ingest only adds to this file; the site build fails if a slug here has neither a page nor a redirect. Commit it.';

/**
 * Decide every entry an ingest writes: slugs (kept from the manifest or an
 * existing entry, otherwise assigned), topics (assigned, plus any written by
 * hand), keywords, listings (merged with earlier ones) and the MDX text,
 * each validated against the paper schema. Pure: the caller reads and writes.
 */
export function planIngest(input: IngestInput): IngestPlan {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const compiled = compileTaxonomy(input.taxonomy);
  const topicIds = new Set(input.taxonomy.topics.map((t) => t.id));

  const slugByKey = new Map<string, string>();
  for (const [slug, { key }] of Object.entries(input.manifest.papers)) slugByKey.set(key, slug);
  const existingBySlug = new Map<string, ExistingEntry>();
  // An entry on disk wins over the manifest: its slug may have been changed by
  // hand (the old one kept as an alias), and the paper must not come back
  // under the old slug.
  for (const entry of input.existing) {
    existingBySlug.set(entry.data.slug, entry);
    slugByKey.set(paperKey(entry.data.title), entry.data.slug);
    // Its earlier slugs too: the paper was published under them with the
    // title it had then, which may since have been edited.
    for (const alias of entry.data.aliases) {
      const published = input.manifest.papers[alias];
      if (published !== undefined) slugByKey.set(published.key, entry.data.slug);
    }
  }

  errors.push(...listingIdClashes(input.listings, input.existing));
  const ingestedListings = new Set(input.listings.map((l) => l.id));
  const manifest: Manifest = { comment: MANIFEST_COMMENT, papers: { ...input.manifest.papers } };
  const claimedBy = new Map<string, MergedPaper>();
  const entries: PlannedEntry[] = [];
  const cache = new Map<string, CacheRecord>();
  const previous = input.cache ?? new Map<string, CacheRecord>();
  const listingIds = [...ingestedListings].sort(compareStrings);

  for (const paper of input.papers) {
    const slug = slugByKey.get(paper.key) ?? assignSlug(paper.title);
    const rival = claimedBy.get(slug);
    const published = manifest.papers[slug];
    if (rival !== undefined || (published !== undefined && published.key !== paper.key)) {
      const other = rival?.title ?? published!.title;
      const at = paper.sightings[0]!;
      errors.push(problemAt(at.path, at.line, `${quote(paper.title)} would take the slug ${quote(slug)}, which belongs to ${quote(other)}; expected every paper to have its own slug (rename one of them in ${input.manifestPath})`));
      continue;
    }
    claimedBy.set(slug, paper);

    const existing = existingBySlug.get(slug);
    // The entry is a function of these inputs and the file as it stands. If the
    // inputs are those of the last run and the file is exactly what that run
    // wrote, planning again would give that file back (an ingest is
    // idempotent; the tests check it), so it is reused as is.
    const print = fingerprint([input.version ?? '', listingIds, paper.title, paper.abstract, paper.appearances, paper.sightings.map((s) => [s.path, s.line])]);
    const memo = previous.get(slug);
    if (existing !== undefined && memo !== undefined && memo.fingerprint === print && memo.hash === existing.hash) {
      entries.push({ slug, text: existing.text, status: 'unchanged' });
      warnings.push(...memo.warnings.map(restoreProblem));
      cache.set(slug, memo);
      manifest.papers[slug] ??= { title: memo.data.title, key: paper.key };
      continue;
    }

    const paperWarnings: Problem[] = [];
    const kept = paper.sightings.find((s) => s.abstract === paper.abstract)!;
    // A body still as the ingest wrote it is remade from its abstract (so a
    // fixed converter reaches old entries); across runs, as within one, the
    // longest abstract wins. A body edited by hand is kept as it is.
    const writtenBody = existing === undefined ? undefined : entryBody(existing.text);
    const untouched = writtenBody !== undefined && memo?.bodyHash !== undefined && memo.bodyHash === hashText(writtenBody);
    const abstract = untouched && memo?.abstract !== undefined ? chooseAbstract([memo.abstract, paper.abstract]) : paper.abstract;
    if (untouched && memo?.abstract !== undefined && memo.abstract !== paper.abstract) {
      paperWarnings.push(problemAt(kept.path, kept.abstractLine, `gives a different abstract for ${quote(paper.title)} than an earlier ingest did; kept the ${abstract === paper.abstract ? 'one here' : 'earlier one'}, the longest`));
    }
    const { tree, unknownCommands } = abstractToMdast(abstract);
    // Only an entry already on disk needs its body compared before writing.
    const keepWritten = writtenBody !== undefined && !untouched && writtenBody !== serializeBody(tree);
    if (keepWritten) {
      paperWarnings.push(problemAt(kept.path, kept.abstractLine, `gives a different abstract for ${quote(paper.title)} than ${existing!.path}; kept the entry's (edit it there, or delete the entry to take this one)`));
    } else {
      for (const command of unknownCommands) {
        paperWarnings.push(problemAt(kept.path, kept.abstractLine, `kept the unknown LaTeX command ${quote(command)} as literal text in the abstract of ${quote(paper.title)}`));
      }
    }
    const plain = toString(keepWritten ? parseBody(writtenBody) : tree);
    const title = existing?.data.title ?? paper.title;
    const autoTopics = classifyTopics({ title, abstract: plain }, compiled);
    const handTopics = existing ? existing.data.topics.filter((t) => !existing.data.autoTopics.includes(t)) : [];
    for (const topic of handTopics) {
      if (!topicIds.has(topic)) paperWarnings.push(problemAt(existing!.path, undefined, `lists the topic ${quote(topic)}, which is not in the taxonomy; add it there or it will have no topic page`));
    }
    const frontmatter = {
      title,
      slug,
      ...(existing && existing.data.aliases.length > 0 ? { aliases: existing.data.aliases } : {}),
      topics: combineTopics(autoTopics, handTopics),
      autoTopics,
      keywords: extractKeywords({ title, abstract: plain }),
      listings: mergeAppearances(existing?.data.listings ?? [], paper.appearances, ingestedListings),
    };
    const valid = paperSchema.safeParse(frontmatter);
    if (!valid.success) {
      errors.push(problemAt(kept.path, kept.line, `the entry for ${quote(paper.title)} does not fit the paper schema: ${describeIssues(valid.error)}`));
      continue;
    }
    const text = keepWritten ? withBody(serializeEntry(frontmatter, tree), writtenBody) : serializeEntry(frontmatter, tree);
    const status = existing === undefined ? 'new' : existing.text === text ? 'unchanged' : 'updated';
    entries.push({ slug, text, status });
    warnings.push(...paperWarnings);
    cache.set(slug, { fingerprint: print, hash: hashText(text), data: valid.data, abstract: keepWritten ? memo?.abstract : abstract, bodyHash: keepWritten ? memo?.bodyHash : hashText(entryBody(text)), warnings: paperWarnings.map(storeProblem) });
    manifest.papers[slug] ??= { title, key: paper.key };
  }

  // An earlier paper no longer in a listing that was just re-ingested keeps its
  // appearance (nothing is removed), but the user should know.
  for (const entry of input.existing) {
    if (claimedBy.has(entry.data.slug)) continue;
    for (const appearance of entry.data.listings) {
      if (ingestedListings.has(appearance.listing)) {
        warnings.push(problemAt(entry.path, undefined, `is no longer in the re-ingested listing ${quote(appearance.listing)}; its entry keeps that appearance (delete it by hand if the listing changed)`));
      }
    }
    manifest.papers[entry.data.slug] ??= { title: entry.data.title, key: paperKey(entry.data.title) };
    const memo = previous.get(entry.data.slug);
    if (memo !== undefined && memo.hash === entry.hash) cache.set(entry.data.slug, memo);
  }

  manifest.papers = Object.fromEntries(Object.entries(manifest.papers).sort(([a], [b]) => compareStrings(a, b)));
  entries.sort((a, b) => compareStrings(a.slug, b.slug));
  return { entries, manifest, cache, errors, warnings };
}

/**
 * A listing id comes from the dump's file name, so two different dumps saved
 * under one name (`daily.txt` on two days) would merge into one listing. When
 * an earlier ingest recorded another date label for the id, that is refused.
 */
export function listingIdClashes(listings: readonly Listing[], existing: readonly ExistingEntry[]): Problem[] {
  const datesById = new Map<string, string>();
  for (const entry of existing) {
    for (const appearance of entry.data.listings) {
      if (appearance.date !== undefined) datesById.set(appearance.listing, appearance.date);
    }
  }
  const problems: Problem[] = [];
  for (const listing of listings) {
    const earlier = datesById.get(listing.id);
    if (listing.date !== undefined && earlier !== undefined && earlier !== listing.date) {
      problems.push(problemAt(listing.path, undefined, `is dated ${quote(listing.date)}, but the listing ${quote(listing.id)} it names was ingested before with the date ${quote(earlier)}; expected a distinct file name for each listing (rename this one)`));
    }
  }
  return problems;
}

/** An entry's text with its body replaced, frontmatter untouched. */
function withBody(text: string, body: string): string {
  const current = entryBody(text);
  return text.slice(0, text.length - current.length) + body;
}

/** Assigned topics first (best first), then hand-written ones; the fallback only when alone. */
export function combineTopics(autoTopics: readonly string[], handTopics: readonly string[]): string[] {
  const all = [...new Set([...autoTopics, ...[...handTopics].sort(compareStrings)])];
  const real = all.filter((t) => t !== FALLBACK_TOPIC);
  return real.length > 0 ? real : [FALLBACK_TOPIC];
}

/**
 * Earlier appearances of listings not in this run, plus this run's: a
 * re-ingested listing is described by its dump alone. Sorted by listing id,
 * then position.
 */
export function mergeAppearances(earlier: readonly Appearance[], current: readonly Appearance[], ingested: ReadonlySet<string>): Appearance[] {
  return [...earlier.filter((a) => !ingested.has(a.listing)), ...current].sort(
    (a, b) => compareStrings(a.listing, b.listing) || a.position - b.position,
  );
}
