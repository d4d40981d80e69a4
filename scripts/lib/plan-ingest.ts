import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { paperSchema, type Appearance, type Paper } from '../../src/format/paper-schema.ts';
import { describeIssues } from '../../src/format/describe-issues.ts';
import { FALLBACK_TOPIC, type Taxonomy } from '../../src/format/taxonomy-schema.ts';
import { resolveTopicIds, topicAliases, topicUrlIds } from '../../src/format/topic-aliases.ts';
import type { Manifest } from '../../src/format/manifest-schema.ts';
import { abstractToMdast, titleToText } from './abstract-to-mdast.ts';
import { cleanEntryTitles } from './entry-titles.ts';
import { entryBody, parseBody, serializeBody, serializeEntry } from '../../src/format/entry.ts';
import { readEntryBody } from '../../src/format/entry-problems.ts';
import { frontmatterLine } from '../../src/format/frontmatter.ts';
import { classifyTopics } from './classify-topics.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../../src/format/topic-terms.ts';
import { extractKeywords } from './extract-keywords.ts';
import { assignSlug } from './assign-slug.ts';
import { compareAbstracts, mergePapers, type KnownPaper, type Listing, type MergedPaper, type Sighting } from './merge-papers.ts';
import { bodyMeaning } from '../../src/format/body-meaning.ts';
import { ingestedTitle, knownPapers, manifestRecord, migrateManifest, recordedBody } from './known-papers.ts';
import { mergeHandEdit } from './hand-edit.ts';
import { writtenBody, type WrittenBody } from '../../src/format/written-body.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { abstractKey, titleKey } from '../../src/format/paper-key.ts';
import { problemAt, quote, restoreProblem, showPath, storeProblem, type Problem } from '../../src/format/problem.ts';
import { fingerprint, hashText, type CacheRecord } from './ingest-cache.ts';
import { placeOnDays } from './place-on-days.ts';
import type { ListingMove } from './undated-listing-days.ts';
import { fileListingIds } from './listing-day.ts';
import { compareListings, isDay } from '../../src/format/day.ts';
import { append } from '../../src/lib/append.ts';

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
  /** How many distinct papers the listings hold. */
  papers: number;
  /** How many places on listings they have: a paper counted once for each listing of the input it is on (two dumps of one day are one listing, a paper listed twice in a dump is on it once). */
  listed: number;
  /** LaTeX commands left in abstracts as literal text (each warned about). */
  literalTex: number;
  /** LaTeX in abstracts dropped or simplified (an unclosed `\\textbf{`, a `\\cite{…}`; each warned about). */
  simplifiedTex: number;
  entries: PlannedEntry[];
  manifest: Manifest;
  /** The memo for the next run: every entry planned now, and untouched earlier ones. */
  cache: Map<string, CacheRecord>;
  errors: Problem[];
  warnings: Problem[];
  /**
   * The warnings (among `warnings`) that say what this run changed in an
   * entry: a retitle, a longer abstract taken. A later run finds the entry as
   * changed and does not say them again, with or without the memo.
   */
  changes: Problem[];
}

/** What the plan is made from; all of it already read from disk. */
export interface IngestInput {
  listings: readonly Listing[];
  /**
   * Published undated listings this run's dumps show to be a day's (see
   * `undatedListingDays`): each moves to its day as `--date` under its own
   * file name would move it, and its URL redirects there.
   */
  moves?: readonly ListingMove[] | undefined;
  existing: readonly ExistingEntry[];
  manifest: Manifest;
  /**
   * The manifest is exactly as this code version wrote it (see
   * `writtenManifest`), so its records are already as {@link migrateManifest}
   * makes them and are taken as they are. Default: false, migrate them.
   */
  manifestCurrent?: boolean;
  taxonomy: Taxonomy;
  /**
   * What the last run wrote, by slug: it only saves work (an entry whose
   * inputs, file and manifest records are as that run left them is not
   * planned again), so the plan is the same without it. An empty map plans
   * everything afresh.
   */
  cache?: ReadonlyMap<string, CacheRecord>;
  /** Identifies the ingest code and taxonomy; a change invalidates the cache. */
  version?: string;
}

/** The note at the top of `published.json`. */
export const MANIFEST_COMMENT =
  'Every paper, listing and topic URL Folio has published: /papers/<slug>/, /listings/<id>/ and /topics/<id>/. The ingest only adds to this file; the site build fails if a URL here has neither a page nor a redirect. Commit it. ' +
  'A topic id that no deployed site ever served at /topics/<id>/ (the default taxonomy replaced before the first deploy, a typo fixed before it) may be removed from `topics` by hand.';

/**
 * Decide every entry an ingest writes: which papers the listings hold and
 * which of them are already published, slugs (kept from the manifest or an
 * existing entry, otherwise assigned), titles (updated when a later dump
 * retitles a paper), topics (assigned, plus any written by hand), keywords,
 * listings (merged with earlier ones) and the MDX text, each validated
 * against the paper schema. Pure: the caller reads and writes.
 *
 * The stages, in order: identify the papers ({@link mergePapers}, against
 * what is published, {@link knownPapers}), give each its slug (published
 * ones first, {@link claimSlugs}), place them on their days
 * ({@link placeOnDays}), then for each paper reuse the memo of an unchanged
 * entry or plan it afresh ({@link planEntry}), then account for earlier
 * entries this run did not touch ({@link keepEarlierEntries}).
 */
export function planIngest(input: IngestInput): IngestPlan {
  const run = startRun(input);
  append(run.errors, listingIdClashes(input.listings, input.existing));
  const known = knownPapers(input.existing, run.manifest);
  recordKnownAbstracts(run, known);
  const { papers, errors, warnings } = mergePapers(input.listings, known);
  append(run.errors, errors);
  append(run.warnings, warnings);
  const existingBySlug = new Map(input.existing.map((e) => [e.data.slug, e]));
  const slugged = claimSlugs(run, papers);
  // Said once: the next run finds the listing on its day.
  for (const { note } of input.moves ?? []) {
    run.warnings.push(note);
    run.changes.push(note);
  }
  run.appearances = placeOnDays(
    slugged.map(({ paper, slug }) => ({ slug, appearances: [...paper.appearances, ...movedAppearances(existingBySlug.get(slug), input.moves)] })),
    input.existing.map((entry) => ({ slug: entry.data.slug, listings: entry.data.listings })),
  );
  for (const { paper, slug } of slugged) {
    const existing = existingBySlug.get(slug);
    const print = entryFingerprint(run, paper, slug);
    if (!reuseUnchanged(run, paper, slug, existing, print)) planEntry(run, paper, slug, existing, print);
  }
  keepEarlierEntries(run);
  noteRecords(run);
  run.manifest.papers = Object.fromEntries(Object.entries(run.manifest.papers).sort(([a], [b]) => compareStrings(a, b)));
  run.manifest.listings = publishedListings(input);
  run.manifest.topics = publishedTopics(input);
  run.entries.sort((a, b) => compareStrings(a.slug, b.slug));
  const listed = papers.reduce((sum, paper) => sum + new Set(paper.appearances.map((a) => a.listing)).size, 0);
  return { papers: papers.length, listed, literalTex: run.literalTex, simplifiedTex: run.simplifiedTex, entries: run.entries, manifest: run.manifest, cache: run.cache, errors: run.errors, warnings: run.warnings, changes: run.changes };
}

/** What the stages of one plan share: the input, what is decided so far, and lookups made once. */
interface Run extends IngestPlan {
  input: IngestInput;
  compiled: CompiledTaxonomy;
  topicIds: ReadonlySet<string>;
  /** Earlier ids of renamed topics → their ids now: an entry on disk that names one is written with the current id. */
  topicAliases: ReadonlyMap<string, string>;
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
  /** Slugs and aliases of the entries on disk. */
  publishedSlugs: ReadonlySet<string>;
  /** The memo of the last run: only ever a short cut (see {@link reuseUnchanged}), and read once to migrate a manifest (see `migrateManifest`). */
  previous: ReadonlyMap<string, CacheRecord>;
}

function startRun(input: IngestInput): Run {
  const moved = new Set((input.moves ?? []).map((m) => m.id));
  const replaced = new Set([
    ...input.listings.flatMap((l) => [appearanceKey({ listing: l.id, source: l.source }), ...(isDay(l.id) ? fileListingIds(l.source).map((listing) => appearanceKey({ listing, source: l.source })) : [])]),
    ...input.existing.flatMap((e) => e.data.listings.filter((a) => moved.has(a.listing)).map(appearanceKey)),
  ]);
  return {
    input,
    papers: 0,
    listed: 0,
    literalTex: 0,
    simplifiedTex: 0,
    entries: [],
    manifest: { comment: MANIFEST_COMMENT, papers: input.manifestCurrent === true ? withoutPrototype(input.manifest.papers) : migrateManifest(input.manifest.papers, input.cache), listings: {}, topics: [] },
    cache: new Map(),
    errors: [],
    warnings: [],
    changes: [],
    compiled: compileTaxonomy(input.taxonomy),
    topicIds: new Set(input.taxonomy.topics.map((t) => t.id)),
    topicAliases: topicAliases(input.taxonomy),
    replaced,
    listingIds: [...replaced].sort(compareStrings),
    appearances: new Map(),
    claimedBy: new Map(),
    publishedSlugs: new Set(input.existing.flatMap((e) => [e.data.slug, ...e.data.aliases])),
    previous: input.cache ?? new Map(),
  };
}

/** The records as they are, in an object with no prototype, as {@link migrateManifest} gives them: the slug `constructor` finds no record. */
function withoutPrototype(papers: Manifest['papers']): Manifest['papers'] {
  return Object.assign(Object.create(null) as Manifest['papers'], papers);
}

/**
 * The places an entry had on undated listings that move to a day, on that
 * day: as `--date` under the listing's own file name gives them, the dump's
 * name and position, so the day lists each paper once, first where it was.
 */
function movedAppearances(existing: ExistingEntry | undefined, moves: readonly ListingMove[] = []): Appearance[] {
  if (existing === undefined || moves.length === 0) return [];
  const dayOf = new Map(moves.map((m) => [m.id, m.day]));
  return existing.data.listings.flatMap((a) => {
    const day = dayOf.get(a.listing);
    return day === undefined ? [] : [{ listing: day, source: a.source, position: a.position }];
  });
}

/**
 * Give every paper its slug: a published paper keeps its own; then each new
 * paper, in the order of {@link mergePapers}, gets one made from its title
 * that no other paper has or had ({@link assignSlug}).
 */
function claimSlugs(run: Run, papers: readonly MergedPaper[]): Array<{ paper: MergedPaper; slug: string }> {
  const ordered = [...papers.filter((p) => p.knownSlug !== undefined), ...papers.filter((p) => p.knownSlug === undefined)];
  const next = new Map<string, number>();
  return ordered.map((paper) => {
    const slug = paper.knownSlug ?? assignSlug(paper.slugTitle, (s) => isTaken(run, s), next);
    run.claimedBy.set(slug, paper);
    return { paper, slug };
  });
}

/**
 * Whether a new paper may not take `slug`: another paper of this run has it,
 * or it is published (in the manifest, as an entry or as an alias).
 */
function isTaken(run: Run, slug: string): boolean {
  return run.claimedBy.has(slug) || run.manifest.papers[slug] !== undefined || run.publishedSlugs.has(slug);
}

/** Record the abstract key of every published paper whose manifest record has none yet (manifests from earlier versions). */
function recordKnownAbstracts(run: Run, known: readonly KnownPaper[]): void {
  for (const paper of known) {
    const record = run.manifest.papers[paper.slug];
    const key = paper.abstracts.find((a) => a.distinctive && a.exact !== undefined);
    if (record !== undefined && record.abstract === undefined && key !== undefined) run.manifest.papers[paper.slug] = manifestRecord(record.title, key.exact, recordedBody(record), record.ingestedTitle, record.writtenTitle);
  }
}

/**
 * Add a slug to the manifest, or fill in its abstract key, never changing
 * what it already records but `body`, the body the ingest last wrote
 * (`written`, when it wrote one now), and the titles it last took from the
 * dumps and wrote (`titles`, when it planned the entry now).
 */
function recordInManifest(run: Run, slug: string, title: string, abstract: string, written: WrittenBody | undefined, titles?: RecordedTitles): void {
  const key = abstractKey(abstract);
  const first = key.distinctive ? key.exact! : undefined;
  const record = run.manifest.papers[slug];
  const { ingested, written: wrote } = titles ?? { ingested: record?.ingestedTitle, written: record?.writtenTitle };
  run.manifest.papers[slug] =
    record === undefined ? manifestRecord(title, first, written, ingested, wrote) : manifestRecord(record.title, record.abstract ?? first, written ?? recordedBody(record), ingested ?? record.ingestedTitle, wrote);
}

/** The titles a record keeps of what the ingest did: the one it last took from the dumps, and the one it last wrote when not that (see `mergeHandEdit`). */
interface RecordedTitles {
  ingested: string | undefined;
  written?: string | undefined;
}

/** What planning an entry reads of the manifest: the records of its slug and aliases, as one hash. */
function recordsPrint(run: Run, slug: string, aliases: readonly string[]): string {
  return fingerprint([slug, ...aliases].map((s) => run.manifest.papers[s] ?? null));
}

/** Note in the memo of each entry this run planned or reused the manifest records as the run leaves them, for {@link reuseUnchanged}. */
function noteRecords(run: Run): void {
  for (const { slug } of run.entries) {
    const memo = run.cache.get(slug);
    if (memo !== undefined) run.cache.set(slug, { ...memo, records: recordsPrint(run, slug, memo.data.aliases) });
  }
}

/** What an entry is a function of: the code, the listings of this run and the paper as the dumps give it. */
function entryFingerprint(run: Run, paper: MergedPaper, slug: string): string {
  return fingerprint([run.input.version ?? '', run.listingIds, paper.title, paper.titles, paper.abstract, run.appearances.get(slug), paper.sightings.map((s) => [s.path, s.line])]);
}

/**
 * The entry is a function of its inputs, the file as it stands and its
 * manifest records. If the inputs are those of the last run and the file
 * and records are exactly what that run left, planning again would give
 * that file back (an ingest is idempotent; the tests check it), so it is
 * reused as is, with the warnings it gave.
 */
function reuseUnchanged(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, print: string): boolean {
  const memo = run.previous.get(slug);
  if (existing === undefined || memo === undefined || memo.fingerprint !== print || memo.hash !== existing.hash) return false;
  if (memo.records !== recordsPrint(run, slug, existing.data.aliases)) return false;
  run.entries.push({ slug, text: existing.text, status: 'unchanged' });
  append(run.warnings, memo.warnings.map(restoreProblem));
  run.literalTex += memo.literalTex ?? 0;
  run.simplifiedTex += memo.simplifiedTex ?? 0;
  run.cache.set(slug, memo);
  recordInManifest(run, slug, memo.data.title, paper.abstract, undefined);
  return true;
}

/**
 * What planning one entry reports. `warnings` hold as long as its inputs and
 * file do, so the memo repeats them when it reuses the entry; `changes` say
 * what this run changes in the entry, which planning again over the entry as
 * written would not say, so the memo keeps none of them.
 */
interface EntryReport {
  warnings: Problem[];
  changes: Problem[];
}

/** The body an entry gets. */
interface PlannedBody {
  /** The abstract as mdast: what the body is made from, or the body as written when it is kept. */
  tree: Root;
  /** The body as written in the entry, when it is kept as it is (edited by hand, or made from a longer abstract). */
  kept?: string;
  /** The abstract (as in the dump) the body is made from now; undefined when it is kept. */
  abstract?: string;
  /** LaTeX commands left as literal text in it. */
  literalTex: number;
  /** LaTeX dropped or simplified in it (the converter's notes). */
  simplifiedTex: number;
  /** For a body kept as edited by hand, the record of the abstract ingested now, when it replaces the one last ingested. */
  ingested?: WrittenBody;
}

/**
 * A body still as the ingest wrote it (its hash is the one the manifest
 * records) is remade from the dump's abstract, so a fixed converter reaches
 * old entries; across runs, as within one, the longest abstract wins: a
 * body made from a longer one than the dump's is kept as written (that
 * abstract is not stored; the body says it). A body edited by hand is kept
 * as it is, with a warning when the dump now says something else; so is
 * one with no record (an archive from an earlier version) that the dump's
 * abstract would not write the same. Reads the content folder only, never
 * the memo: a fresh clone decides the same.
 */
function planBody(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, { warnings, changes }: EntryReport): PlannedBody {
  const at = paper.sightings.find((s) => s.abstract === paper.abstract)!;
  const onDisk = existing === undefined ? undefined : entryBody(existing.text);
  const record = run.manifest.papers[slug];
  const written = record === undefined ? undefined : recordedBody(record);
  const untouched = onDisk !== undefined && written !== undefined && written.hash === hashText(onDisk);
  if (untouched) {
    const key = abstractKey(paper.abstract).exact!;
    if (key !== written.key) {
      const here = compareAbstracts({ length: paper.abstract.length, key }, written) < 0;
      (here ? changes : warnings).push(problemAt(at.path, at.abstractLine, `gives a different abstract for ${quote(paper.title)} than an earlier ingest did; kept the ${here ? 'one here' : 'earlier one'}, the longest`));
      if (!here) return { tree: readEntryBody(existing!.path, existing!.text, onDisk), kept: onDisk, literalTex: 0, simplifiedTex: 0 };
    }
  }
  const converted = abstractToMdast(paper.abstract);
  const tree = faithfulTree(converted.tree, paper.abstract, at, warnings);
  // Only an entry already on disk needs its body compared before writing; a body emptied by hand asks for the dump's.
  if (onDisk !== undefined && !untouched && onDisk.trim() !== '' && onDisk !== serializeBody(tree)) {
    const kept = { tree: readEntryBody(existing!.path, existing!.text, onDisk), kept: onDisk, literalTex: 0, simplifiedTex: 0 };
    const edited = `the abstract (the body) was changed by hand, and ${showPath(at.path)}:${at.abstractLine} now gives another one for ${quote(paper.title)}; kept yours (to take the dump's, delete the body, keeping the frontmatter, and ingest the dump again)`;
    if (written === undefined) {
      // No record of what the ingest wrote (an archive from an earlier version): the body may be its, from another abstract, or
      // the user's. Said once: recorded as if the ingest had written this abstract's body, a later dump repeating it says nothing,
      // one correcting it is a conflict, and a body put back as this abstract's is the ingest's again.
      changes.push(problemAt(at.path, at.abstractLine, `gives a different abstract for ${quote(paper.title)} than ${showPath(existing!.path)}; kept the entry's (edit it there, or delete its body, keeping the frontmatter, and ingest again to take this one)`));
      return { ...kept, ingested: writtenBody(hashText(serializeBody(tree)), paper.abstract) };
    }
    const key = abstractKey(paper.abstract).exact!;
    // The dump repeats what was ingested before, or, in a listing no later than the entry's, gives an abstract the ingest would not
    // take over it (a shorter one): nothing to say. In a later listing, any other abstract is an upstream correction, told once.
    const later = existing!.data.listings.every((l) => compareListings(l.listing, at.listing) < 0);
    if (key === written.key || (!later && compareAbstracts({ length: paper.abstract.length, key }, written) > 0)) return kept;
    changes.push(problemAt(existing!.path, undefined, edited));
    // Said once: the dump's abstract is now the one last ingested; the body, with its own hash, stays the user's.
    return { ...kept, ingested: writtenBody(written.hash, paper.abstract) };
  }
  for (const command of converted.literal) {
    const what = command.startsWith('$') ? `the formula ${quote(command)}, which KaTeX cannot render,` : `the unknown LaTeX command ${quote(command)}`;
    warnings.push(problemAt(at.path, at.abstractLine, `kept ${what} as literal text in the abstract of ${quote(paper.title)}`));
  }
  for (const note of converted.notes) warnings.push(problemAt(at.path, at.abstractLine, `${note} in the abstract of ${quote(paper.title)}`));
  return { tree, abstract: paper.abstract, literalTex: converted.literal.length, simplifiedTex: converted.notes.length };
}

/**
 * The tree itself when MDX reads what it is written as back with the same
 * meaning (see src/format/body-meaning.ts); otherwise the abstract as plain
 * text, which always reads back, with a warning. Plain text is not checked:
 * the serialiser's escaping of text is what the property tests prove.
 */
function faithfulTree(tree: Root, abstract: string, at: Sighting, warnings: Problem[]): Root {
  const plain = tree.children.every((p) => p.type === 'paragraph' && p.children.every((c) => c.type === 'text'));
  if (plain || bodyMeaning(parseBody(serializeBody(tree))) === bodyMeaning(tree)) return tree;
  warnings.push(problemAt(at.path, at.abstractLine, `kept the abstract of ${quote(at.title)} as plain text: written as MDX, its markup would read back differently`));
  return { type: 'root', children: abstract.split(/\n\s*\n/).map((block) => ({ type: 'paragraph', children: [{ type: 'text', value: block }] })) };
}

/**
 * The frontmatter of a paper's entry: what the dumps say, merged with what
 * the entry on disk keeps (a title and topics changed by hand, aliases,
 * earlier listings); and the title the dumps give, to record as the last
 * ingested.
 */
function planFrontmatter(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, plain: string, report: EntryReport): { frontmatter: Record<string, unknown>; titles: RecordedTitles } {
  const { title, formerTitles, ingested, written } = planTitles(run, paper, slug, existing, report);
  const { autoTopics, handTopics, removedTopics } = planTopics(run, classifyTopics({ title, abstract: plain }, run.compiled), existing);
  for (const topic of handTopics) {
    if (!run.topicIds.has(topic)) report.warnings.push(problemAt(existing!.path, undefined, `lists the topic ${quote(topic)}, which is not in topics.yaml; the site will not build until you add it there or remove it from this entry`));
  }
  const retired = existing?.data.retired;
  if (retired !== undefined) {
    // Listed again: the listings are updated as for any paper, but only the user takes a paper out of retirement.
    const at = paper.sightings[0]!;
    report.warnings.push(problemAt(at.path, at.line, `lists ${quote(paper.title)}, which ${showPath(existing!.path)} retires (${quote(retired)}); it stays retired, its listings updated (to show it again, remove \`retired\` from its entry)`));
  }
  const frontmatter = {
    title,
    slug,
    ...(retired === undefined ? {} : { retired }),
    ...(existing && existing.data.aliases.length > 0 ? { aliases: existing.data.aliases } : {}),
    ...(formerTitles.length > 0 ? { formerTitles } : {}),
    topics: combineTopics(autoTopics.filter((t) => !removedTopics.has(t)), handTopics),
    autoTopics,
    keywords: extractKeywords({ title, abstract: plain }),
    listings: mergeAppearances(existing?.data.listings ?? [], run.appearances.get(slug) ?? paper.appearances, run.replaced),
  };
  return { frontmatter, titles: { ingested, written } };
}

/** A paper's title and former titles as planned, the title the dumps give it (recorded as the last ingested), and the one the ingest last wrote while the user's is kept over that. */
interface PlannedTitles {
  title: string;
  formerTitles: string[];
  ingested: string;
  written?: string | undefined;
}

/**
 * A paper's title and the other titles it was listed under: what the dumps
 * say ({@link titlesFromDumps}), unless the user changed the entry's title
 * by hand since the ingest last wrote it: then the entry keeps the user's
 * title and former titles, silently when the dumps repeat the title last
 * ingested, with a warning naming both titles when they now give another
 * ({@link mergeHandEdit}). The URL stays either way.
 */
function planTitles(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, report: EntryReport): PlannedTitles {
  const { notes, entryFormerTitles, ...planned } = titlesFromDumps(run, paper, slug, existing, report.changes);
  const record = run.manifest.papers[slug];
  const own = existing?.data.title;
  if (own === undefined || record === undefined) {
    append(report.changes, notes);
    return { ...planned, ingested: planned.title };
  }
  const kept = ingestedTitle(record, existing!.data);
  if (record.writtenTitle !== undefined && titleKey(own) === titleKey(record.writtenTitle) && titleKey(paper.title) === titleKey(kept) && titleKey(own) !== titleKey(kept)) {
    // Put back as the ingest wrote it after the conflict was told (`git checkout`), in a listing the entry already has: the dump's title, kept out for the user's, is taken.
    const at = paper.sightings.findLast((s) => s.title === paper.title)!;
    report.changes.push(problemAt(at.path, at.line, `retitles ${quote(own)} as ${quote(paper.title)}, the title kept out while the entry's was changed by hand; the entry holds the ingest's title again, so updated the title, kept the old one as a former title and the URL /papers/${slug}/`));
    return { title: paper.title, formerTitles: distinctOthers([...planned.formerTitles, own], paper.title), ingested: paper.title };
  }
  if (titleKey(planned.title) === titleKey(own)) {
    // The entry's title stands (the dumps give it, or only in an earlier listing another): what was last ingested stays, unless the dumps now give the entry's.
    append(report.changes, notes);
    return titleKey(paper.title) === titleKey(own) ? { ...planned, ingested: own } : { ...planned, ingested: kept, written: record.writtenTitle };
  }
  const merged = mergeHandEdit({ ingested: kept, onDisk: own, fromDumps: planned.title, written: record.writtenTitle }, (a, b) => titleKey(a) === titleKey(b));
  if (merged.value !== own) {
    append(report.changes, notes);
    return { ...planned, ingested: merged.ingested };
  }
  // The user's title stays, and so do the former titles they left: the dumps' notes on the title are moot.
  if (merged.conflict) {
    const at = paper.sightings.findLast((s) => titleKey(s.title) === titleKey(planned.title)) ?? paper.sightings[0]!;
    report.changes.push(
      problemAt(existing!.path, frontmatterLine(existing!.text, ['title']), `\`title\` was changed by hand to ${quote(own)}, and ${showPath(at.path)}:${at.line} now gives ${quote(planned.title)}; kept yours (to take the dump's, write it as the entry's \`title\`)`),
    );
  }
  return { title: own, formerTitles: entryFormerTitles, ingested: merged.ingested, written: merged.written };
}

/**
 * A paper's title and the other titles it was listed under, as the dumps
 * give them: the title of its latest listing, as when every dump arrives at
 * once. A listing later than every one the entry has gives its title, even
 * one the paper had before (listed again under its first title after a
 * retitle): the title is updated and the one it replaces becomes a former
 * title. Ingesting a listing the entry already has keeps its title unless
 * that gives one it was never known by. A title from a listing older than
 * the entry's latest (an earlier day ingested after a later one) only
 * becomes a former title. `notes` say what changes in the title; problems
 * with the entry's own titles go to `changes`.
 */
function titlesFromDumps(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, changes: Problem[]): { title: string; formerTitles: string[]; entryFormerTitles: string[]; notes: Problem[] } {
  const notes: Problem[] = [];
  let title = paper.title;
  const own = existing === undefined ? undefined : cleanEntryTitles(existing.path, existing.data);
  append(changes, own?.problems ?? []);
  const former = [...paper.titles, ...(own?.formerTitles ?? [])];
  if (existing !== undefined && own !== undefined) {
    const recorded = [slug, ...existing.data.aliases].flatMap((s) => {
      const record = run.manifest.papers[s];
      return record === undefined ? [] : [record.title, ingestedTitle(record)];
    });
    const knownBy = new Set([own.title, ...own.formerTitles, ...recorded].map(titleKey));
    const at = paper.sightings.findLast((s) => s.title === paper.title)!;
    // Only a later listing than any the entry has decides between titles the paper was known by; the entry's own stays otherwise.
    const latest = existing.data.listings.every((l) => compareListings(l.listing, at.listing) < 0);
    const note = (reason: string) => notes.push(problemAt(at.path, at.line, reason));
    if (titleKey(paper.title) === titleKey(own.title) || (knownBy.has(titleKey(paper.title)) && !latest)) title = own.title;
    // The same title with its TeX now read (`Caf\'e` → `Café`, as earlier versions kept it): not a retitle.
    else if (titleKey(titleToText(own.title).text) === titleKey(paper.title)) return { title, formerTitles: distinctOthers(former, title), entryFormerTitles: own.formerTitles, notes };
    else if (existing.data.listings.some((l) => compareListings(l.listing, at.listing) > 0)) {
      title = own.title;
      note(`lists ${quote(own.title)} (the same abstract) under an earlier title, ${quote(paper.title)}, in an earlier listing; kept the title of its latest listing, and the earlier one as a former title`);
    } else if (knownBy.has(titleKey(paper.title))) {
      note(`lists ${quote(own.title)} under ${knownTitle(run, existing, slug, paper.title)}, in a later listing than any it had; updated the title to its latest listing's, kept the other as a former title and the URL /papers/${slug}/`);
    } else {
      note(`retitles ${quote(own.title)} (the same abstract) as ${quote(paper.title)}; updated the title, kept the old one as a former title and the URL /papers/${slug}/`);
    }
    former.push(own.title);
  }
  return { title, formerTitles: distinctOthers(former, title), entryFormerTitles: own?.formerTitles ?? [], notes };
}

/**
 * How a message names `title`, a title the entry is known by: its earlier
 * title (its own former title, or the one its slug was published with), or
 * the title one of its aliases was published with, which is another paper's
 * when two were joined by adding one's slug to the other's `aliases`.
 */
function knownTitle(run: Run, existing: ExistingEntry, slug: string, title: string): string {
  const key = titleKey(title);
  const published = run.manifest.papers[slug]?.title;
  const own = published === undefined ? existing.data.formerTitles : [...existing.data.formerTitles, published];
  const alias = existing.data.aliases.find((a) => run.manifest.papers[a] !== undefined && titleKey(run.manifest.papers[a]!.title) === key);
  if (alias === undefined || own.some((t) => titleKey(t) === key)) return `its earlier title ${quote(title)}`;
  return `${quote(title)}, the title its alias \`${alias}\` was published with`;
}

/** `titles` other than `title`, each once (by title key), sorted. */
function distinctOthers(titles: readonly string[], title: string): string[] {
  return [...new Map(titles.filter((t) => titleKey(t) !== titleKey(title)).map((t) => [titleKey(t), t])).values()].sort(compareStrings);
}

/** Plan one paper's entry afresh: body, frontmatter, validation, text, and its records in the manifest and the memo. */
function planEntry(run: Run, paper: MergedPaper, slug: string, existing: ExistingEntry | undefined, print: string): void {
  const report: EntryReport = { warnings: [], changes: [] };
  const body = planBody(run, paper, slug, existing, report);
  const { frontmatter, titles } = planFrontmatter(run, paper, slug, existing, toString(body.tree), report);
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
  append(run.warnings, report.warnings, report.changes);
  append(run.changes, report.changes);
  run.literalTex += body.literalTex;
  run.simplifiedTex += body.simplifiedTex;
  run.cache.set(slug, { literalTex: body.literalTex, simplifiedTex: body.simplifiedTex, fingerprint: print, hash: hashText(text), data: valid.data, warnings: report.warnings.map(storeProblem) });
  recordInManifest(run, slug, valid.data.title, paper.abstract, body.abstract === undefined ? body.ingested : writtenBody(hashText(entryBody(text)), body.abstract), titles);
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
    // An entry keeps at least one listing: a paper left on none is taken off the archive by retiring it.
    const only = entry.data.listings.every((appearance) => run.replaced.has(appearanceKey(appearance)));
    const fix = only
      ? 'leave it, or to take the paper off the archive give its entry `retired` and the reason (see Retiring a paper in the README)'
      : 'leave it, or to take it off that listing remove that appearance from its `listings`, keeping at least one';
    for (const appearance of entry.data.listings) {
      if (run.replaced.has(appearanceKey(appearance))) {
        const which = `${quote(appearance.listing)}${entry.data.listings.length === 1 ? ', its only listing' : ''}`;
        run.warnings.push(problemAt(entry.path, undefined, `is no longer in the re-ingested dump ${quote(showPath(appearance.source))} of the listing ${which}; its entry keeps that appearance and stays published (its URL must keep working): ${fix}`));
      }
    }
    run.manifest.papers[entry.data.slug] ??= manifestRecord(entry.data.title, undefined, undefined);
    const memo = run.previous.get(entry.data.slug);
    run.cache.set(entry.data.slug, memo !== undefined && memo.hash === entry.hash ? memo : readRecord(entry));
  }
}

/**
 * The memo of an entry this run read from its file and left alone: its
 * frontmatter, so the next run need not parse it again. Without it, a memo
 * once lost (a fresh clone, `npm ci` emptying node_modules/) stayed lost:
 * every later run parsed every earlier entry again (1.3 s of YAML and schema
 * checks a day at 30,000 papers). No inputs are known, so the fingerprint
 * matches none and the entry is planned afresh when a dump lists it.
 */
function readRecord(entry: ExistingEntry): CacheRecord {
  return { fingerprint: '', hash: entry.hash, data: entry.data, warnings: [] };
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

/**
 * The topics the ingest assigns now, and what the reader changed by hand in
 * the entry on disk: a topic in its `topics` and not in its `autoTopics` was
 * added by hand, one in its `autoTopics` and not in its `topics` was removed
 * by hand. Both are kept. A removed topic stays in `autoTopics` (while
 * topics.yaml has it), so that later runs still know it was removed.
 */
function planTopics(run: Run, assigned: string[], existing: ExistingEntry | undefined): { autoTopics: string[]; handTopics: string[]; removedTopics: Set<string> } {
  if (existing === undefined) return { autoTopics: assigned, handTopics: [], removedTopics: new Set() };
  // An entry written before a topic was renamed names its old id: read it as the topic it is now.
  const topics = resolveTopicIds(existing.data.topics, run.topicAliases);
  const before = resolveTopicIds(existing.data.autoTopics, run.topicAliases);
  const removed = before.filter((t) => !topics.includes(t) && run.topicIds.has(t));
  return {
    autoTopics: [...new Set([...assigned, ...removed])],
    handTopics: topics.filter((t) => !before.includes(t)),
    removedTopics: new Set(removed),
  };
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

/**
 * Every topic URL published so far, sorted: those the manifest records (an
 * older manifest records none), and each id and alias of the taxonomy, since
 * the site serves every topic of it, with papers or none.
 */
export function publishedTopics(input: Pick<IngestInput, 'manifest' | 'taxonomy'>): string[] {
  return [...new Set([...input.manifest.topics, ...topicUrlIds(input.taxonomy)])].sort(compareStrings);
}

/** Identifies the dump of an appearance on a listing: `listing` and `source`. */
export function appearanceKey(appearance: Pick<Appearance, 'listing' | 'source'>): string {
  return `${appearance.listing}\0${appearance.source}`;
}

/**
 * Every listing URL published so far, and where each lives now: those the
 * manifest records, those earlier entries name (published before listings
 * were recorded), and this run's that hold papers. A file-named listing
 * whose dump now has a day (`--date` under its file name, or a dump of that
 * day under another name that holds it: `moves`) moves to the day; its URL
 * is kept as a redirect.
 */
export function publishedListings(input: Pick<IngestInput, 'manifest' | 'existing' | 'listings' | 'moves'>): Record<string, string> {
  const listings: Record<string, string> = { ...input.manifest.listings };
  const earlier = new Set<string>();
  for (const entry of input.existing) {
    for (const a of entry.data.listings) {
      listings[a.listing] ??= a.listing;
      earlier.add(appearanceKey(a));
    }
  }
  for (const listing of input.listings) {
    // A dump with no papers makes no page, so no URL.
    if (listing.entries.length === 0) continue;
    listings[listing.id] = listing.id;
    for (const undated of fileListingIds(listing.source)) {
      if (isDay(listing.id) && undated !== listing.id && earlier.has(appearanceKey({ listing: undated, source: listing.source }))) listings[undated] = listing.id;
    }
  }
  for (const move of input.moves ?? []) listings[move.id] = move.day;
  return Object.fromEntries(Object.entries(listings).sort(([a], [b]) => compareStrings(a, b)));
}
