/**
 * Reads the files Pagefind 1.6 writes (`pagefind.<hash>.pf_meta`,
 * `index/<hash>.pf_index`, `fragment/<hash>.pf_fragment`), so the build can
 * derive the search vocabulary from exactly what the index holds. The
 * layout is Pagefind's own (its `pagefind_web/src/{metadata,index}.rs`
 * read it): gzip, the 12-byte signature `pagefind_dcd`, then CBOR (decoded
 * by `cborg`, or walked by cbor-cursor.ts where only key counts are wanted)
 * or, for fragments, JSON. It is not a public format, so the
 * version is pinned in package.json and every shape is checked: a file that
 * does not read as expected stops the build naming the file, what was found
 * and the Pagefind version this reader knows.
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { CborCursor } from './cbor-cursor.ts';
import { PAGEFIND_SIGNATURE } from '../lib/search-folders.ts';

/** The Pagefind version whose files this module reads. */
export const PAGEFIND_FORMAT_VERSION = '1.6.0';

const SIGNATURE = PAGEFIND_SIGNATURE;

/** `pf_meta`: the pages and the index chunks of one language. */
export interface PagefindMeta {
  version: string;
  /** Page hashes (fragment names, `en_7f8f67f`) in page-number order. */
  pages: string[];
  /** Index chunks in key order: first and last key, file hash. */
  chunks: Array<{ from: string; to: string; hash: string }>;
  /** Metadata fields by field number (`title`, …). */
  metaFields: string[];
}

/** One page where an index word occurs: word positions in its content, and positions in metadata fields. */
export interface WordPage {
  page: number;
  locations: number[];
  metaLocations: Array<{ field: number; position: number }>;
}

/** One key of an index chunk, with the pages it is on and its accented variants (`cafe` → `café`). */
export interface IndexWord {
  key: string;
  pages: WordPage[];
  variants: Array<{ form: string; pages: WordPage[] }>;
}

/** What a `pf_fragment` holds that the vocabulary needs. */
export interface PagefindFragment {
  url: string;
  /** The page's indexed text, words separated by whitespace (Pagefind's positions count these words). */
  content: string;
  meta: Record<string, string>;
}

/** Why a Pagefind file could not be read. */
export class PagefindFormatError extends Error {
  constructor(file: string, found: string) {
    super(
      `\`${file}\`: ${found}: expected the layout Pagefind ${PAGEFIND_FORMAT_VERSION} writes. ` +
        `Folio's search vocabulary reads Pagefind's index files; after a Pagefind upgrade, check src/integrations/pagefind-format.ts against the new version`,
    );
    this.name = 'PagefindFormatError';
  }
}

/** The payload of a Pagefind file: gunzipped (when needed) and past the signature. */
function payload(bytes: Uint8Array, file: string): Uint8Array {
  let data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    try {
      data = gunzipSync(data);
    } catch {
      throw new PagefindFormatError(file, 'neither gzip nor the `pagefind_dcd` signature');
    }
  }
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new PagefindFormatError(file, 'no `pagefind_dcd` signature');
  return data.subarray(SIGNATURE.length);
}

function cbor(bytes: Uint8Array, file: string): unknown {
  try {
    return decode(payload(bytes, file));
  } catch (error) {
    if (error instanceof PagefindFormatError) throw error;
    throw new PagefindFormatError(file, `not CBOR (${(error as Error).message})`);
  }
}

const isArray = Array.isArray;
const isString = (value: unknown): value is string => typeof value === 'string';
const isInt = (value: unknown): value is number => Number.isInteger(value);

/** Checks `ok`, else throws naming the file and the part that did not read. */
function expectShape(ok: boolean, file: string, what: string): asserts ok {
  if (!ok) throw new PagefindFormatError(file, `unexpected ${what}`);
}

/** Reads `pagefind.<hash>.pf_meta`: `[version, pages[[hash, words, group]], chunks[[from, to, hash]], filters, sorts, metaFields]`. */
export function readPagefindMeta(bytes: Uint8Array, file: string): PagefindMeta {
  const root = cbor(bytes, file);
  expectShape(isArray(root) && root.length >= 6 && isString(root[0]), file, 'metadata root (expected 6 fields, a version first)');
  const [version, pages, chunks, , , metaFields] = root as unknown[];
  expectShape(version === PAGEFIND_FORMAT_VERSION, file, `generator version \`${String(version)}\``);
  expectShape(isArray(pages) && pages.every((p) => isArray(p) && isString(p[0])), file, 'page list');
  expectShape(isArray(chunks) && chunks.every((c) => isArray(c) && c.length === 3 && c.every(isString)), file, 'chunk list');
  expectShape(isArray(metaFields) && metaFields.every(isString), file, 'metadata field list');
  return {
    version: version as string,
    pages: (pages as string[][]).map((p) => p[0]!),
    chunks: (chunks as string[][]).map(([from, to, hash]) => ({ from: from!, to: to!, hash: hash! })),
    metaFields: metaFields as string[],
  };
}

/**
 * Word positions of one page: deltas, where a negative number sets the weight
 * of the words after it and restarts the deltas (`index.rs` `decode_pages`).
 */
function readLocations(raw: unknown, file: string): number[] {
  expectShape(isArray(raw) && raw.every(isInt), file, 'word locations');
  const out: number[] = [];
  let last = 0;
  for (const loc of raw as number[]) {
    if (loc < 0) last = 0;
    else out.push((last += loc));
  }
  return out;
}

/** Metadata positions: deltas, where a negative number `-(field + 1)` switches the field. */
function readMetaLocations(raw: unknown, file: string): WordPage['metaLocations'] {
  expectShape(isArray(raw) && raw.every(isInt), file, 'metadata locations');
  const out: WordPage['metaLocations'] = [];
  let field = 0;
  let last = 0;
  for (const loc of raw as number[]) {
    if (loc < 0) {
      field = -loc - 1;
      last = 0;
    } else out.push({ field, position: (last += loc) });
  }
  return out;
}

/** Pages of a word: `[[pageDelta, locations, metaLocations?], …]`, page numbers delta-encoded. */
function readPages(raw: unknown, file: string): WordPage[] {
  expectShape(isArray(raw), file, 'page list of a word');
  let page = 0;
  return (raw as unknown[]).map((entry) => {
    expectShape(isArray(entry) && entry.length >= 2 && isInt(entry[0]), file, 'page entry of a word');
    const [delta, locations, meta] = entry as unknown[];
    page += delta as number;
    return { page, locations: readLocations(locations, file), metaLocations: meta === undefined ? [] : readMetaLocations(meta, file) };
  });
}

/** Reads `index/<hash>.pf_index`: `[words[[key, pages, variants[[form, pages]]]]]`. */
export function readPagefindIndexChunk(bytes: Uint8Array, file: string): IndexWord[] {
  const root = cbor(bytes, file);
  expectShape(isArray(root) && isArray(root[0]), file, 'index chunk root');
  return (root[0] as unknown[]).map((word) => {
    expectShape(isArray(word) && word.length >= 2 && isString(word[0]), file, 'index word');
    const [key, pages, variants = []] = word as unknown[];
    expectShape(isArray(variants), file, `variants of \`${String(key)}\``);
    return {
      key: key as string,
      pages: readPages(pages, file),
      variants: (variants as unknown[]).map((variant) => {
        expectShape(isArray(variant) && isString(variant[0]), file, `variant of \`${String(key)}\``);
        return { form: variant[0] as string, pages: readPages(variant[1], file) };
      }),
    };
  });
}

/** A key of an index chunk and on how many pages it is (its accented variants' pages included). */
export interface KeyCount {
  key: string;
  pages: number;
}

/**
 * Reads the keys of `index/<hash>.pf_index` and on how many pages each is:
 * what `readPagefindIndexChunk` reads, counted, but walked without building
 * the word positions, which are most of a chunk and all the search
 * vocabulary does not need. Same shape checks, same errors.
 */
export function readPagefindKeyCounts(bytes: Uint8Array, file: string): KeyCount[] {
  const cbor = new CborCursor(payload(bytes, file), (what) => {
    throw new PagefindFormatError(file, `unexpected ${what}`);
  });
  const rootLength = cbor.arrayLength('index chunk root');
  expectShape(rootLength >= 1, file, 'index chunk root');
  const counts: KeyCount[] = [];
  const own: number[] = [];
  const addOwn = (page: number) => {
    own.push(page);
  };
  /** Reads a page list, giving each page number to `add`; returns its length. */
  const readPages = (add: (page: number) => void) => {
    const length = cbor.arrayLength('page list of a word');
    let page = 0;
    for (let i = 0; i < length; i++) {
      const fields = cbor.arrayLength('page entry of a word');
      expectShape(fields >= 2, file, 'page entry of a word');
      add((page += cbor.integer('page entry of a word')));
      cbor.skipIntegers('word locations');
      if (fields >= 3) cbor.skipIntegers('metadata locations');
      for (let extra = fields - 3; extra > 0; extra--) cbor.skip();
    }
    return length;
  };
  for (let words = cbor.arrayLength('index chunk root'); words > 0; words--) {
    const fields = cbor.arrayLength('index word');
    expectShape(fields >= 2, file, 'index word');
    const key = cbor.text('index word');
    own.length = 0;
    let count = readPages(addOwn);
    const variants = fields >= 3 ? cbor.arrayLength('variants of a key') : 0;
    if (variants > 0) {
      // A page may hold the key and a variant: count it once.
      const pages = new Set(own);
      const addPage = (page: number) => {
        pages.add(page);
      };
      for (let v = 0; v < variants; v++) {
        const variantFields = cbor.arrayLength('variant of a key');
        expectShape(variantFields >= 2, file, 'variant of a key');
        cbor.text('variant of a key');
        readPages(addPage);
        for (let extra = variantFields - 2; extra > 0; extra--) cbor.skip();
      }
      count = pages.size;
    }
    for (let extra = fields - 3; extra > 0; extra--) cbor.skip();
    counts.push({ key, pages: count });
  }
  for (let extra = rootLength - 1; extra > 0; extra--) cbor.skip();
  return counts;
}

/** Reads `fragment/<hash>.pf_fragment` (JSON after the signature). */
export function readPagefindFragment(bytes: Uint8Array, file: string): PagefindFragment {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload(bytes, file)).toString('utf8'));
  } catch (error) {
    if (error instanceof PagefindFormatError) throw error;
    throw new PagefindFormatError(file, 'a fragment that is not JSON');
  }
  const fragment = data as Partial<PagefindFragment>;
  expectShape(isString(fragment.url) && isString(fragment.content) && typeof fragment.meta === 'object', file, 'fragment (expected url, content, meta)');
  return { url: fragment.url!, content: fragment.content!, meta: fragment.meta as Record<string, string> };
}
