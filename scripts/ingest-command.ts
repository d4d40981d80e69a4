/**
 * `npm run ingest -- [--content DIR] [--date YYYY-MM-DD] [--wait SECONDS] PATH...`,
 * started by scripts/ingest.js.
 *
 * Reads Daily Papers dumps (files, or folders of `.txt` files), and writes one
 * MDX entry per distinct paper to `DIR/papers/<slug>.mdx`, plus the manifest
 * of published URLs. Each dump is a day's listing: the day comes from
 * `--date`, the file name or the dump itself (scripts/lib/listing-day.ts). Every input is checked before anything is written; any
 * problem stops the run with `file:line: message` lines and writes nothing.
 * One run at a time holds the content folder (a second one waits), and the
 * writes are one transaction: a run that fails or is killed while writing
 * leaves the folder as it was, or the next run puts it back.
 * This file only reads, writes and reports; the decisions live in scripts/lib.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, readdir, readlink, stat, lstat, mkdir, access, open } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type { Manifest } from '../src/format/manifest-schema.ts';
import type { Paper } from '../src/format/paper-schema.ts';
import { checkManifestText, jsonLines } from '../src/format/manifest-problems.ts';
import type { Taxonomy } from '../src/format/taxonomy-schema.ts';
import { decodeDump } from './lib/decode-dump.ts';
import { knownBinaryFormat } from './lib/file-signature.ts';
import { dumpText } from './lib/dump-text.ts';
import { resolveListingDay } from './lib/listing-day.ts';
import { undatedListingDays, type ListingMove, type RunDump } from './lib/undated-listing-days.ts';
import { dumpSource, earlierDumps, joinUndated, recordedDumps, recordedUndated, undatedListingProblem, undatedRecordOf, type RecordedUndated } from './lib/dump-identity.ts';
import { dayIn, dayShapesIn, isDay, type Day } from '../src/format/day.ts';
import type { Listing } from './lib/merge-papers.ts';
import { addAlterations, noAlterations, parseListing, type Alterations, type ParsedListing } from './lib/parse-listing.ts';
import { compareStrings } from '../src/format/compare-strings.ts';
import { contentFolder, paperFileNames, slugOfFile, type ContentFolder } from '../src/format/content-folder.ts';
import { codeVersion } from '../src/format/code-version.ts';
import { listingIdClashes, planIngest, MANIFEST_COMMENT, type ExistingEntry, type IngestPlan } from './lib/plan-ingest.ts';
import { FrontmatterError, parseEntry } from '../src/format/entry.ts';
import { checkPaperData, slugProblem } from '../src/format/entry-problems.ts';
import { parseTaxonomy, defaultTaxonomyText, TaxonomyError } from '../src/format/taxonomy.ts';
import { goneTopicsReason } from '../src/format/gone-topics.ts';
import { formatProblem, problemAt, ProblemsError, quote, showPath, type Problem } from '../src/format/problem.ts';
import { mergeManifests } from './lib/merge-manifests.ts';
import { editedRecordTitles, renamedRecords } from './lib/edited-records.ts';
import { unservedPaperReason, unservedPapers } from '../src/lib/permalinks.ts';
import { describeGitConflicts, findGitConflicts, gitConflictProblem, gitConflictSides } from '../src/format/git-conflict.ts';
import { fingerprint, hashText, parseIngestCache, serializeIngestCache, writtenManifest, type CacheRecord } from './lib/ingest-cache.ts';
import { CommitError, commitFiles, ContentWriteError, recoverContent, removeStrayTempFiles } from './lib/content-transaction.ts';
import { lockContentFolder, LockBusyError, LockLostError, type ContentLock } from './lib/ingest-lock.ts';
import { append } from '../src/lib/append.ts';

const USAGE =
  'usage: npm run ingest -- [--content DIR] [--date YYYY-MM-DD] [--wait SECONDS] PATH...\n' +
  '  PATH     a dump file, or a folder of .txt dumps\n' +
  '  DIR      the content folder to write (default: ./content)\n' +
  '  --date   the day of every dump given (default: the date in each file name, such as 2025-03-14.txt, or in the dump)\n' +
  '  SECONDS  how long to wait for another ingest of DIR to finish (default: 60)';

/** Where the ingest keeps its memo of earlier runs, one file per content folder. */
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/folio/', import.meta.url));

/** What the command line asks for: the content folder, how long to wait for it, and the dumps. */
interface Options {
  contentDir: string;
  waitSeconds: number;
  paths: string[];
  /** `--date`: the day of every dump of this run. */
  date?: Day | undefined;
}

/**
 * The ingest's stages: read the command line; take the content folder's lock
 * and put back what an interrupted run left; then ingest; release the lock
 * whatever happens. Returns the exit code.
 */
async function main(argv: string[]): Promise<number> {
  const options = parseCommandLine(argv);
  if (typeof options === 'number') return options;
  const folder = contentFolder(options.contentDir);
  let lock: ContentLock | undefined;
  try {
    lock = await lockContentFolder(folder.root, {
      waitMs: options.waitSeconds * 1000,
      onWait: (holder) => console.warn(`ingest: another ingest${holder ? ` (pid ${holder.pid})` : ''} is writing ${showPath(folder.root)}; waiting up to ${options.waitSeconds} s for it to finish`),
    });
    await recoverFolder(folder);
    return await ingest(options, folder, lock);
  } catch (error) {
    return reportFailure(error);
  } finally {
    await lock?.release();
  }
}

/**
 * Read the dumps and the content folder; replay the last run's report when
 * nothing changed; otherwise parse, merge and plan (nothing is written while
 * any input has a problem), write the plan, and report. Returns the exit code.
 */
async function ingest(options: Options, folder: ContentFolder, lock: ContentLock): Promise<number> {
  // The memo of the last run lives outside the content folder, so it is never committed with it.
  const cachePath = path.join(CACHE_DIR, `ingest-${hashText(path.resolve(options.contentDir))}.json`);
  const runPath = cachePath.replace(/\.json$/, '.run.json');
  const problems: Problem[] = [];
  const dumps = await readDumps(await collectDumps(options.paths, problems), problems);
  const userTaxonomy = await readOptional(folder.taxonomy);
  const taxonomyText = userTaxonomy ?? (await defaultTaxonomyText());
  const version = fingerprint([await ingestCodeVersion(), taxonomyText]);
  const runHead = (haveTaxonomy: boolean) => runInputsPrint([version, options.date ?? null], dumps, folder.manifest, haveTaxonomy);
  if (problems.length === 0 && (await replayLastRun(runPath, await runHead(userTaxonomy !== undefined), folder.papers))) return 0;

  // A folder with no papers yet: a first run, or a mistyped --content on a later day.
  const entryCount = (await paperFileNames(folder.papers)).length;
  const newArchive = entryCount === 0;
  // Either deleted by hand (taken for a cache), told before this run writes it again: what only it held is gone.
  const missing = newArchive ? [] : missingRecords(folder, entryCount, { manifest: !existsSync(folder.manifest), taxonomy: userTaxonomy === undefined });
  const cacheText = await readOptional(cachePath);
  const { listings, plan, warnings, altered, rewritten } = await planRun({ dumps, day: options.date, taxonomyText, folder, version, cache: parseIngestCache(cacheText, version), manifestHash: writtenManifest(cacheText, version), problems });
  lock.assertHeld();
  const manifestText = `${JSON.stringify(plan.manifest, null, 2)}\n`;
  const leftover = await writePlan(plan, manifestText, folder, userTaxonomy === undefined);
  if (leftover !== undefined) console.warn(`warning: ${leftover}`);
  // What this run wrote again (a record or an entry deleted by hand) is said and counted with the run's other warnings.
  printReport(reportRun(listings, plan, [...warnings, ...missing, ...rewritten], altered));
  if (newArchive && plan.entries.length > 0) console.log(`started a new archive in ${showPath(folder.root)} (it held no papers): if you meant to add to an existing one, check --content`);
  // The memos only save time (each record is checked against its file's hash), so the run is complete without them.
  const newCacheText = serializeIngestCache(plan.cache, version, hashText(manifestText));
  if (cacheText !== newCacheText) await saveMemo(cachePath, newCacheText);
  // Next time the same run finds nothing to do, it says what a run over the folder as this one leaves it would say: every
  // entry unchanged, and nothing of what this run changed (a retitle, a longer abstract taken), which is done by then.
  // Keyed on the folder as this run leaves it (the taxonomy file now exists).
  const changes = new Set(plan.changes);
  const again = asUnchanged(reportRun(listings, plan, warnings.filter((w) => !changes.has(w)), altered), plan.entries.length);
  const head = await runHead(true);
  await saveMemo(runPath, `${JSON.stringify({ head, key: fingerprint([head, entriesPrint(folder.papers)]), report: again })}\n`);
  return 0;
}

/** Writes a memo of this run; a failure is a warning, since the next run only takes longer without it. */
async function saveMemo(file: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, text);
  } catch (error) {
    console.warn(`warning: ${showPath(file)}: could not save this memo (${(error as Error).message}); the next ingest takes longer`);
  }
}

/**
 * Put back what a run killed or stopped while writing left: an interrupted
 * commit is undone, its staging folder and older temporary files removed.
 */
async function recoverFolder(folder: ContentFolder): Promise<void> {
  const { restored, clearedStaging } = await recoverContent(folder.root);
  const strays = await removeStrayTempFiles([folder.root, folder.papers]);
  if (clearedStaging || strays > 0) {
    // A commit undone takes back that run's changes; a staging folder with no journal was never applied, or applied whole.
    // Stray temporary files alone come from an older Folio, which wrote entries one by one: nothing to say of the archive.
    const state =
      restored > 0
        ? `${plural(restored, 'file')} put back as they were: that run's changes are undone, so ingest its dumps again if they are not among these`
        : clearedStaging
          ? "the archive is as its last complete ingest left it (that run's staging folder is removed): ingest that run's dumps again if they are not among these"
          : undefined;
    const removed = strays > 0 ? `${plural(strays, 'temporary file')} removed` : undefined;
    console.warn(`note: an earlier ingest of ${showPath(folder.root)} stopped while writing; ${[state, removed].filter(Boolean).join('; ')}`);
  }
}

/** The options, or the exit code when the command line asks for help or is wrong (with the usage printed). */
function parseCommandLine(argv: string[]): Options | number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { content: { type: 'string', default: 'content' }, date: { type: 'string' }, wait: { type: 'string', default: '60' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const waitSeconds = Number(args.values.wait);
  if (!/^\d+(\.\d+)?$/.test(args.values.wait) || !Number.isFinite(waitSeconds)) {
    console.error(`ingest: --wait ${args.values.wait}: expected a number of seconds, such as 60 (0: do not wait)\n${USAGE}`);
    return 2;
  }
  const { date } = args.values;
  if (date !== undefined && !isDay(date)) {
    // Written as a day (`2025-02-29`, `2025-3-4`): a day with its zeros left out is named; one no calendar has is said to be none.
    const meant = dayShapesIn(date)[0] === date ? (dayIn(date) ?? null) : undefined;
    const expected = `--date expects a day written YYYY-MM-DD, such as 2025-03-14; got ${quote(date)}`;
    const message = meant === null ? `--date ${date} is not a day of the calendar; expected a day written YYYY-MM-DD, such as 2025-03-14` : meant === undefined ? expected : `${expected}: write ${meant}`;
    console.error(`ingest: ${message}\n${USAGE}`);
    return 2;
  }
  // After the options: a value left out takes the next word, often the dump's path, and the option's message says so.
  if (args.positionals.length === 0) {
    console.error(`ingest: expected at least one dump file or folder\n${USAGE}`);
    return 2;
  }
  return { contentDir: args.values.content, waitSeconds, paths: args.positionals, date };
}

/**
 * Nothing changed since the last run (same code, taxonomy and dumps; every
 * entry and the manifest untouched since it wrote them): its report stands.
 * Prints it and says so. The entries are looked at only when everything
 * else (`head`) is as it was: a day's ingest, with a new dump, never is, and
 * need not stat every entry to learn it.
 */
async function replayLastRun(runPath: string, head: string, papersDir: string): Promise<boolean> {
  const lastRun = parseLastRun(await readOptional(runPath));
  if (lastRun === undefined || lastRun.head !== head || lastRun.key !== fingerprint([head, entriesPrint(papersDir)])) return false;
  printReport(lastRun.report);
  return true;
}

/** What a run reads, already in memory. */
interface RunInput {
  dumps: readonly Dump[];
  /** `--date`, when given. */
  day: Day | undefined;
  taxonomyText: string;
  folder: ContentFolder;
  version: string;
  cache: Map<string, CacheRecord>;
  /** The hash of the manifest the last run left, checked then (see `writtenManifest`). */
  manifestHash: string | undefined;
  /** Problems found so far; more are added, and any stops the run before the plan. */
  problems: Problem[];
}

/**
 * What a folder that holds `entries` papers lost with its manifest or its
 * taxonomy deleted, which the run writes again (from the entries, or the
 * default taxonomy): said once, by the run that writes them, as the next
 * finds them there.
 */
function missingRecords(folder: ContentFolder, entries: number, missing: { manifest: boolean; taxonomy: boolean }): Problem[] {
  const held = `was missing, though the papers folder holds ${entries} ${entries === 1 ? 'entry' : 'entries'}`;
  const checkout = (file: string) => `(\`git checkout -- ${showPath(file)}\`), then ingest again`;
  const manifest = `${held}; wrote it again from the entries. It is no cache: it alone records URLs the entries do not (listings moved to their day, topics and papers no longer in the folder), which the build checks are still served; restore it from Git if you can ${checkout(folder.manifest)}`;
  const taxonomy = `${held}; wrote the default taxonomy there. If the archive had its own, restore it from Git ${checkout(folder.taxonomy)}`;
  return [...(missing.manifest ? [problemAt(folder.manifest, undefined, manifest)] : []), ...(missing.taxonomy ? [problemAt(folder.taxonomy, undefined, taxonomy)] : [])];
}

/** What a planned run reports besides the plan. */
interface PlannedRun {
  listings: Listing[];
  plan: IngestPlan;
  warnings: Problem[];
  altered: Alterations;
  /** Records and entries of published papers that were missing (deleted by hand) and that this run writes again: said once, by this run. */
  rewritten: Problem[];
}

/** Parse the dumps and read the content folder, then merge and plan; throws every problem (of every dump, and of the plan) at once. */
async function planRun(input: RunInput): Promise<PlannedRun> {
  const { problems, folder } = input;
  const warnings: Problem[] = [];
  const altered = noAlterations();
  const parsed = parseDumps(input.dumps, problems, warnings, altered);
  const taxonomy = readTaxonomy(input.taxonomyText, folder.taxonomy, problems);
  const { manifest, current, text: manifestText } = await readManifest(folder.manifest, input.manifestHash, problems, warnings);
  const existing = await readExistingEntries(folder.papers, input.cache, manifest, problems);
  const { listings, moves } = listingsOf(parsed, input.day, existing, problems, warnings);
  // A record's title changed by hand: its key told only while published.json is not as the last run left it (a run writes the key of the title), a title its slug was made from whenever a dump lists it.
  append(problems, editedRecordTitles(folder.manifest, manifest, listings, existing, recordLine(manifestText), !current));
  // A record's slug renamed by hand: told while published.json is not as the last run left it, before the record is read as a paper whose entry was deleted and the entry as one whose record was.
  if (!current) append(problems, renamedRecords(folder.manifest, manifest, existing, recordLine(manifestText)));
  // A record deleted by hand (or lost resolving a Git conflict) is written again from the entry: said once, as what it records may differ.
  const unrecorded = !current && existsSync(folder.manifest) ? existing.filter((e) => !Object.hasOwn(manifest.papers, e.data.slug)).map(unrecordedEntry) : [];
  // With problems already found, only the cheap checks run: planning every paper could find no more of them.
  if (taxonomy === undefined || problems.length > 0) throw new ProblemsError([...problems, ...listingIdClashes(listings, existing)]);

  const plan = planIngest({ listings, moves, existing, manifest, manifestCurrent: current, taxonomy, cache: input.cache, version: input.version });
  if (plan.errors.length > 0) throw new ProblemsError(plan.errors);
  append(warnings, plan.warnings);
  // The ingest keeps recording a topic gone from topics.yaml (it may have been served); told now, the user need not learn it from the build.
  const gone = goneTopicsReason(taxonomy, manifest.topics);
  if (gone !== undefined) warnings.push(problemAt(folder.manifest, undefined, `${gone}; the site will not build until then`));
  // So is a published paper whose entry was deleted by hand, unless this run wrote it again.
  const papers = [...existing.map((e) => e.data), ...plan.entries.map((e) => ({ slug: e.slug, aliases: [] }))];
  for (const slug of unservedPapers(papers, Object.keys(plan.manifest.papers))) warnings.push(problemAt(folder.manifest, undefined, `${unservedPaperReason(slug)}; the site will not build until then`));
  // Written again, such an entry holds the listings of this run's dumps alone: earlier days would drop the paper without a word.
  const absent = new Set(unservedPapers(existing.map((e) => e.data), Object.keys(manifest.papers)));
  const rewritten = [...unrecorded, ...plan.entries.filter((e) => absent.has(e.slug)).map((e) => rewrittenEntry(folder, e.slug, e.text))];
  return { listings, plan, warnings, altered, rewritten };
}

/** The warning for an entry whose paper published.json has no record of: the record is written again from it. */
function unrecordedEntry(entry: ExistingEntry): Problem {
  const { slug, title } = entry.data;
  return problemAt(
    entry.path,
    undefined,
    `published.json had no record of \`/papers/${slug}/\`; recorded it again from this entry, its title ${quote(title)} as the one the URL was published with: if the record was deleted by hand, put it back from Git before you commit (\`git diff published.json\` shows it)`,
  );
}

/** The warning for a published paper's entry, missing, that a run writes again (its text `text`) from its own dumps. */
function rewrittenEntry(folder: ContentFolder, slug: string, text: string): Problem {
  const days = (parseEntry(text).data as Paper).listings.map((l) => l.listing).join(', ');
  const entry = `papers/${slug}.mdx`;
  return problemAt(
    path.join(folder.papers, `${slug}.mdx`),
    undefined,
    `was missing, though published.json records \`/papers/${slug}/\`; wrote it again from this run's dumps, with their listings only (${days}): if the paper was on other listings too, restore the entry from Git instead (\`git checkout -- ${entry}\`), then ingest these dumps again`,
  );
}

/**
 * Write what the plan changed as one transaction (`commitFiles`): the
 * entries, the taxonomy when the folder had none, then the manifest. Either
 * all of it lands or, after any error, the folder is as it was. Resolves with
 * a warning when the writes landed but the staging folder could not be removed.
 * `manifestText`: the plan's manifest as written.
 */
async function writePlan(plan: IngestPlan, manifestText: string, folder: ContentFolder, writeTaxonomy: boolean): Promise<string | undefined> {
  const entries = plan.entries.filter((e) => e.status !== 'unchanged').map((e) => ({ file: path.join(folder.papers, `${e.slug}.mdx`), text: e.text }));
  const taxonomy = writeTaxonomy ? [{ file: folder.taxonomy, text: await defaultTaxonomyText() }] : [];
  const manifest = (await readOptional(folder.manifest)) === manifestText ? [] : [{ file: folder.manifest, text: manifestText }];
  return commitFiles(folder.root, [[...entries, ...taxonomy], manifest]);
}

/**
 * The warnings and the summary line of a run, to print and to replay. The
 * summary ends with what the ingest altered in the input, when it altered
 * anything, so the user sees it without reading every warning.
 */
function reportRun(listings: readonly Listing[], plan: IngestPlan, warnings: readonly Problem[], altered: Alterations): ReportLine[] {
  const count = (status: string) => plan.entries.filter((e) => e.status === status).length;
  // A paper on several listings is one paper (one entry), as the site counts it; its places on them are said apart.
  const { listed } = plan;
  const alterations = [
    ...(altered.subscribe > 0 ? [`removed the page's glued "Subscribe" ${altered.subscribe === 1 ? 'once' : `${altered.subscribe} times`}`] : []),
    ...(altered.characters > 0 ? [`removed ${plural(altered.characters, 'control or invisible character')}`] : []),
    ...(altered.mojibake > 0 ? [`read back ${plural(altered.mojibake, 'character')} saved as UTF-8 read as Windows-1252`] : []),
    ...(altered.links > 0 ? [`removed the link address after ${plural(altered.links, 'title')}`] : []),
    ...(altered.markers > 0 ? [`removed the list marker before ${plural(altered.markers, 'title')}`] : []),
    ...(altered.affixes > 0 ? [`removed the listing's words (an arXiv id, the site's page title, the authors' names, a venue's tag, a footnote mark) around ${plural(altered.affixes, 'title')}`] : []),
    ...(altered.votes > 0 ? [`removed ${plural(altered.votes, 'vote count or `Upvote`', 'vote counts or `Upvote`s')} glued onto titles`] : []),
    ...(altered.labels > 0 ? [`removed the card's \`Abstract\` label from the start of ${plural(altered.labels, 'abstract')}`] : []),
    ...(altered.references > 0 ? [`read back ${plural(altered.references, 'HTML character reference')}`] : []),
    ...(altered.buttons > 0 ? [`removed the page's button (\`…more\`, \`Show less\`) from the end of ${plural(altered.buttons, 'abstract')}`] : []),
    ...(plan.literalTex + altered.tex > 0 ? [`kept ${plural(plan.literalTex + altered.tex, 'LaTeX command')} as literal text`] : []),
    ...(plan.simplifiedTex + altered.simplifiedTex > 0 ? [`dropped or simplified ${plural(plan.simplifiedTex + altered.simplifiedTex, 'LaTeX command')}`] : []),
  ];
  return [
    ...sortProblems(warnings).map((w) => ({ stream: 'stderr' as const, text: `warning: ${formatProblem(w)}` })),
    {
      stream: 'stdout',
      text:
        `read ${plural(listings.length, 'file')}: ${plural(plan.papers, 'paper')} ` +
        `(${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged), ` +
        (listed > plan.papers ? `${listed} counting a paper once for each listing it is on, ` : '') +
        plural(warnings.length, 'warning') +
        (alterations.length > 0 ? `; ${alterations.join(', ')}` : ''),
    },
  ];
}

/** A report as a later run with nothing to do would give it: every entry unchanged. */
function asUnchanged(report: readonly ReportLine[], entries: number): ReportLine[] {
  return report.map((line) => (line.stream === 'stdout' ? { ...line, text: line.text.replace(/\(\d+ new, \d+ updated, \d+ unchanged\)/, `(0 new, 0 updated, ${entries} unchanged)`) } : line));
}

function printReport(report: readonly ReportLine[]): void {
  for (const line of report) (line.stream === 'stderr' ? console.warn : console.log)(line.text);
}

/** Report what stopped the run in one line per problem, without a stack trace for anything the user can fix; returns the exit code. */
function reportFailure(error: unknown): number {
  if (error instanceof ProblemsError) {
    for (const problem of sortProblems(error.problems)) console.error(formatProblem(problem));
    console.error(`ingest stopped: ${plural(error.problems.length, 'problem')} in the input; nothing was written`);
  } else if (error instanceof CommitError) {
    console.error(`${error.message}; ingest stopped, ${error.restored ? 'and the content folder is as it was before it' : 'and the next ingest puts the content folder back as it was'}`);
  } else if (error instanceof LockBusyError || error instanceof LockLostError) {
    console.error(`ingest: ${error.message}`);
  } else if (error instanceof ContentWriteError) {
    console.error(`${error.message}; ingest stopped before reading the content folder`);
  } else if (typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).path === 'string') {
    // A folder where a file should be, no permission, a full disk for the memo: say where.
    const { code, path: where, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOTDIR' ? 'a file is in the way where a folder is expected' : code === 'EISDIR' ? 'a folder is in the way where a file is expected' : message;
    console.error(`${showPath(where!)}: ${reason}; ingest stopped, nothing was written`);
  } else {
    throw error;
  }
  return 1;
}

/** Expand the command line's paths into dump files: folders give their `.txt` files, and `.html` ones to refuse (DUMP_EXTENSIONS), but not hidden ones. */
async function collectDumps(paths: readonly string[], problems: Problem[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    // A link whose target is missing is read as a file, and its reading says so (see whyUnreadable).
    if (info === undefined && (await lstat(given).catch(() => undefined))?.isSymbolicLink()) {
      files.push(given);
    } else if (info === undefined) {
      problems.push(problemAt(given, undefined, 'no such file or folder; expected a dump file or a folder of .txt dumps'));
    } else if (info.isDirectory()) {
      // Hidden files are not the user's dumps: editor locks (`.#x.txt`), macOS resource files (`._x.txt`).
      const visible = (await readdir(given)).filter((n) => !n.startsWith('.')).sort(compareStrings);
      const names = visible.filter((n) => DUMP_EXTENSIONS.has(path.extname(n).toLowerCase()));
      // A listing pasted into an editor that writes Markdown, saved beside the dumps: not read, but not passed over in silence.
      const markdown = visible.filter((n) => MARKDOWN_EXTENSIONS.has(path.extname(n).toLowerCase()));
      if (markdown.length > 0) {
        const which = `${markdown.length === 1 ? 'a Markdown file' : `${markdown.length} Markdown files`} (${markdown.map((n) => quote(showPath(n))).join(', ')})`;
        console.warn(`warning: ${showPath(given)}: did not read ${which}: a folder's dumps are its .txt files; if one is a saved listing, save the page as text (a .txt file) and ingest that`);
      }
      // A file whose first bytes name a compressed file or a document (`2025-03-14.txt.gz`) is read, to be refused as it is
      // when named directly: by what it is and the command that gets the text out, not as a file that is not a .txt one.
      const kinds = await Promise.all(visible.map(async (n) => (names.includes(n) || markdown.includes(n) ? undefined : knownBinaryFormat(await leadingBytes(path.join(given, n)), n))));
      const packed = visible.filter((_, i) => kinds[i] !== undefined);
      // Anything else is named too: a listing saved without `.txt`, or a day's dumps one folder down, would be lost without a word.
      const read = new Set([...names, ...markdown, ...packed]);
      const others = visible.filter((n) => !read.has(n));
      if (others.length > 0) {
        const kinds = await Promise.all(others.map(async (n) => ((await stat(path.join(given, n)).catch(() => undefined))?.isDirectory() ? 'folder' : 'file')));
        const files = others.filter((_, i) => kinds[i] === 'file');
        const folders = others.filter((_, i) => kinds[i] === 'folder');
        const list = (items: string[], one: string, many: string) => `${items.length} ${items.length === 1 ? one : many} (${items.map((n) => quote(showPath(n))).join(', ')})`;
        const which = [...(files.length > 0 ? [list(files, 'other file', 'other files')] : []), ...(folders.length > 0 ? [list(folders, 'folder', 'folders')] : [])].join(' and ');
        console.warn(`warning: ${showPath(given)}: did not read ${which}: a folder's dumps are its .txt files, not those of the folders in it; rename a saved listing to end in .txt, and give a folder of dumps by its own path`);
      }
      if (names.length === 0 && packed.length === 0) problems.push(problemAt(given, undefined, 'the folder holds no .txt files; expected saved Daily Papers listings'));
      append(files, [...names, ...packed].sort(compareStrings).map((n) => path.join(given, n)));
    } else {
      files.push(given);
    }
  }
  // One file however its path is spelled (`d/x.txt`, `./d/x.txt`): the first spelling given.
  const seen = new Set<string>();
  return files.filter((file) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return false;
    seen.add(resolved);
    return true;
  });
}

/** The first bytes of a file (as many as a file signature needs), or none when it cannot be read (a folder, no permission): enough to tell a compressed file or a document by its signature. */
async function leadingBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (handle === undefined) return new Uint8Array();
  try {
    const { buffer, bytesRead } = await handle.read(new Uint8Array(SIGNATURE_BYTES), 0, SIGNATURE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return new Uint8Array();
  } finally {
    await handle.close();
  }
}

/** Bytes enough for every signature of file-signature.ts. */
const SIGNATURE_BYTES = 16;

/** What a folder's dumps are named: pages saved as text, and as HTML (read to be refused, naming them, rather than skipped). */
const DUMP_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.xhtml']);

/** Markdown files in a folder: not dumps (a folder's notes, or a listing pasted into an editor that writes Markdown), named in a warning. */
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/** A dump's path and its text. */
interface Dump {
  path: string;
  text: string;
  /** What reading its bytes as text guessed (UTF-32 without a byte-order mark), said with the parse's warnings. */
  decoded?: Problem;
}

/** Read every dump as text (UTF-8, or UTF-16 or UTF-32 with a byte-order mark, or UTF-32 without one, with a warning); a page saved as HTML, an archive or JSON is refused (dump-text.ts). */
async function readDumps(files: readonly string[], problems: Problem[]): Promise<Dump[]> {
  const dumps: Dump[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      problems.push(problemAt(file, undefined, await whyUnreadable(file, error as NodeJS.ErrnoException)));
      continue;
    }
    const decoded = decodeDump(bytes, file);
    const read = 'text' in decoded ? dumpText(decoded.text, file) : decoded;
    if ('text' in read) dumps.push({ path: file, text: read.text, ...('warning' in decoded && decoded.warning !== undefined ? { decoded: problemAt(file, undefined, decoded.warning) } : {}) });
    else problems.push(problemAt(file, read.line, read.reason));
  }
  return dumps;
}

/**
 * Why a dump could not be read: for a link whose target is missing (moved or
 * deleted) or that leads back to itself, the link and its target, as written
 * and, when relative, where it leads; otherwise the system's code.
 */
async function whyUnreadable(file: string, error: NodeJS.ErrnoException): Promise<string> {
  const link = error.code === 'ENOENT' || error.code === 'ELOOP' ? await readlink(file).catch(() => undefined) : undefined;
  if (link === undefined) return `it could not be read (${error.code ?? error.message}); expected a saved Daily Papers listing`;
  const target = path.resolve(path.dirname(file), link);
  const named = `${quote(showPath(link))}${target === link ? '' : ` (${quote(showPath(target))})`}`;
  const why = error.code === 'ELOOP' ? 'which leads through links back to itself' : (await lstat(target).catch(() => undefined)) === undefined ? 'which does not exist (moved or deleted?)' : 'itself a link whose target is missing';
  return `it is a link to ${named}, ${why}; expected a saved Daily Papers listing: mend the link, or give the file itself`;
}

/** A dump as parsed, before its listing is known. */
interface ParsedDump {
  path: string;
  parsed: ParsedListing;
}

/** Parse every dump, counting what the parse altered. */
function parseDumps(dumps: readonly Dump[], problems: Problem[], warnings: Problem[], altered: Alterations): ParsedDump[] {
  return dumps.map(({ path: file, text, decoded }) => {
    const parsed = parseListing(text, file);
    append(problems, parsed.errors);
    if (decoded !== undefined) warnings.push(decoded);
    append(warnings, parsed.warnings);
    addAlterations(altered, parsed.altered);
    return { path: file, parsed };
  });
}

/**
 * Each dump's listing: its day (from `--date`, its file name, its date line
 * or the day an earlier ingest gave the same file), else an id made from its
 * file name. Dumps of one day are one listing; two undated dumps must not
 * share a file-named id. An undated listing that is a day's dump under
 * another name is that day's (undated-listing-days.ts): a dump of this run
 * is filed under the day, a published listing moves there (`moves`).
 */
function listingsOf(dumps: readonly ParsedDump[], flag: Day | undefined, existing: readonly ExistingEntry[], problems: Problem[], warnings: Problem[]): { listings: Listing[]; moves: ListingMove[] } {
  const recorded = recordedDumps(existing);
  const undated = recordedUndated(existing);
  const earlierIds = new Map<string, Set<string>>();
  for (const entry of existing) {
    for (const a of entry.data.listings) if (!isDay(a.listing)) earlierIds.set(a.source, (earlierIds.get(a.source) ?? new Set()).add(a.listing));
  }
  const accepted: Array<{ dump: RunDump; parsed: ParsedListing; warnings: Problem[] }> = [];
  /** The undated listings of this run so far: the first dump's path, and what the dumps on each give it. */
  const runUndated = new Map<string, { file: string; record: RecordedUndated }>();
  for (const { path: file, parsed } of dumps) {
    const source = dumpSource(file);
    const earlier = earlierDumps(recorded, source, parsed.entries.map((e) => e.title));
    const evidence = { file, flag, label: parsed.date, labelLine: parsed.dateLine, dayLabels: parsed.dayLabels, titles: parsed.entries.map((e) => ({ text: e.title, line: e.line })), earlier, earlierIds: [...(earlierIds.get(source) ?? [])] };
    const resolved = resolveListingDay(evidence);
    append(problems, resolved.problems);
    // A dump given before it in this run is checked as one an earlier ingest recorded: a save of the same dump may join it.
    const inRun = resolved.day === undefined ? runUndated.get(resolved.id) : undefined;
    const clash = inRun === undefined ? undefined : undatedListingProblem(file, resolved.id, parsed.entries.map((e) => e.title), inRun.record, inRun.file);
    if (clash !== undefined) {
      problems.push(clash);
      continue;
    }
    const earlierListing = resolved.day === undefined && resolved.problems.length === 0 ? undatedListingProblem(file, resolved.id, parsed.entries.map((e) => e.title), undated.get(resolved.id)) : undefined;
    if (earlierListing !== undefined) {
      problems.push(earlierListing);
      continue;
    }
    if (resolved.day === undefined) {
      const record = undatedRecordOf(file, parsed.entries.map((e) => e.title));
      runUndated.set(resolved.id, inRun === undefined ? { file, record } : { file: inRun.file, record: joinUndated(inRun.record, record) });
    }
    const titles = parsed.entries.map((e) => e.title);
    accepted.push({ dump: { file, source, id: resolved.id, day: resolved.day, titles, evidence }, parsed, warnings: resolved.warnings });
  }
  const days = undatedListingDays(
    accepted.map((a) => a.dump),
    { undated, days: recorded },
  );
  const listings = accepted.map(({ dump, parsed, warnings: own }): Listing => {
    const day = dump.day === undefined ? days.dated.get(dump.id) : undefined;
    // Filed under a day, it no longer needs the warning that asks for one.
    if (day === undefined) append(warnings, own);
    const id = day ?? dump.id;
    return { id, source: dump.source, path: dump.file, ...(!isDay(id) && parsed.date !== undefined ? { date: parsed.date } : {}), entries: parsed.entries };
  });
  append(warnings, days.warnings);
  return { listings, moves: days.moves };
}

/** One line of the report, and where it goes. */
interface ReportLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** The last run's fingerprints (of its inputs but the entries, and of everything) and report, if the file is readable. */
function parseLastRun(text: string | undefined): { head: string; key: string; report: ReportLine[] } | undefined {
  try {
    const run = JSON.parse(text ?? '') as { head?: unknown; key?: unknown; report?: unknown };
    return typeof run.head === 'string' && typeof run.key === 'string' && Array.isArray(run.report) ? { head: run.head, key: run.key, report: run.report as ReportLine[] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a run depends on but the entries: the code and taxonomy (`version`),
 * the dumps' paths and texts, the manifest, and whether the taxonomy file
 * exists. With {@link entriesPrint}, everything.
 */
async function runInputsPrint(version: unknown, dumps: readonly Dump[], manifestPath: string, haveTaxonomy: boolean): Promise<string> {
  const manifest = await stat(manifestPath).then((s) => [s.size, s.mtimeMs, s.ctimeMs]).catch(() => null);
  return fingerprint([version, haveTaxonomy, manifest, dumps.map((d) => [d.path, hashText(d.text)])]);
}

/** Each entry's name, size and modification and change times, as one hash: a hand edit changes them. */
function entriesPrint(papersDir: string): string {
  let names: string[];
  try {
    names = readdirSync(papersDir).sort(compareStrings);
  } catch {
    names = [];
  }
  // Size and times, not contents, to keep the no-change run fast: the change
  // time (ctime) is kept too, since copies and restores (`cp -p`, `rsync -a`)
  // can set the modification time back but never the change time. One after
  // another, not as promises: tens of thousands of small stats cost more in
  // the thread pool's round trips than on the disk.
  return fingerprint(
    names.map((name) => {
      const s = statSync(path.join(papersDir, name));
      return [name, s.size, s.mtimeMs, s.ctimeMs];
    }),
  );
}

/**
 * Read the manifest, checked against its schema unless it is exactly the one
 * the last run left (`checked`, its hash): that run wrote it, or checked it
 * and wrote it again unchanged, so it is also `current` (as this code
 * version writes it). One a Git merge left conflicted (two clones ingested
 * other days) is both sides' URLs, merged with a warning, as it only grows.
 */
async function readManifest(file: string, checked: string | undefined, problems: Problem[], warnings: Problem[]): Promise<{ manifest: Manifest; current: boolean; text?: string }> {
  const none: Manifest = { papers: {}, listings: {}, topics: [] };
  const text = await readOptional(file);
  if (text === undefined) return { manifest: { comment: MANIFEST_COMMENT, ...none }, current: false };
  if (checked !== undefined && hashText(text) === checked) return { manifest: JSON.parse(text) as Manifest, current: true, text };
  const sides = gitConflictSides(text);
  if (sides === undefined) return { manifest: checkManifest(text, file, problems) ?? none, current: false, text };
  const conflicts = findGitConflicts(text);
  const [ours, theirs] = [sides.ours, sides.theirs].map((side) => checkManifest(side, file, problems, `on a side of the Git merge conflict at ${describeGitConflicts(conflicts)}`));
  if (ours === undefined || theirs === undefined) return { manifest: none, current: false };
  const { manifest, clashes } = mergeManifests(ours, theirs);
  const line = conflicts[0]?.line;
  if (clashes.length > 0) {
    problems.push(problemAt(file, line, `holds a Git merge conflict (${describeGitConflicts(conflicts)}) whose two sides record ${clashes.join(', ')} differently; expected one record each: keep the side whose entry you kept, delete the other and the marker lines, and ingest again`));
  } else {
    warnings.push(problemAt(file, line, `merged the Git merge conflict (${describeGitConflicts(conflicts)}), keeping every URL of both sides: published.json only grows; commit it`));
  }
  return { manifest, current: false };
}

/** The line of a paper's `title` in the manifest's `text` (none for one merged from a Git conflict's sides, whose lines are not the file's); the text read once, when a line is first asked for. */
function recordLine(text: string | undefined): (slug: string) => number | undefined {
  let lineOf: ((path: readonly PropertyKey[]) => number) | undefined;
  return (slug) => (text === undefined ? undefined : (lineOf ??= jsonLines(text.replace(/^\uFEFF/, '')))(['papers', slug, 'title']));
}

/** The manifest `text` holds; `undefined`, with its problem added (at its line, unless on a conflict's `side`), when it is none. */
function checkManifest(text: string, file: string, problems: Problem[], side?: string): Manifest | undefined {
  const checked = checkManifestText(file, text, side);
  if ('manifest' in checked) return checked.manifest;
  problems.push(checked.problem);
  return undefined;
}

/**
 * Read the entries already in the content folder; a broken one stops the run
 * rather than being overwritten. A file exactly as the last run wrote it is
 * taken from the cache instead of being parsed again.
 */
async function readExistingEntries(dir: string, cache: ReadonlyMap<string, CacheRecord>, manifest: Manifest, problems: Problem[]): Promise<ExistingEntry[]> {
  const names = await paperFileNames(dir);
  const files = new Set(names);
  const entries: ExistingEntry[] = [];
  // Read one after another, not as promises: for tens of thousands of small
  // files the thread pool's round trips (open, stat, read, close each) cost
  // four times the reads themselves, as the content loader found.
  for (const name of names) {
    const file = path.join(dir, name);
    // A checkout with Windows line ends (git's autocrlf) holds the same entry: compare and rewrite it as LF text.
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const hash = hashText(text);
    const memo = cache.get(slugOfFile(name));
    if (memo !== undefined && memo.hash === hash) {
      entries.push({ path: file, data: memo.data, text, hash });
      continue;
    }
    const conflict = gitConflictProblem(file, text, 'keep the listings of both sides');
    if (conflict !== undefined) {
      problems.push(conflict);
      continue;
    }
    let data: unknown;
    try {
      data = parseEntry(text).data;
    } catch (error) {
      const message = (error as Error).message.split('\n')[0];
      const what = error instanceof FrontmatterError ? `its frontmatter is not valid YAML (${error.reason ?? message})` : `its frontmatter could not be read (${message})`;
      // A frontmatter never closed, or none at all, is at the first line.
      problems.push(problemAt(file, (error instanceof FrontmatterError ? error.line : undefined) ?? 1, `${what}; fix or remove the entry`));
      continue;
    }
    const checked = checkPaperData(file, text, data);
    if ('problem' in checked) {
      problems.push(checked.problem);
      continue;
    }
    const misnamed = slugProblem(file, text, checked.paper.slug, (slug) => Object.hasOwn(manifest.papers, slug), (slug) => files.has(`${slug}.mdx`));
    if (misnamed !== undefined) problems.push(misnamed);
    else entries.push({ path: file, data: checked.paper, text, hash });
  }
  return entries.sort((a, b) => compareStrings(a.path, b.path));
}

/** Parse the taxonomy, adding its problems (which name their lines) to the report. */
function readTaxonomy(text: string, file: string, problems: Problem[]): Taxonomy | undefined {
  try {
    return parseTaxonomy(text, file);
  } catch (error) {
    if (!(error instanceof TaxonomyError)) throw error;
    append(problems, error.problems);
    return undefined;
  }
}

/** This version of the ingest code: this file, scripts/lib and the content format and text modules it uses. */
function ingestCodeVersion(): Promise<string> {
  return codeVersion([new URL('./lib/', import.meta.url), new URL('../src/format/', import.meta.url), new URL('../src/text/', import.meta.url)], [new URL(import.meta.url)]);
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    await access(file);
  } catch {
    return undefined;
  }
  return readFile(file, 'utf8');
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

process.exitCode = await main(process.argv.slice(2));
