import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { textAbstractHtml } from '../format/abstract-html.ts';
import { abstractTextOf, entryAbstract, storedAbstract } from '../format/abstract-text.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { firstDay } from '../lib/group-papers.ts';
import { codeVersion } from '../format/code-version.ts';
import { paperFileNames, slugOfFile } from '../format/content-folder.ts';
import { FrontmatterError, parseEntry } from '../format/entry.ts';
import { checkPaperData, readEntryBody, slugProblem } from '../format/entry-problems.ts';
import { gitConflictProblem } from '../format/git-conflict.ts';
import { problemAt, ProblemsError } from '../format/problem.ts';
import { resolveTopicIds } from '../format/topic-aliases.ts';
import { titleText } from '../format/title-text.ts';
import { renderPlainBody, usesMdxFeatures } from './render-abstract.ts';
import { reloadOnChange } from './store-items.ts';

/** Options of {@link papersLoader}. */
export interface PapersLoaderOptions {
  /** The papers folder: one `<slug>.mdx` per paper. */
  dir: string;
  /** Identifies the code an entry is rendered with. Default: a fingerprint of src/loaders, src/format, the modules of src/lib and src/text they import, and the lock file (`ENTRY_CODE`). */
  renderVersion?: () => Promise<string>;
  /** Called with every entry once all are loaded (the unchanged ones as stored): the search index is made from them. */
  onLoaded?: (papers: LoadedPaper[]) => void;
  /**
   * Earlier ids of renamed topics → their ids now (`topicAliases` of the
   * taxonomy), read on every load: an entry's `topics` and `autoTopics` are
   * stored with the current ids. Default: none.
   */
  topicAliases?: () => ReadonlyMap<string, string>;
  /**
   * The files besides the entries that the functions above read (the
   * taxonomy, for `topicAliases` and the topic names of `onLoaded`): in
   * `astro dev`, a change to one loads the collection again, as a change of
   * an entry does, so no entry stays stored as read through what the file no
   * longer says. Default: none.
   */
  dependsOn?: readonly string[];
  /**
   * The paper slugs published (`published.json`), read only when an entry's
   * slug is not its file name: one named after a published slug had its
   * slug edited by hand, and is asked to put it back rather than to move
   * the URL by renaming the file. Default: none.
   */
  publishedSlugs?: () => ReadonlySet<string>;
}

/** What tells a slug edited by hand from a file renamed (see `slugProblem`). */
interface SlugsKnown {
  published: (slug: string) => boolean;
  hasFile: (slug: string) => boolean;
}

/** A paper as loaded: what the search index needs of it. */
export interface LoadedPaper {
  slug: string;
  title: string;
  /** Titles it was listed under before a later listing retitled it: search finds it by them too. */
  formerTitles: string[];
  /** The abstract as rendered, when it is not `textAbstractHtml` of its text; for an entry left to the MDX compiler, its text as a paragraph. */
  html?: string;
  /** The abstract as text (math as `$tex$`), as its page has it. */
  text: string;
  /** The abstract as plain text, formulas written out (`O(L²)`), as its page has it. */
  plain: string;
  /** Topic ids. */
  topics: string[];
  /** The first dated listing's day (`YYYY-MM-DD`); none when every listing is undated. */
  firstDay?: string;
  /** Why the paper was retired; none for a paper on show (only those are searched). */
  retired?: string;
}

/**
 * The code a stored entry depends on besides its file, how it is parsed and
 * rendered (`defaultRenderVersion`): folders every module of which counts,
 * and the modules of src/lib and src/text the loader imports. Among them
 * search-meta.ts, whose indexedFormula writes each formula's text into the
 * stored HTML (rehype-pagefind-ignore-math.ts): the entry's digest stands
 * for its abstract in the paper page's cache key, so it must change with it.
 */
export const ENTRY_CODE: { folders: readonly URL[]; files: readonly URL[] } = {
  folders: [new URL('./', import.meta.url), new URL('../format/', import.meta.url)],
  files: ['../lib/escape-markup.ts', '../lib/group-papers.ts', '../lib/search-meta.ts', '../lib/search-meta-fields.ts', '../text/ascii.ts', '../text/search-fold.ts', '../text/search-terms.ts', '../text/url-end.ts'].map((file) => new URL(file, import.meta.url)),
};

/** A fingerprint of `ENTRY_CODE` and the lock file. */
function defaultRenderVersion(): Promise<string> {
  return codeVersion(ENTRY_CODE.folders, ENTRY_CODE.files);
}

/**
 * Loads `DIR/*.mdx` paper entries into the content layer, like Astro's
 * `glob()` loader, with one difference that decides how the site scales: a
 * body that uses no MDX features (every ingested abstract) is rendered to
 * HTML here and stored in the content layer, the way Markdown entries are;
 * only a body that really uses MDX (a component, an expression, an
 * import) is deferred to Astro's MDX compiler. Compiling every entry into its
 * own module is what makes a 10,000-entry MDX site slow and memory-hungry.
 *
 * Each body is parsed once: the tree gives the MDX check, the HTML and the
 * plain text (`rendered.metadata.abstract`). An entry whose file and render
 * code are as they were when it was stored is kept as it is.
 */
export function papersLoader(options: PapersLoaderOptions): Loader {
  return {
    name: 'folio:papers',
    load: async (context) => {
      // Watched before the first load: an entry that stops it is then loaded again once it is fixed.
      watchPapers(options, context, () => loadPapers(options, context));
      await loadPapers(options, context);
    },
  };
}

/** Load every entry of the papers folder into the store, keeping those stored as they are. */
async function loadPapers(options: PapersLoaderOptions, context: LoaderContext): Promise<void> {
  const { store, logger } = context;
  const names = await paperFileNames(options.dir);
  if (names.length === 0) logger.warn(`no paper entries (*.mdx) in ${options.dir}; run \`npm run ingest\` first`);
  const aliases = options.topicAliases?.() ?? new Map<string, string>();
  // An entry is stored with its topics read through the aliases, so a change of aliases is a change of the entry.
  const version = `${await (options.renderVersion ?? defaultRenderVersion)()}${aliases.size > 0 ? `\n${JSON.stringify([...aliases])}` : ''}`;
  const untouched = new Set(store.keys());
  const files = new Set(names);
  let published: ReadonlySet<string> | undefined;
  const slugs: SlugsKnown = { published: (slug) => (published ??= options.publishedSlugs?.() ?? new Set()).has(slug), hasFile: (slug) => files.has(`${slug}.mdx`) };
  let deferred = 0;
  for (const name of names) {
    const file = path.join(options.dir, name);
    // Read synchronously: every entry is read on every build (its digest
    // decides whether it is parsed again), and 10,000 small reads through
    // fs/promises cost about 0.5 s of the main thread in open, stat, read
    // and close round trips; readFileSync takes about 0.1 s.
    const stored = await loadEntry(file, name, readFileSync(file, 'utf8'), version, aliases, slugs, context);
    untouched.delete(stored.id);
    if (stored.deferred) deferred += 1;
  }
  for (const id of untouched) store.delete(id);
  if (deferred > 0) logger.info(`${deferred} of ${names.length} entries use MDX features and are compiled by MDX`);
  options.onLoaded?.([...store.values()].map(loadedPaper));
}

/**
 * In `astro dev`, an entry added, edited or removed, or a change to a file
 * the entries are read through (`dependsOn`), loads the collection again.
 * Astro removes the listeners before each full sync, when `load` adds them again.
 */
function watchPapers(options: PapersLoaderOptions, context: LoaderContext, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (watcher === undefined) return;
  const dir = path.resolve(options.dir);
  watcher.add(dir);
  watcher.on('all', (_event, changed) => {
    if (path.dirname(path.resolve(changed)) === dir && changed.endsWith('.mdx')) reload().catch((error: unknown) => logger.error((error as Error).message));
  });
  for (const file of options.dependsOn ?? []) reloadOnChange(context, file, reload);
}

/** Check, parse and render one entry (`contents` of `file`) into the store, unless it is stored as it is. */
async function loadEntry(file: string, name: string, contents: string, version: string, aliases: ReadonlyMap<string, string>, slugs: SlugsKnown, context: LoaderContext): Promise<{ id: string; deferred: boolean }> {
  const { store, parseData, generateDigest, config } = context;
  const digest = generateDigest(`${version}\n${contents}`);
  const existing = store.get(slugOfFile(name));
  if (existing?.digest === digest) return { id: existing.id, deferred: existing.deferredRender === true };

  const { data, body } = readEntry(contents, file);
  const id = typeof (data as { slug?: unknown }).slug === 'string' ? (data as { slug: string }).slug : slugOfFile(name);
  // One file per URL: a slug that differs from its file name could
  // silently take another entry's page, so it stops the build.
  const misnamed = slugProblem(file, contents, id, slugs.published, slugs.hasFile);
  if (misnamed !== undefined) throw new ProblemsError([misnamed]);
  const filePath = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
  const parsed = await parseData({ id, data: withCurrentTopics(data as Record<string, unknown>, aliases), filePath: file }).catch((error: unknown) => {
    // Astro's own error names the entry but no line (`Location: …:0:0`), with a stack trace: said again at the field's line.
    const checked = checkPaperData(file, contents, data);
    throw 'problem' in checked ? new ProblemsError([checked.problem], { cause: error }) : error;
  });
  const tree = readEntryBody(file, contents, body);
  if (usesMdxFeatures(tree)) {
    store.set({ id, data: parsed, body, filePath, digest, deferredRender: true });
    return { id, deferred: true };
  }
  // Plain text first: rendering turns the tree into HTML.
  const abstract = storedAbstract(abstractTextOf(tree));
  const html = await renderPlainBody(tree);
  // No `body`, the prose only where it differs from the text, and no HTML where the text gives it (entryHtml): the page,
  // the archive and the search index read the rendered HTML and its text. The store is held, read and written whole on every build.
  store.set({ id, data: parsed, filePath, digest, rendered: { html: html === textAbstractHtml(abstract.text) ? '' : html, metadata: { abstract } } });
  return { id, deferred: false };
}

/** `data` with each old topic id of its `topics` and `autoTopics` read as the topic it names now (the ingest writes the same on its next run). */
function withCurrentTopics(data: Record<string, unknown>, aliases: ReadonlyMap<string, string>): Record<string, unknown> {
  if (aliases.size === 0) return data;
  const current = (value: unknown) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? resolveTopicIds(value, aliases) : value);
  return { ...data, ...('topics' in data ? { topics: current(data.topics) } : {}), ...('autoTopics' in data ? { autoTopics: current(data.autoTopics) } : {}) };
}

/** What the search index needs of a stored entry. */
function loadedPaper(entry: ReturnType<LoaderContext['store']['values']>[number]): LoadedPaper {
  const data = entry.data as { title: string; formerTitles?: string[]; topics: string[]; listings: Array<{ listing: string }>; retired?: string };
  const { text, plain } = entryAbstract(entry);
  const first = firstDay(data);
  return {
    slug: entry.id,
    // As the paper's page shows them (src/data/archive.ts): the search record's text is the page's.
    title: titleText(data.title),
    formerTitles: (data.formerTitles ?? []).map(titleText),
    // Left out where the text gives it: made again only for the pages the search indexes (search-records.ts).
    ...(entry.rendered === undefined ? { html: `<p>${escapeMarkup(text)}</p>` } : entry.rendered.html === '' ? {} : { html: entry.rendered.html }),
    text,
    plain,
    topics: data.topics,
    ...(first === undefined ? {} : { firstDay: first }),
    ...(data.retired === undefined ? {} : { retired: data.retired }),
  };
}

function readEntry(contents: string, file: string): { data: unknown; body: string } {
  const conflict = gitConflictProblem(file, contents, 'keep the listings of both sides');
  if (conflict !== undefined) throw new ProblemsError([conflict]);
  try {
    return parseEntry(contents);
  } catch (error) {
    const { line, reason } = error instanceof FrontmatterError ? error : {};
    const found = reason === undefined ? (error as Error).message : `${(error as Error).message} (${reason})`;
    // A frontmatter never closed, or none at all, is at the first line.
    throw new ProblemsError([problemAt(file, line ?? 1, `${found}; expected \`---\` YAML frontmatter \`---\` and the abstract`)], { cause: error });
  }
}
