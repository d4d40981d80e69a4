/**
 * The search vocabulary's cache, a folder in the build's cache folder kept
 * between builds, with two kinds of file per index of the search:
 *
 * - `<name>.pages`: each page's terms (page-terms.ts), keyed by the SHA-256
 *   of the page's Pagefind fragment, so that a build tokenises only the
 *   fragments it adds or changes. `<name>` is the part's key (search-parts.ts
 *   `partKey`), or its folder for an index made from the built pages;
 * - `<key>.part`: the part's totals (part-terms.ts) and its index's keys, for
 *   a part with a key. Equal keys give byte-identical indexes, so a build
 *   takes a kept part's totals from here and reads none of its pages: at
 *   10,000 papers the archive's 7,000 of a day's 10,000.
 *
 * A build reads the `.pages` files of the parts it has to read (those of the
 * last build's parts too, so that the first day of a month, when the
 * archive takes in the month before, still finds every page), then keeps
 * only the files of its own parts.
 *
 * Each file says which code wrote it and holds the SHA-256 of its body: a
 * file of other code, of another format, cut short or altered is ignored
 * (its pages are tokenised again), never trusted.
 *
 * Layout: one header line of JSON (`format`, `code`, `sha256` of the rest),
 * then the body, JSON. Pages: `words` (every distinct term and form once)
 * and `pages`, `[fragment SHA-256, title, term ids, form ids, other form
 * ids]` each. Part: `key` (the part's), `words`, `terms` (`[term id, pages, form id, pages,
 * ...]` each), `written` (form ids), `titles`, and `chunks` (`[key id,
 * pages, ...]` per chunk of the index). Ids into one word list keep the
 * pages of 10,000 papers at about 15 MB and quick to read (about 0.1 s),
 * where strings per page were 26 MB.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { codeVersion } from '../format/code-version.ts';
import type { PageTerms } from './page-terms.ts';
import type { KeyCount } from './pagefind-format.ts';
import type { PartTerms, TermTotal } from './part-terms.ts';

/** The cache folder's name in the build's cache folder; the number changes with the layout above. */
export const VOCABULARY_CACHE_DIR = 'folio-search-vocabulary.v2';

/** The single cache file of earlier versions, which a build removes. */
export const LEGACY_VOCABULARY_CACHE_FILE = 'folio-search-vocabulary.v1';

const PAGES_FORMAT = 'folio-search-vocabulary/1';
const PART_FORMAT = 'folio-search-vocabulary-part/1';

/** Pages' terms by the SHA-256 (hex) of their fragment's bytes. */
export type PageTermsCache = Map<string, PageTerms>;

/** A part as the cache keeps it: its totals and its index's keys, in chunk order. */
export interface CachedPart {
  terms: PartTerms;
  chunks: KeyCount[][];
}

/** A cache file read back: its pages (none if it was set aside), and why it was set aside. */
export interface CacheRead {
  pages: PageTermsCache;
  ignored?: string;
}

/** The SHA-256 (hex) of a fragment's bytes: its key in the cache. */
export function fragmentKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Identifies the code a page's terms and a part's totals come from: the
 * tokeniser and stemmer (src/text/, and the lock file that pins `porter2`),
 * the fragment and index reader (pagefind-format.ts, cbor-cursor.ts),
 * page-terms.ts, part-terms.ts, what they import, and this file
 * (`TERMS_CODE`). Any change to them sets every cached file aside.
 */
export function termsCodeVersion(): Promise<string> {
  return codeVersion(TERMS_CODE.folders, TERMS_CODE.files);
}

/** The code `termsCodeVersion` hashes: folders every module of which counts, and single modules, among them every module page-terms.ts and part-terms.ts import (cbor-cursor.ts reads the fragments; a test holds the list to their imports). */
export const TERMS_CODE: { folders: readonly URL[]; files: readonly URL[] } = {
  folders: [new URL('../text/', import.meta.url)],
  files: [
    new URL('./page-terms.ts', import.meta.url),
    new URL('./part-terms.ts', import.meta.url),
    new URL('./pagefind-format.ts', import.meta.url),
    new URL('./cbor-cursor.ts', import.meta.url),
    new URL('../format/compare-strings.ts', import.meta.url),
    new URL('../format/day.ts', import.meta.url),
    new URL('../format/site-routes.ts', import.meta.url),
    new URL('../lib/search-folders.ts', import.meta.url),
    new URL('../lib/urls.ts', import.meta.url),
    new URL(import.meta.url),
  ],
};

/** A file's text: the header that vouches for `body`, then `body`. */
function withHeader(format: string, code: string, body: string): string {
  return `${JSON.stringify({ format, code, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`;
}

/** The parsed body of a file's text, if the code `code` wrote it in `format` and it is whole; else why not. */
function checkedBody(text: string, format: string, code: string): { data: Record<string, unknown> } | { ignored: string } {
  const newline = text.indexOf('\n');
  if (newline < 0) return { ignored: 'it has no header line' };
  let header: { format?: unknown; code?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(text.slice(0, newline)) as typeof header;
  } catch {
    return { ignored: 'its header is not JSON' };
  }
  if (header?.format !== format) return { ignored: `its format is \`${String(header?.format)}\`, not \`${format}\`` };
  if (header.code !== code) return { ignored: 'it was written by other code' };
  const body = text.slice(newline + 1);
  if (header.sha256 !== createHash('sha256').update(body).digest('hex')) return { ignored: 'its body does not match its checksum' };
  try {
    const data: unknown = JSON.parse(body);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? { data: data as Record<string, unknown> } : { ignored: 'its body is not JSON' };
  } catch {
    return { ignored: 'its body is not JSON' };
  }
}

/** Numbers each distinct word in the order first asked for. */
function wordIds(): { id: (word: string) => number; words: () => string[] } {
  const ids = new Map<string, number>();
  return {
    id: (word) => {
      let n = ids.get(word);
      if (n === undefined) ids.set(word, (n = ids.size));
      return n;
    },
    words: () => [...ids.keys()],
  };
}

const isWords = (value: unknown): value is string[] => Array.isArray(value) && value.every((w) => typeof w === 'string');
const isIds = (value: unknown, words: number): value is number[] => Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0 && n < words);
/** `[id, count, id, count, ...]`: ids into the word list, counts of at least one. */
const isIdCounts = (value: unknown, words: number): value is number[] =>
  Array.isArray(value) && value.length % 2 === 0 && value.every((n, i) => Number.isInteger(n) && (i % 2 === 0 ? n >= 0 && n < words : n >= 1));

/** The text of a `.pages` file for `pages`, written by the code `code`. Pure. */
export function serialiseVocabularyCache(pages: PageTermsCache, code: string): string {
  const { id, words } = wordIds();
  const rows = [...pages].map(([key, page]) => [key, page.title, page.terms.map(id), page.forms.map(id), page.otherForms.map(id)]);
  return withHeader(PAGES_FORMAT, code, JSON.stringify({ words: words(), pages: rows }));
}

/**
 * The pages of a `.pages` file's text, if the code `code` wrote it and it is
 * whole; else none, and why (for the build log). Pure.
 */
export function parseVocabularyCache(text: string, code: string): CacheRead {
  const none = (ignored: string): CacheRead => ({ pages: new Map(), ignored });
  const checked = checkedBody(text, PAGES_FORMAT, code);
  if ('ignored' in checked) return none(checked.ignored);
  const { words, pages } = checked.data;
  if (!isWords(words) || !Array.isArray(pages)) return none('its body is not a word list and pages');
  const out: PageTermsCache = new Map();
  for (const row of pages as unknown[]) {
    if (!Array.isArray(row) || row.length !== 5) return none('a page is not five fields');
    const [key, title, terms, forms, otherForms] = row as unknown[];
    if (typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key) || typeof title !== 'string') return none('a page has no fragment hash or title');
    if (!isIds(terms, words.length) || !isIds(forms, words.length) || !isIds(otherForms, words.length) || forms.length !== terms.length) return none('a page’s terms do not match the word list');
    const word = (n: number) => words[n]!;
    out.set(key, { title, terms: terms.map(word), forms: forms.map(word), otherForms: otherForms.map(word) });
  }
  return { pages: out };
}

/** The text of the `.part` file of the part with the key `key`, written by the code `code`. Pure. */
export function serialisePart(part: CachedPart, code: string, key: string): string {
  const { id, words } = wordIds();
  const terms = [...part.terms.terms].map(([term, total]) => [id(term), total.pages, ...[...total.words].flatMap(([form, pages]) => [id(form), pages])]);
  const written = [...part.terms.written].map(id);
  const chunks = part.chunks.map((chunk) => chunk.flatMap(({ key, pages }) => [id(key), pages]));
  return withHeader(PART_FORMAT, code, JSON.stringify({ key, words: words(), terms, written, titles: part.terms.titles, chunks }));
}

/**
 * The part of a `.part` file's text, if the code `code` wrote it for the
 * part with the key `key` (a file moved or copied under another part's name
 * is that part's totals, not these) and it is whole; else why not. Pure.
 */
export function parsePart(text: string, code: string, key: string): { part: CachedPart } | { ignored: string } {
  const checked = checkedBody(text, PART_FORMAT, code);
  if ('ignored' in checked) return checked;
  const { key: writtenFor, words, terms, written, titles, chunks } = checked.data;
  if (writtenFor !== key) return { ignored: `it holds the totals of another part (\`${String(writtenFor)}\`)` };
  if (!isWords(words) || !Array.isArray(terms) || !isIds(written, words.length) || !isWords(titles) || !Array.isArray(chunks)) return { ignored: 'its body is not a part’s totals' };
  const totals = new Map<string, TermTotal>();
  for (const row of terms as unknown[]) {
    if (!Array.isArray(row) || row.length < 4 || !isIdCounts(row, words.length)) return { ignored: 'a term’s totals do not match the word list' };
    const [term, pages, ...forms] = row as number[];
    const total: TermTotal = { pages: pages!, words: new Map() };
    for (let i = 0; i < forms.length; i += 2) total.words.set(words[forms[i]!]!, forms[i + 1]!);
    totals.set(words[term!]!, total);
  }
  const keys: KeyCount[][] = [];
  for (const chunk of chunks as unknown[]) {
    if (!isIdCounts(chunk, words.length)) return { ignored: 'a chunk’s keys do not match the word list' };
    const list: KeyCount[] = [];
    for (let i = 0; i < chunk.length; i += 2) list.push({ key: words[chunk[i]!]!, pages: chunk[i + 1]! });
    keys.push(list);
  }
  return { part: { terms: { terms: totals, written: new Set(written.map((n) => words[n]!)), titles }, chunks: keys } };
}

/** A file of the cache folder: its text, or none if it is missing; an error other than a missing file is why it is set aside. */
function readText(file: string): { text?: string; ignored?: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { ignored: `it cannot be read (${(error as Error).message})` };
  }
}

/** One index of this build, as the cache knows it: the name of its files, and its key if it has one. */
export interface CachedIndex {
  name: string;
  key?: string;
}

/** A part this build read page by page: its pages' terms, its totals when it has a key, and whether its `.pages` file already holds exactly these pages. */
export interface ReadPart {
  index: CachedIndex;
  pages: PageTermsCache;
  part?: CachedPart;
  unchanged: boolean;
}

/**
 * The cache folder `dir`, written by the code `code`, for the indexes of
 * one build. Its files are read synchronously: the vocabulary is written in
 * a worker thread (vocabulary-thread.ts), where blocking holds nothing up.
 */
export class VocabularyCache {
  private readonly dir: string;
  private readonly code: string;
  /** The pages of every `.pages` file but those of parts taken whole, read when first asked for, each with the file it is in. */
  private pages?: Map<string, { terms: PageTerms; file: string }>;
  /** How many pages each `.pages` file read holds. */
  private readonly sizes = new Map<string, number>();
  /** Files set aside, and why: `<file>: <reason>`. */
  readonly ignored: string[] = [];

  constructor(dir: string, code: string) {
    this.dir = dir;
    this.code = code;
  }

  /** The part with the key `key`, if the cache has it whole. */
  part(key: string): CachedPart | undefined {
    const file = `${key}.part`;
    const { text, ignored } = readText(path.join(this.dir, file));
    if (ignored !== undefined) this.ignored.push(`${file}: ${ignored}`);
    if (text === undefined) return undefined;
    const read = parsePart(text, this.code, key);
    if ('ignored' in read) {
      this.ignored.push(`${file}: ${read.ignored}`);
      return undefined;
    }
    return read.part;
  }

  /**
   * The terms of the page whose fragment has the SHA-256 `key`, from any
   * `.pages` file of the folder but those named in `skip` (the parts taken
   * whole, whose pages are not read), if one has them.
   */
  page(key: string, skip: ReadonlySet<string>): { terms: PageTerms; file: string } | undefined {
    if (this.pages === undefined) {
      this.pages = new Map();
      for (const file of this.files().filter((f) => f.endsWith('.pages') && !skip.has(f.slice(0, -'.pages'.length)))) {
        const { text, ignored } = readText(path.join(this.dir, file));
        const read = text === undefined ? { pages: new Map(), ignored } : parseVocabularyCache(text, this.code);
        if (read.ignored !== undefined) this.ignored.push(`${file}: ${read.ignored}`);
        for (const [fragment, terms] of read.pages) this.pages.set(fragment, { terms, file });
        this.sizes.set(file, read.pages.size);
      }
    }
    return this.pages.get(key);
  }

  /** Whether `<name>.pages` holds exactly the pages `pages`, each of which was found in it: then it need not be written again. */
  holdsExactly(name: string, pages: ReadonlyArray<{ file: string } | undefined>): boolean {
    const file = `${name}.pages`;
    return this.sizes.get(file) === pages.length && pages.every((found) => found?.file === file);
  }

  /**
   * Saves what this build read (each part's pages, and the totals of those
   * with a key), then removes every file that is not of `indexes`, this
   * build's (a part taken whole keeps its files as they are). Each file is
   * written through a temporary file, so that a build stopped halfway
   * leaves the old file or none; a file that cannot be written (a folder in
   * its place, a full disk) leaves no temporary file either, and the others
   * are saved and removed all the same. Rejects naming each file that could
   * not be written (its pages will be read again) or removed (nothing is
   * lost), and saying which.
   */
  async save(read: readonly ReadPart[], indexes: readonly CachedIndex[]): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const failed: string[] = [];
    const write = async (file: string, text: string) => {
      const temporary = path.join(this.dir, `${file}.${process.pid}.tmp`);
      try {
        await fs.writeFile(temporary, text);
        await fs.rename(temporary, path.join(this.dir, file));
      } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        failed.push(`\`${file}\` could not be written (${(error as Error).message})`);
      }
    };
    for (const { index, pages, part, unchanged } of read) {
      if (!unchanged) await write(`${index.name}.pages`, serialiseVocabularyCache(pages, this.code));
      if (part !== undefined && index.key !== undefined) await write(`${index.key}.part`, serialisePart(part, this.code, index.key));
    }
    const keep = new Set(indexes.flatMap((index) => [`${index.name}.pages`, ...(index.key === undefined ? [] : [`${index.key}.part`])]));
    const stuck: string[] = [];
    // Whatever else is here, a folder too (left by a tool, a backup), is not the cache's: removed whole.
    for (const file of this.files()) {
      if (!keep.has(file)) await fs.rm(path.join(this.dir, file), { recursive: true, force: true }).catch((error: Error) => stuck.push(`\`${file}\` (${error.message})`));
    }
    const problems = [
      ...(failed.length > 0 ? [`not saved whole (${failed.join('; ')}): the next build will read again the pages it lacks`] : []),
      ...(stuck.length > 0 ? [`${stuck.join('; ')} could not be removed from \`${this.dir}\`: nothing of this build's is lost, remove it by hand`] : []),
    ];
    if (problems.length > 0) throw new Error(problems.join('; '));
  }

  private files(): string[] {
    try {
      return readdirSync(this.dir);
    } catch {
      return [];
    }
  }
}
