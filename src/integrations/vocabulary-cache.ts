/**
 * The search vocabulary's cache: each page's terms (page-terms.ts), kept in
 * the build's cache folder between builds and keyed by the SHA-256 of the
 * page's Pagefind fragment, so that a day's update tokenises only the
 * fragments it adds or changes. The file says which code wrote it and holds
 * the SHA-256 of its body: a file of other code, of another format, cut
 * short or altered is ignored (the vocabulary is rebuilt from the
 * fragments), never trusted.
 *
 * Layout: one header line of JSON (`format`, `code`, `sha256` of the rest),
 * then the body, JSON: `words` (every distinct term and form once) and
 * `pages`, `[fragment SHA-256, title, term ids, form ids, other form ids]`
 * each. Ids into one word list keep the file at about 15 MB at 10,000 papers
 * and quick to read (about 0.1 s), where strings per page were 26 MB.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { codeVersion } from '../format/code-version.ts';
import type { PageTerms } from './page-terms.ts';

/** The cache file's name in the build's cache folder; the number changes with the layout above. */
export const VOCABULARY_CACHE_FILE = 'folio-search-vocabulary.v1';

const FORMAT = 'folio-search-vocabulary/1';

/** Pages' terms by the SHA-256 (hex) of their fragment's bytes. */
export type PageTermsCache = Map<string, PageTerms>;

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
 * Identifies the code a page's terms come from: the tokeniser and stemmer
 * (src/text/, and the lock file that pins `porter2`), the fragment reader,
 * page-terms.ts and this file. Any change to them sets every cached page aside.
 */
export function termsCodeVersion(): Promise<string> {
  return codeVersion(
    [new URL('../text/', import.meta.url)],
    [new URL('./page-terms.ts', import.meta.url), new URL('./pagefind-format.ts', import.meta.url), new URL(import.meta.url)],
  );
}

/** The cache file's text for `pages`, written by the code `code`. Pure. */
export function serialiseVocabularyCache(pages: PageTermsCache, code: string): string {
  const ids = new Map<string, number>();
  const id = (word: string) => {
    let n = ids.get(word);
    if (n === undefined) ids.set(word, (n = ids.size));
    return n;
  };
  const rows = [...pages].map(([key, page]) => [key, page.title, page.terms.map(id), page.forms.map(id), page.otherForms.map(id)]);
  const body = JSON.stringify({ words: [...ids.keys()], pages: rows });
  return `${JSON.stringify({ format: FORMAT, code, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`;
}

const isIds = (value: unknown, words: number): value is number[] => Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0 && n < words);

/**
 * The pages of a cache file's text, if the code `code` wrote it and it is
 * whole; else none, and why (for the build log). Pure.
 */
export function parseVocabularyCache(text: string, code: string): CacheRead {
  const none = (ignored: string): CacheRead => ({ pages: new Map(), ignored });
  const newline = text.indexOf('\n');
  if (newline < 0) return none('it has no header line');
  let header: { format?: unknown; code?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(text.slice(0, newline)) as typeof header;
  } catch {
    return none('its header is not JSON');
  }
  if (header?.format !== FORMAT) return none(`its format is \`${String(header?.format)}\`, not \`${FORMAT}\``);
  if (header.code !== code) return none('it was written by other code');
  const body = text.slice(newline + 1);
  if (header.sha256 !== createHash('sha256').update(body).digest('hex')) return none('its body does not match its checksum');
  let data: { words?: unknown; pages?: unknown };
  try {
    data = JSON.parse(body) as typeof data;
  } catch {
    return none('its body is not JSON');
  }
  const { words, pages } = data;
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string') || !Array.isArray(pages)) return none('its body is not a word list and pages');
  const out: PageTermsCache = new Map();
  for (const row of pages as unknown[]) {
    if (!Array.isArray(row) || row.length !== 5) return none('a page is not five fields');
    const [key, title, terms, forms, otherForms] = row as unknown[];
    if (typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key) || typeof title !== 'string') return none('a page has no fragment hash or title');
    if (!isIds(terms, words.length) || !isIds(forms, words.length) || !isIds(otherForms, words.length) || forms.length !== terms.length) return none('a page’s terms do not match the word list');
    const word = (n: number) => words[n] as string;
    out.set(key, { title, terms: terms.map(word), forms: forms.map(word), otherForms: otherForms.map(word) });
  }
  return { pages: out };
}

/** Reads the cache file `file` written by the code `code`; a missing file is an empty cache. */
export async function readVocabularyCache(file: string, code: string): Promise<CacheRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { pages: new Map() };
    return { pages: new Map(), ignored: `it cannot be read (${(error as Error).message})` };
  }
  return parseVocabularyCache(text, code);
}

/** Writes the cache file `file` (through a temporary file, so that a build stopped halfway leaves the old file or none). */
export async function writeVocabularyCache(file: string, pages: PageTermsCache, code: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, serialiseVocabularyCache(pages, code));
  await fs.rename(temporary, file);
}
