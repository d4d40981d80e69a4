import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { PageTerms } from '../../../../src/integrations/page-terms.ts';
import { partTerms } from '../../../../src/integrations/part-terms.ts';
import { unhashedModules } from '../../../support/code-coverage.ts';
import {
  fragmentKey,
  parsePart,
  parseVocabularyCache,
  serialisePart,
  serialiseVocabularyCache,
  TERMS_CODE,
  VocabularyCache,
  type CachedPart,
  type PageTermsCache,
} from '../../../../src/integrations/vocabulary-cache.ts';

const key = (text: string) => fragmentKey(Buffer.from(text));
const tide: PageTerms = { title: 'Tide Tables', terms: ['tide', 'tabl'], forms: ['tides', 'tables'], otherForms: ['tide'] };
const ropes: PageTerms = { title: 'Ropes: “Long” ones', terms: ['rope', 'long'], forms: ['ropes', 'long'], otherForms: [] };
const pages: PageTermsCache = new Map([
  [key('tide fragment'), tide],
  [key('ropes fragment'), ropes],
]);
const CODE = 'code-1';

/** A cache file whose body is `body`, with a header that vouches for it. */
const withBody = (body: string) => `${JSON.stringify({ format: 'folio-search-vocabulary/1', code: CODE, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`;

describe('the vocabulary cache file', () => {
  test('keys a page by the SHA-256 of its fragment’s bytes', () => {
    expect(key('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('reads back what was written', () => {
    expect(parseVocabularyCache(serialiseVocabularyCache(pages, CODE), CODE)).toEqual({ pages });
  });

  test('writes each term and form once', () => {
    const body = serialiseVocabularyCache(pages, CODE).split('\n')[1]!;
    expect(JSON.parse(body).words).toEqual(['tide', 'tabl', 'tides', 'tables', 'rope', 'long', 'ropes']);
  });

  test('a file written by other code is set aside', () => {
    expect(parseVocabularyCache(serialiseVocabularyCache(pages, CODE), 'code-2')).toEqual({ pages: new Map(), ignored: 'it was written by other code' });
  });

  test('a file cut short, altered or of another format is set aside, never read', () => {
    const text = serialiseVocabularyCache(pages, CODE);
    const ignored = (t: string) => parseVocabularyCache(t, CODE).ignored;
    expect(ignored(text.slice(0, -10))).toBe('its body does not match its checksum');
    expect(ignored(text.replace('"tides"', '"tidal"'))).toBe('its body does not match its checksum');
    expect(ignored(text.slice(0, 20))).toBe('it has no header line');
    expect(ignored(`${text.slice(0, 20)}\n${text.split('\n')[1]}`)).toBe('its header is not JSON');
    expect(ignored('')).toBe('it has no header line');
    expect(ignored(`${text.split('\n')[0]}`)).toBe('it has no header line');
    expect(ignored(text.replace('folio-search-vocabulary/1', 'folio-search-vocabulary/0'))).toBe('its format is `folio-search-vocabulary/0`, not `folio-search-vocabulary/1`');
    for (const t of [text.slice(0, 20), text.slice(0, -10), '\u0000\u0000']) expect(parseVocabularyCache(t, CODE).pages.size).toBe(0);
  });

  test('a whole file whose pages do not add up is set aside', () => {
    const ignored = (body: unknown) => parseVocabularyCache(withBody(JSON.stringify(body)), CODE).ignored;
    const row = [key('x'), 'X', [0], [0], []];
    expect(ignored({ words: ['x'], pages: [row] })).toBeUndefined();
    expect(ignored({ words: ['x'], pages: [[key('x'), 'X', [1], [0], []]] })).toBe('a page’s terms do not match the word list');
    expect(ignored({ words: ['x'], pages: [[key('x'), 'X', [0], [], []]] })).toBe('a page’s terms do not match the word list');
    expect(ignored({ words: ['x'], pages: [['not-a-hash', 'X', [0], [0], []]] })).toBe('a page has no fragment hash or title');
    expect(ignored({ words: ['x'], pages: [row.slice(0, 4)] })).toBe('a page is not five fields');
    expect(ignored({ words: [1], pages: [] })).toBe('its body is not a word list and pages');
    expect(parseVocabularyCache(withBody('{'), CODE).ignored).toBe('its body is not JSON');
  });
});

const part: CachedPart = {
  terms: partTerms([tide, ropes, { title: 'Tidal Ropes', terms: ['tide', 'rope'], forms: ['tidal', 'ropes'], otherForms: [] }]),
  chunks: [[{ key: 'long', pages: 1 }, { key: 'rope', pages: 2 }], [{ key: 'tide', pages: 2 }]],
};

describe('termsCodeVersion', () => {
  test("counts every module a page's terms and a part's totals are made with (part-terms.ts and all it imports)", () => {
    expect(unhashedModules(new URL('../../../../src/integrations/part-terms.ts', import.meta.url), TERMS_CODE)).toEqual([]);
  });
});

describe('partTerms', () => {
  test('adds up a part’s pages: on how many pages each term is, in which forms, every form written, the titles in order', () => {
    expect(part.terms.terms).toEqual(
      new Map([
        ['tide', { pages: 2, words: new Map([['tides', 1], ['tidal', 1]]) }],
        ['tabl', { pages: 1, words: new Map([['tables', 1]]) }],
        ['rope', { pages: 2, words: new Map([['ropes', 2]]) }],
        ['long', { pages: 1, words: new Map([['long', 1]]) }],
      ]),
    );
    expect([...part.terms.written]).toEqual(['tides', 'tables', 'tide', 'ropes', 'long', 'tidal']);
    expect(part.terms.titles).toEqual(['Tide Tables', 'Ropes: “Long” ones', 'Tidal Ropes']);
  });
});

describe('the cache file of a part’s totals', () => {
  test('reads back what was written, in the same order', () => {
    const read = parsePart(serialisePart(part, CODE, 'k1'), CODE, 'k1');
    expect(read).toEqual({ part });
    if ('part' in read) expect([...read.part.terms.written]).toEqual([...part.terms.written]);
  });

  test('a file of other code, cut short, altered or whose totals do not add up is set aside', () => {
    const text = serialisePart(part, CODE, 'k1');
    const ignored = (t: string) => ('ignored' in parsePart(t, CODE, 'k1') ? (parsePart(t, CODE, 'k1') as { ignored: string }).ignored : undefined);
    expect('ignored' in parsePart(text, 'code-2', 'k1') && parsePart(text, 'code-2', 'k1')).toEqual({ ignored: 'it was written by other code' });
    // Filed under another part's key (moved or copied by hand): another part's totals, never read as this one's.
    expect(parsePart(text, CODE, 'k2')).toEqual({ ignored: 'it holds the totals of another part (`k1`)' });
    expect(ignored(text.slice(0, -5))).toBe('its body does not match its checksum');
    expect(ignored(serialiseVocabularyCache(pages, CODE))).toBe('its format is `folio-search-vocabulary/1`, not `folio-search-vocabulary-part/1`');
    const body = JSON.parse(text.split('\n')[1]!) as Record<string, unknown>;
    const withPart = (change: Record<string, unknown>) => `${JSON.stringify({ format: 'folio-search-vocabulary-part/1', code: CODE, sha256: createHash('sha256').update(JSON.stringify({ ...body, ...change })).digest('hex') })}\n${JSON.stringify({ ...body, ...change })}`;
    expect(ignored(withPart({}))).toBeUndefined();
    expect(ignored(withPart({ terms: [[0, 1, 99, 1]] }))).toBe('a term’s totals do not match the word list');
    expect(ignored(withPart({ terms: [[0, 1, 0, 0]] }))).toBe('a term’s totals do not match the word list');
    expect(ignored(withPart({ terms: [[0, 1]] }))).toBe('a term’s totals do not match the word list');
    expect(ignored(withPart({ chunks: [[0]] }))).toBe('a chunk’s keys do not match the word list');
    expect(ignored(withPart({ written: [99] }))).toBe('its body is not a part’s totals');
    expect(ignored(withPart({ titles: 'x' }))).toBe('its body is not a part’s totals');
  });
});

describe('the cache folder', () => {
  const pagesOf = (...list: PageTerms[]): PageTermsCache => new Map(list.map((p) => [key(p.title), p]));

  test('finds a part by its key, and pages in the files of other parts, not those skipped', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-cache-unit-'));
    await new VocabularyCache(dir, CODE).save(
      [
        { index: { name: 'k1', key: 'k1' }, pages: pagesOf(tide), part: part, unchanged: false },
        { index: { name: 'recent' }, pages: pagesOf(ropes), unchanged: false },
      ],
      [{ name: 'k1', key: 'k1' }, { name: 'recent' }],
    );
    expect(readdirSync(dir).sort()).toEqual(['k1.pages', 'k1.part', 'recent.pages']);
    const cache = new VocabularyCache(dir, CODE);
    expect(cache.part('k1')).toEqual(part);
    expect(cache.part('k2')).toBeUndefined();
    expect(cache.page(key('Ropes: “Long” ones'), new Set(['k1']))).toEqual({ terms: ropes, file: 'recent.pages' });
    expect(cache.page(key('Tide Tables'), new Set(['k1']))).toBeUndefined();
    expect(cache.holdsExactly('recent', [{ file: 'recent.pages' }])).toBe(true);
    expect(cache.holdsExactly('recent', [{ file: 'recent.pages' }, undefined])).toBe(false);
    expect(cache.ignored).toEqual([]);
  });

  test('removes the files of parts no longer there, leaves an unchanged file as it is, and names a corrupt file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-cache-unit-'));
    const cache = new VocabularyCache(dir, CODE);
    await cache.save([{ index: { name: 'old', key: 'old' }, pages: pagesOf(tide), part, unchanged: false }], [{ name: 'old', key: 'old' }]);
    await cache.save([{ index: { name: 'new' }, pages: pagesOf(ropes), unchanged: false }], [{ name: 'new' }]);
    expect(readdirSync(dir)).toEqual(['new.pages']);
    writeFileSync(path.join(dir, 'new.pages'), 'unchanged, not rewritten');
    await cache.save([{ index: { name: 'new' }, pages: pagesOf(ropes), unchanged: true }], [{ name: 'new' }]);
    expect(readFileSync(path.join(dir, 'new.pages'), 'utf8')).toBe('unchanged, not rewritten');
    const reading = new VocabularyCache(dir, CODE);
    expect(reading.page(key('Ropes: “Long” ones'), new Set())).toBeUndefined();
    expect(reading.ignored).toEqual(['new.pages: it has no header line']);
  });

  test('a folder that is not one of its files (left by a tool, a backup) is removed with what it holds, and the save succeeds', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-cache-unit-'));
    mkdirSync(path.join(dir, 'stray-folder', 'inner'), { recursive: true });
    writeFileSync(path.join(dir, 'stray-folder', 'inner', 'note.txt'), 'not the cache’s');
    await new VocabularyCache(dir, CODE).save([{ index: { name: 'recent' }, pages: pagesOf(ropes), unchanged: false }], [{ name: 'recent' }]);
    expect(readdirSync(dir)).toEqual(['recent.pages']);
  });

  test('a file it cannot write (a folder in its place) leaves no temporary file, build after build; the others are saved, the old removed, and the error names it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-cache-unit-'));
    mkdirSync(path.join(dir, 'k1.part'));
    writeFileSync(path.join(dir, 'old.pages'), 'of a part no longer there');
    const read = [
      { index: { name: 'k1', key: 'k1' }, pages: pagesOf(tide), part, unchanged: false },
      { index: { name: 'recent' }, pages: pagesOf(ropes), unchanged: false },
    ];
    const indexes = [{ name: 'k1', key: 'k1' }, { name: 'recent' }];
    for (let build = 0; build < 2; build++) {
      const failed: unknown = await new VocabularyCache(dir, CODE).save(read, indexes).catch((error: unknown) => error);
      expect(readdirSync(dir).sort()).toEqual(['k1.pages', 'k1.part', 'recent.pages']);
      expect(failed).toBeInstanceOf(Error);
      expect((failed as Error).message).toMatch(/^not saved whole \(`k1\.part` could not be written \(EISDIR.*\): the next build will read again the pages it lacks$/);
    }
    const cache = new VocabularyCache(dir, CODE);
    expect(cache.page(key('Ropes: “Long” ones'), new Set())).toEqual({ terms: ropes, file: 'recent.pages' });
    expect(cache.page(key('Tide Tables'), new Set())).toEqual({ terms: tide, file: 'k1.pages' });
    expect(cache.part('k1')).toBeUndefined();
    expect(cache.ignored).toEqual([expect.stringMatching(/^k1\.part: it cannot be read \(EISDIR/)]);
  });
});
