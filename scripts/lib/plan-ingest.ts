import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { paperSchema, type Appearance, type Paper } from '../../src/format/paper-schema.ts';
import { describeIssues } from '../../src/format/describe-issues.ts';
import { FALLBACK_TOPIC, type Taxonomy } from '../../src/format/taxonomy-schema.ts';
import type { Manifest } from '../../src/format/manifest-schema.ts';
import { abstractToMdast } from './abstract-to-mdast.ts';
import { entryBody, parseBody, serializeBody, serializeEntry } from '../../src/format/entry.ts';
import { classifyTopics } from './classify-topics.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../../src/format/topic-terms.ts';
import { extractKeywords } from './extract-keywords.ts';
import { assignSlug } from './assign-slug.ts';
import { chooseAbstract, type Listing, type MergedPaper } from './merge-papers.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { paperKey } from '../../src/format/paper-key.ts';
import { problemAt, quote, restoreProblem, storeProblem, type Problem } from '../../src/format/problem.ts';
import { fingerprint, hashText, type CacheRecord } from './ingest-cache.ts';
import { placeOnDays } from './place-on-days.ts';
import { fileListingId } from './listing-day.ts';
import { isDay } from '../../src/format/day.ts';

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
  'Every paper and listing URL Folio has published: /papers/<slug>/ and /listings/<id>/. The ingest only adds to this file; the site build fails if a URL here has neither a page nor a redirect. Commit it.';

/**
 * Decide every entry an ingest writes: slugs (kept from the manifest or an
 * existing entry, otherwise assigned), topics (assigned, plus any written by
 * hand), keywords, listings (merged with earlier ones) and the MDX text,
 * each validated against the paper schema. Pure: the caller reads and writes.
 *
 * The stages, in order: index what is already published ({@link knownSlugs}),
 * then for each paper claim its slug, reuse the memo of an unchanged entry
 * or plan it afresh ({@link planEntry}), then account for earlier entries
 * this run did not touch ({@link keepEarlierEntries}).
 */
export function planIngest(input: IngestInput): IngestPlan {
  const run = startRun(input);
  run.errors.push(...listingIdClashes(input.listings, input.existing));
  const { slugByKey, existingBySlug } = knownSlugs(input);
  const slugOf = (paper: MergedPaper) => slugByKey.get(paper.key) ?? assignSlug(paper.title);
  run.appearances = placeOnDays(
    input.papers.map((paper) => ({ slug: slugOf(paper), appearances: paper.appearances })),
    input.existing.map((entry) => ({ slug: entry.data.slug, listings: entry.data.listings })),
  );
  for (const paper of input.papers) {
    const slug = slugOf(paper);
    if (!claimSlug(run, paper, slug)) continue;
    const existing = existingBySlug.get(slug);
    const print = entryFingerprint(run, paper, slug);
    if (!reuseUnchanged(run, paper, slug, existing, print)) planEntry(run, paper, slug, existing, print);
  }
  keepEarlierEntries(run);
  run.manifest.papers = Object.fromEntries(Object.entries(run.manifest.papers).sort(([a], [b]) => compareStrings(a, b)));
  run.manifest.listings = publishedListings(input);
  run.entries.sort((a, b) => compareStrings(a.slug, b.slug));
  return { entries: run.entries, manifest: run.manifest, cache: run.cache, errors: run.errors, warnings: run.warnings };
}

/** What the stages of one plan share: the input, what is decided so far, and lookups made once. */
interface Run extends IngestPlan {
  input: IngestInput;
  compiled: CompiledTaxonomy;
  topicIds: ReadonlySet<string>;
  /**
   * The (listing, dump) pairs this run ingests, as {@link appearanceKey}s: an
   * earlier appearance with one of them is described by this run's dump
   * alone. A dump that now has a day also replaces the file-named listing it
   * had when it was undated.
   */
  replaced: ReadonlySet<string>;
  /** The same, sorted, for fingerprints. */
  listingIds: readonly string[];
  /** Each paper's appearances, by slug, with dated listings placed on their days. */
  appearances: Map<string, Appearance[]>;
  /** The papers that have claimed a slug in this run. */
  claimedBy: Map<string, MergedPaper>;
  /** The memo of the last run. */
  previous: ReadonlyMap<string, CacheRecord>;
}

function startRun(input: IngestInput): Run {
  const replaced = new Set(
    input.listings.flatMap((l) => [appearanceKey({ listing: l.id, source: l.source }), ...(isDay(l.id) ? [appearanceKey({ listing: fileListingId(l.source), source: l.source })] : [])]),
  );
  return {
    input,
    entries: [],
    manifest: { comment: MANIFEST_COMMENT, papers: { ...input.manifest.papers }, listings: {} },
    cache: new Map(),
    errors: [],
    warnings: [],
    compiled: compileTaxonomy(input.taxonomy),
    topicIds: new Set(input.taxonomy.topics.map((t) => t.id)),
    replaced,
    listingIds: [...replaced].sort(compareStrings),
    appearances: new Map(),
    claimedBy: new Map(),
    previous: input.cache ?? new Map(),
  };
}

/**
 * The slug each known paper already has, by identity key: from the manifest,
 * then from the entries on disk, which win: an entry's slug may have been
 * changed by hand (the old one kept as an alias), and the paper must not come
 * back under the old slug.
 */
function knownSlugs(input: IngestInput): { slugByKey: Map<string, string>; existingBySlug: Map<string, ExistingEntry> } {
  const slugByKey = new Map<string, string>();
  for (const [slug, { key }] of Object.entries(input.manifest.papers)) slugByKey.set(key, slug);
  const existingBySlug = new Map<string, ExistingEntry>();
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
  return { slugByKey, existingBySlug };
}

/** Give `slug` to `paper`, unless another paper of this run or the manifest has it; then say so and refuse. */
function claimSlug(run: Run, paper: MergedPaper, slug: string): boolean {
  const rival = run.claimedBy.get(slug);
  const published = run.manifest.papers[slug];
  if (rival !== undefined || (published !== undefined && published.key !== paper.key)) {
    const other = rival?.title ?? published!.title;
    const at = paper.sightings[0]!;
    run.errors.push(problemAt(at.path, at.line, `${quote(paper.title)} would take the slug ${quote(slug)}, which belongs to ${quote(other)}; expected every paper to have its own slug (rename one of them in ${run.input.manifestPath})`));
    return false;
  }
  run.claimedBy.set(slug, paper);
  return true;
}

/** What an entry is a function of: the code, the listings of this run and the paper as the dumps give it. */
function entryFingerprint(run: Run, paper: MergedPaper, slug: string): string {
  return fingerprint([run.input.version ?? '', run.listingIds, paper.title, paper.abstract, run.appearances.get(slug), paper.sightings.map((s) => [s.path, s.line])]);
}

/**
 * The entry is a function of its inputs and the file as it stands. If the
 * inputs are those of the last run and the file is exactly what that run
 * wrote, planning again would give that file back (an ingest is idempotent;
 * the tests check it), so it is reused as is, with the warnings it gave.
 */
function reuseUnchanged(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, print: string): boolean {
  const memo = run.previous.get(slug);
  if (existing === undefined || memo === undefined || memo.fingerprint !== print || memo.hash !== existing.hash) return false;
  run.entries.push({ slug, text: existing.text, status: 'unchanged' });
  run.warnings.push(...memo.warnings.map(restoreProblem));
  run.cache.set(slug, memo);
  run.manifest.papers[slug] ??= { title: memo.data.title, key: paper.key };
  return true;
}

/** The body an entry gets, and what the memo keeps of it. */
interface PlannedBody {
  /** The abstract as mdast: what the body is made from, or was when the entry is kept as written. */
  tree: Root;
  /** The body as written in the entry, when it is kept as it is (edited by hand). */
  kept?: string;
  /** The abstract (as in the dump) the body was made from, for the memo. */
  abstract: string | undefined;
  /** Hash of the body as the ingest wrote it, for the memo. */
  bodyHash?: string | undefined;
}

/**
 * A body still as the ingest wrote it is remade from its abstract (so a
 * fixed converter reaches old entries); across runs, as within one, the
 * longest abstract wins. A body edited by hand is kept as it is, with a
 * warning when the dump now says something else.
 */
function planBody(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, warnings: Problem[]): PlannedBody {
  const memo = run.previous.get(slug);
  const kept = paper.sightings.find((s) => s.abstract === paper.abstract)!;
  const writtenBody = existing === undefined ? undefined : entryBody(existing.text);
  const untouched = writtenBody !== undefined && memo?.bodyHash !== undefined && memo.bodyHash === hashText(writtenBody);
  const abstract = untouched && memo?.abstract !== undefined ? chooseAbstract([memo.abstract, paper.abstract]) : paper.abstract;
  if (untouched && memo?.abstract !== undefined && memo.abstract !== paper.abstract) {
    warnings.push(problemAt(kept.path, kept.abstractLine, `gives a different abstract for ${quote(paper.title)} than an earlier ingest did; kept the ${abstract === paper.abstract ? 'one here' : 'earlier one'}, the longest`));
  }
  const { tree, unknownCommands } = abstractToMdast(abstract);
  // Only an entry already on disk needs its body compared before writing.
  if (writtenBody !== undefined && !untouched && writtenBody !== serializeBody(tree)) {
    warnings.push(problemAt(kept.path, kept.abstractLine, `gives a different abstract for ${quote(paper.title)} than ${existing!.path}; kept the entry's (edit it there, or delete the entry to take this one)`));
    return { tree: parseBody(writtenBody), kept: writtenBody, abstract: memo?.abstract, bodyHash: memo?.bodyHash };
  }
  for (const command of unknownCommands) {
    warnings.push(problemAt(kept.path, kept.abstractLine, `kept the unknown LaTeX command ${quote(command)} as literal text in the abstract of ${quote(paper.title)}`));
  }
  return { tree, abstract };
}

/** The frontmatter of a paper's entry: what the dumps say, merged with what the entry on disk keeps (hand-written topics, aliases, earlier listings). */
function planFrontmatter(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, plain: string, warnings: Problem[]): Record<string, unknown> {
  const title = existing?.data.title ?? paper.title;
  const autoTopics = classifyTopics({ title, abstract: plain }, run.compiled);
  const handTopics = existing ? existing.data.topics.filter((t) => !existing.data.autoTopics.includes(t)) : [];
  for (const topic of handTopics) {
    if (!run.topicIds.has(topic)) warnings.push(problemAt(existing!.path, undefined, `lists the topic ${quote(topic)}, which is not in the taxonomy; add it there or it will have no topic page`));
  }
  return {
    title,
    slug,
    ...(existing && existing.data.aliases.length > 0 ? { aliases: existing.data.aliases } : {}),
    topics: combineTopics(autoTopics, handTopics),
    autoTopics,
    keywords: extractKeywords({ title, abstract: plain }),
    listings: mergeAppearances(existing?.data.listings ?? [], run.appearances.get(slug) ?? paper.appearances, run.replaced),
  };
}

/** Plan one paper's entry afresh: body, frontmatter, validation, text, and its record in the memo. */
function planEntry(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, print: string): void {
  const warnings: Problem[] = [];
  const body = planBody(run, paper, slug, existing, warnings);
  const frontmatter = planFrontmatter(run, paper, slug, existing, toString(body.tree), warnings);
  const valid = paperSchema.safeParse(frontmatter);
  if (!valid.success) {
    const at = paper.sightings.find((s) => s.abstract === paper.abstract)!;
    run.errors.push(problemAt(at.path, at.line, `the entry for ${quote(paper.title)} does not fit the paper schema: ${describeIssues(valid.error)}`));
    return;
  }
  const written = serializeEntry(frontmatter, body.tree);
  const text = body.kept === undefined ? written : withBody(written, body.kept);
  const status = existing === undefined ? 'new' : existing.text === text ? 'unchanged' : 'updated';
  run.entries.push({ slug, text, status });
  run.warnings.push(...warnings);
  run.cache.set(slug, {
    fingerprint: print,
    hash: hashText(text),
    data: valid.data,
    abstract: body.abstract,
    bodyHash: body.kept === undefined ? hashText(entryBody(text)) : body.bodyHash,
    warnings: warnings.map(storeProblem),
  });
  run.manifest.papers[slug] ??= { title: valid.data.title, key: paper.key };
}

/**
 * Earlier entries no paper of this run claimed stay as they are: their slugs
 * stay in the manifest and their memos are kept. One that is no longer in a
 * listing this run re-ingested keeps its appearance (nothing is removed), but
 * the user should know.
 */
function keepEarlierEntries(run: Run): void {
  for (const entry of run.input.existing) {
    if (run.claimedBy.has(entry.data.slug)) continue;
    for (const appearance of entry.data.listings) {
      if (run.replaced.has(appearanceKey(appearance))) {
        run.warnings.push(problemAt(entry.path, undefined, `is no longer in the re-ingested dump ${quote(appearance.source)} of the listing ${quote(appearance.listing)}; its entry keeps that appearance (delete it by hand if the listing changed)`));
      }
    }
    run.manifest.papers[entry.data.slug] ??= { title: entry.data.title, key: paperKey(entry.data.title) };
    const memo = run.previous.get(entry.data.slug);
    if (memo !== undefined && memo.hash === entry.hash) run.cache.set(entry.data.slug, memo);
  }
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
 * Earlier appearances, less those this run replaces (`replaced`, by
 * {@link appearanceKey}: a re-ingested dump is described by itself alone)
 * and those on a listing this run places the paper on (one place per day),
 * plus this run's. Sorted by listing id, then position.
 */
export function mergeAppearances(earlier: readonly Appearance[], current: readonly Appearance[], replaced: ReadonlySet<string>): Appearance[] {
  const listings = new Set(current.map((a) => a.listing));
  return [...earlier.filter((a) => !replaced.has(appearanceKey(a)) && !listings.has(a.listing)), ...current].sort(
    (a, b) => compareStrings(a.listing, b.listing) || a.position - b.position,
  );
}

/** Identifies the dump of an appearance on a listing: `listing` and `source`. */
export function appearanceKey(appearance: Pick<Appearance, 'listing' | 'source'>): string {
  return `${appearance.listing}\0${appearance.source}`;
}

/**
 * Every listing URL published so far, and where each lives now: those the
 * manifest records, those earlier entries name (published before listings
 * were recorded), and this run's. A file-named listing whose dump now has a
 * day moves to the day; its URL is kept as a redirect.
 */
export function publishedListings(input: Pick<IngestInput, 'manifest' | 'existing' | 'listings'>): Record<string, string> {
  const listings: Record<string, string> = { ...input.manifest.listings };
  const earlier = new Set<string>();
  for (const entry of input.existing) {
    for (const a of entry.data.listings) {
      listings[a.listing] ??= a.listing;
      earlier.add(appearanceKey(a));
    }
  }
  for (const listing of input.listings) {
    listings[listing.id] = listing.id;
    const undated = fileListingId(listing.source);
    if (isDay(listing.id) && undated !== listing.id && earlier.has(appearanceKey({ listing: undated, source: listing.source }))) listings[undated] = listing.id;
  }
  return Object.fromEntries(Object.entries(listings).sort(([a], [b]) => compareStrings(a, b)));
}
