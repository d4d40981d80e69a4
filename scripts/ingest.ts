/**
 * `npm run ingest -- [--content DIR] PATH...`
 *
 * Reads Daily Papers dumps (files, or folders of `.txt` files), and writes one
 * MDX entry per distinct paper to `DIR/papers/<slug>.mdx`, plus the manifest
 * of published URLs. Every input is checked before anything is written; any
 * problem stops the run with `file:line: message` lines and writes nothing.
 * This file only reads, writes and reports; the decisions live in scripts/lib.
 */
import { readFile, readdir, stat, mkdir, access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import slugify from '@sindresorhus/slugify';
import pLimit from 'p-limit';
import writeFileAtomic from 'write-file-atomic';
import { manifestSchema, type Manifest } from '../src/format/manifest-schema.ts';
import { paperSchema } from '../src/format/paper-schema.ts';
import { describeIssues } from '../src/format/describe-issues.ts';
import type { Taxonomy } from '../src/format/taxonomy-schema.ts';
import { parseListing } from './lib/parse-listing.ts';
import { mergePapers, type Listing, type MergedPaper } from './lib/merge-papers.ts';
import { compareStrings } from '../src/format/compare-strings.ts';
import { contentFolder, paperFileNames, slugOfFile, type ContentFolder } from '../src/format/content-folder.ts';
import { codeVersion } from '../src/format/code-version.ts';
import { planIngest, MANIFEST_COMMENT, type ExistingEntry, type IngestPlan } from './lib/plan-ingest.ts';
import { parseEntry } from '../src/format/entry.ts';
import { parseTaxonomy, defaultTaxonomyText, TaxonomyError } from '../src/format/taxonomy.ts';
import { formatProblem, problemAt, ProblemsError, quote, type Problem } from '../src/format/problem.ts';
import { fingerprint, hashText, parseIngestCache, serializeIngestCache, type CacheRecord } from './lib/ingest-cache.ts';

const USAGE = 'usage: npm run ingest -- [--content DIR] PATH...\n  PATH  a dump file, or a folder of .txt dumps\n  DIR   the content folder to write (default: ./content)';

/** Where the ingest keeps its memo of earlier runs, one file per content folder. */
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/folio/', import.meta.url));

/** How many entries are written at once. */
const WRITE_CONCURRENCY = 64;

/** What the command line asks for: the content folder and the dumps. */
interface Options {
  contentDir: string;
  paths: string[];
}

/**
 * The ingest's stages: read the command line, the dumps and the content
 * folder; replay the last run's report when nothing changed; otherwise parse,
 * merge and plan (nothing is written while any input has a problem), write
 * the plan, and report. Returns the exit code.
 */
async function main(argv: string[]): Promise<number> {
  const options = parseCommandLine(argv);
  if (typeof options === 'number') return options;
  const folder = contentFolder(options.contentDir);
  // The memo of the last run lives outside the content folder, so it is never committed with it.
  const cachePath = path.join(CACHE_DIR, `ingest-${hashText(path.resolve(options.contentDir))}.json`);
  const runPath = cachePath.replace(/\.json$/, '.run.json');
  try {
    const problems: Problem[] = [];
    const dumps = await readDumps(await collectDumps(options.paths, problems), problems);
    const userTaxonomy = await readOptional(folder.taxonomy);
    const taxonomyText = userTaxonomy ?? (await defaultTaxonomyText());
    const version = fingerprint([await ingestCodeVersion(), taxonomyText]);
    const runKey = (haveTaxonomy: boolean) => runFingerprint(version, dumps, folder.papers, folder.manifest, haveTaxonomy);
    if (problems.length === 0 && (await replayLastRun(runPath, await runKey(userTaxonomy !== undefined)))) return 0;

    const cacheText = await readOptional(cachePath);
    const { listings, papers, plan, warnings } = await planRun({ dumps, taxonomyText, folder, version, cache: parseIngestCache(cacheText), problems });
    await writePlan(plan, folder, userTaxonomy === undefined);
    const newCacheText = serializeIngestCache(plan.cache);
    if (cacheText !== newCacheText) {
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFileAtomic(cachePath, newCacheText);
    }
    const report = reportRun(listings, papers.length, plan, warnings);
    // Next time the same run finds nothing to do, it says what this one said, as unchanged.
    // Keyed on the folder as this run leaves it (the taxonomy file now exists).
    await writeFileAtomic(runPath, JSON.stringify({ key: await runKey(true), report: asUnchanged(report, plan.entries.length) }));
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

/** The options, or the exit code when the command line asks for help or is wrong (with the usage printed). */
function parseCommandLine(argv: string[]): Options | number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(`ingest: expected at least one dump file or folder\n${USAGE}`);
    return 2;
  }
  return { contentDir: args.values.content, paths: args.positionals };
}

/**
 * Nothing changed since the last run (same code, taxonomy and dumps; every
 * entry and the manifest untouched since it wrote them): its report stands.
 * Prints it and says so.
 */
async function replayLastRun(runPath: string, key: string): Promise<boolean> {
  const lastRun = parseLastRun(await readOptional(runPath));
  if (lastRun === undefined || lastRun.key !== key) return false;
  printReport(lastRun.report);
  return true;
}

/** What a run reads, already in memory. */
interface RunInput {
  dumps: readonly Dump[];
  taxonomyText: string;
  folder: ContentFolder;
  version: string;
  cache: Map<string, CacheRecord>;
  /** Problems found so far; more are added, and any stops the run before the plan. */
  problems: Problem[];
}

/** Parse the dumps and read the content folder, then merge and plan; throws every problem at once. */
async function planRun(input: RunInput): Promise<{ listings: Listing[]; papers: MergedPaper[]; plan: IngestPlan; warnings: Problem[] }> {
  const { problems, folder } = input;
  const warnings: Problem[] = [];
  const listings = parseDumps(input.dumps, problems, warnings);
  const taxonomy = readTaxonomy(input.taxonomyText, folder.taxonomy, problems);
  const manifest = await readManifest(folder.manifest, problems);
  const existing = await readExistingEntries(folder.papers, input.cache, problems);
  if (problems.length > 0 || taxonomy === undefined) throw new ProblemsError(problems);

  const { papers, warnings: mergeWarnings } = mergePapers(listings);
  const plan = planIngest({ listings, papers, existing, manifest, taxonomy, manifestPath: folder.manifest, cache: input.cache, version: input.version });
  if (plan.errors.length > 0) throw new ProblemsError(plan.errors);
  warnings.push(...mergeWarnings, ...plan.warnings);
  return { listings, papers, plan, warnings };
}

/**
 * Write what the plan changed: the entries, the taxonomy when the folder had
 * none, then the manifest. Each file is written to a temporary name and
 * renamed into place, so an interrupted run never leaves half an entry. No
 * fsync per file: that guards against power loss, not interruption, and
 * costs seconds per thousand entries.
 */
async function writePlan(plan: IngestPlan, folder: ContentFolder, writeTaxonomy: boolean): Promise<void> {
  await mkdir(folder.papers, { recursive: true });
  const limit = pLimit(WRITE_CONCURRENCY);
  const changed = plan.entries.filter((e) => e.status !== 'unchanged');
  await Promise.all(changed.map((e) => limit(() => writeFileAtomic(path.join(folder.papers, `${e.slug}.mdx`), e.text, { fsync: false }))));
  if (writeTaxonomy) await writeFileAtomic(folder.taxonomy, await defaultTaxonomyText());
  const manifestText = `${JSON.stringify(plan.manifest, null, 2)}\n`;
  if ((await readOptional(folder.manifest)) !== manifestText) await writeFileAtomic(folder.manifest, manifestText);
}

/** Print the warnings and the summary line of a run; returns what was printed, to replay. */
function reportRun(listings: readonly Listing[], paperCount: number, plan: IngestPlan, warnings: readonly Problem[]): ReportLine[] {
  const count = (status: string) => plan.entries.filter((e) => e.status === status).length;
  const entries = listings.reduce((sum, l) => sum + l.entries.length, 0);
  const report: ReportLine[] = [
    ...sortProblems(warnings).map((w) => ({ stream: 'stderr' as const, text: `warning: ${formatProblem(w)}` })),
    {
      stream: 'stdout',
      text:
        `read ${plural(listings.length, 'file')}: ${plural(entries, 'entry', 'entries')}, ${plural(paperCount, 'paper')} ` +
        `(${count('new')} new, ${count('updated')} updated, ${count('unchanged')} unchanged), ${plural(warnings.length, 'warning')}`,
    },
  ];
  printReport(report);
  return report;
}

/** A report as a later run with nothing to do would give it: every entry unchanged. */
function asUnchanged(report: readonly ReportLine[], entries: number): ReportLine[] {
  return report.map((line) => (line.stream === 'stdout' ? { ...line, text: line.text.replace(/\(\d+ new, \d+ updated, \d+ unchanged\)/, `(0 new, 0 updated, ${entries} unchanged)`) } : line));
}

function printReport(report: readonly ReportLine[]): void {
  for (const line of report) (line.stream === 'stderr' ? console.warn : console.log)(line.text);
}

/** Report what stopped the run, without a stack trace for anything the user can fix; returns the exit code. */
function reportFailure(error: unknown): number {
  const fsError = error as NodeJS.ErrnoException;
  if (!(error instanceof ProblemsError) && typeof fsError.code === 'string' && typeof fsError.path === 'string') {
    // A folder where a file should be, a full disk, no permission: say where.
    console.error(`${fsError.path}: ${fsError.code === 'ENOTDIR' ? 'a file is in the way where a folder is expected' : fsError.code === 'EISDIR' ? 'a folder is in the way where a file is expected' : fsError.message}`);
    console.error('ingest stopped; every entry already written is complete (each is written whole, then renamed into place)');
    return 1;
  }
  if (!(error instanceof ProblemsError)) throw error;
  for (const problem of sortProblems(error.problems)) console.error(formatProblem(problem));
  console.error(`ingest stopped: ${plural(error.problems.length, 'problem')} in the input; nothing was written`);
  return 1;
}

/** Expand the command line's paths into dump files: folders give their `.txt` files. */
async function collectDumps(paths: readonly string[], problems: Problem[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (info === undefined) {
      problems.push(problemAt(given, undefined, 'no such file or folder; expected a dump file or a folder of .txt dumps'));
    } else if (info.isDirectory()) {
      const names = (await readdir(given)).filter((n) => n.toLowerCase().endsWith('.txt')).sort(compareStrings);
      if (names.length === 0) problems.push(problemAt(given, undefined, 'the folder holds no .txt files; expected saved Daily Papers listings'));
      files.push(...names.map((n) => path.join(given, n)));
    } else {
      files.push(given);
    }
  }
  return [...new Set(files)];
}

/** A dump's path and its text. */
interface Dump {
  path: string;
  text: string;
}

/** Read every dump as UTF-8 text. */
async function readDumps(files: readonly string[], problems: Problem[]): Promise<Dump[]> {
  const dumps: Dump[] = [];
  for (const file of files) {
    try {
      dumps.push({ path: file, text: new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file)) });
    } catch (error) {
      const reason = error instanceof TypeError ? 'it is not UTF-8 text' : `it could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      problems.push(problemAt(file, undefined, `${reason}; expected a saved Daily Papers listing`));
    }
  }
  return dumps;
}

/** Parse every dump; each gets a listing id from its file name. */
function parseDumps(dumps: readonly Dump[], problems: Problem[], warnings: Problem[]): Listing[] {
  const listings: Listing[] = [];
  const pathById = new Map<string, string>();
  for (const { path: file, text } of dumps) {
    const parsed = parseListing(text, file);
    problems.push(...parsed.errors);
    warnings.push(...parsed.warnings);
    const source = path.basename(file);
    const id = slugify(source.replace(/\.txt$/i, ''), { decamelize: false }) || 'listing';
    const clash = pathById.get(id);
    if (clash !== undefined) {
      problems.push(problemAt(file, undefined, `gives the listing id ${quote(id)}, as does ${clash}; expected every dump to have a distinct file name`));
      continue;
    }
    pathById.set(id, file);
    listings.push({ id, source, path: file, ...(parsed.date === undefined ? {} : { date: parsed.date }), entries: parsed.entries });
  }
  return listings;
}

/** One line of the report, and where it goes. */
interface ReportLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** The last run's fingerprint and report, if the file is readable. */
function parseLastRun(text: string | undefined): { key: string; report: ReportLine[] } | undefined {
  try {
    const run = JSON.parse(text ?? '') as { key?: unknown; report?: unknown };
    return typeof run.key === 'string' && Array.isArray(run.report) ? { key: run.key, report: run.report as ReportLine[] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Everything a run depends on: the code and taxonomy (`version`), the dumps'
 * paths and texts, the manifest, whether the taxonomy file exists, and each
 * entry's name, size and modification time (a hand edit changes them).
 */
async function runFingerprint(version: string, dumps: readonly Dump[], papersDir: string, manifestPath: string, haveTaxonomy: boolean): Promise<string> {
  const names = (await readdir(papersDir).catch(() => [] as string[])).sort(compareStrings);
  // Size and times, not contents, to keep the no-change run fast: the change
  // time (ctime) is kept too, since copies and restores (`cp -p`, `rsync -a`)
  // can set the modification time back but never the change time.
  const stats = await Promise.all(names.map(async (name) => stat(path.join(papersDir, name)).then((s) => [name, s.size, s.mtimeMs, s.ctimeMs])));
  const manifest = await stat(manifestPath).then((s) => [s.size, s.mtimeMs, s.ctimeMs]).catch(() => null);
  return fingerprint([version, haveTaxonomy, manifest, dumps.map((d) => [d.path, hashText(d.text)]), stats]);
}

async function readManifest(file: string, problems: Problem[]): Promise<Manifest> {
  const text = await readOptional(file);
  if (text === undefined) return { comment: MANIFEST_COMMENT, papers: {} };
  try {
    const result = manifestSchema.safeParse(JSON.parse(text));
    if (result.success) return result.data;
    problems.push(problemAt(file, undefined, `does not fit the manifest format: ${describeIssues(result.error, 'manifest')}`));
  } catch (error) {
    problems.push(problemAt(file, undefined, `is not valid JSON (${(error as Error).message}); expected the manifest of published slugs`));
  }
  return { papers: {} };
}

/**
 * Read the entries already in the content folder; a broken one stops the run
 * rather than being overwritten. A file exactly as the last run wrote it is
 * taken from the cache instead of being parsed again.
 */
async function readExistingEntries(dir: string, cache: ReadonlyMap<string, CacheRecord>, problems: Problem[]): Promise<ExistingEntry[]> {
  const names = await paperFileNames(dir);
  const entries: ExistingEntry[] = [];
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const text = await readFile(file, 'utf8');
      const hash = hashText(text);
      const memo = cache.get(slugOfFile(name));
      if (memo !== undefined && memo.hash === hash) {
        entries.push({ path: file, data: memo.data, text, hash });
        return;
      }
      let data: unknown;
      try {
        data = parseEntry(text).data;
      } catch (error) {
        problems.push(problemAt(file, undefined, `its frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); fix or remove the entry`));
        return;
      }
      const result = paperSchema.safeParse(data);
      if (!result.success) {
        problems.push(problemAt(file, undefined, `does not fit the paper schema: ${describeIssues(result.error)}`));
      } else if (`${result.data.slug}.mdx` !== name) {
        problems.push(problemAt(file, undefined, `has slug ${quote(result.data.slug)}; expected the file to be named ${result.data.slug}.mdx`));
      } else {
        entries.push({ path: file, data: result.data, text, hash });
      }
    }),
  );
  return entries.sort((a, b) => compareStrings(a.path, b.path));
}

/** Parse the taxonomy, adding its problems (which name their lines) to the report. */
function readTaxonomy(text: string, file: string, problems: Problem[]): Taxonomy | undefined {
  try {
    return parseTaxonomy(text, file);
  } catch (error) {
    if (!(error instanceof TaxonomyError)) throw error;
    problems.push(...error.problems);
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
