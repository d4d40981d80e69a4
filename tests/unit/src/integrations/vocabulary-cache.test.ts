import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { PageTerms } from '../../../../src/integrations/page-terms.ts';
import { fragmentKey, parseVocabularyCache, serialiseVocabularyCache, type PageTermsCache } from '../../../../src/integrations/vocabulary-cache.ts';

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
