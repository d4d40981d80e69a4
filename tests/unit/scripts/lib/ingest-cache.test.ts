import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { hashText, parseIngestCache, serializeIngestCache, writtenManifest, type CacheRecord } from '../../../../scripts/lib/ingest-cache.ts';
import { parseEntry } from '../../../../src/format/entry.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';

/** A real entry's frontmatter (the sample archive's), as the memo keeps it. */
const text = readFileSync(new URL('../../../../content/papers/a-1-5-kbps-neural-speech-codec-with-semantic-distillation-vayucno7oc.mdx', import.meta.url), 'utf8');
const data = paperSchema.parse(parseEntry(text).data);

const record: CacheRecord = { fingerprint: 'f1', hash: hashText(text), data, warnings: [] };

/** A record the schema refuses (its data has no title), as a memo edited by hand or written by other code could hold. */
const broken = { ...record, data: { slug: 'x' } } as unknown as CacheRecord;

describe('the ingest memo', () => {
  test('reads back what it wrote, for the same code version', () => {
    const text = serializeIngestCache(new Map([['a-paper-about-memos', record]]), 'v1');
    expect(parseIngestCache(text, 'v1')).toEqual(new Map([['a-paper-about-memos', record]]));
  });

  test('takes a memo this code version wrote as written: its records were checked before they were saved', () => {
    const text = serializeIngestCache(new Map([['x', broken]]), 'v1');
    expect(parseIngestCache(text, 'v1').get('x')).toEqual(broken);
  });

  test('checks every record of a memo another code version wrote, and drops the memo when one does not fit', () => {
    const text = serializeIngestCache(new Map([['a-paper-about-memos', record], ['x', broken]]), 'v1');
    expect(parseIngestCache(text, 'v2').size).toBe(0);
    const good = serializeIngestCache(new Map([['a-paper-about-memos', record]]), 'v1');
    expect(parseIngestCache(good, 'v2').get('a-paper-about-memos')?.data.title).toBe(data.title);
  });

  test('checks every record of a memo changed after it was written (a hand edit, a torn write)', () => {
    const text = serializeIngestCache(new Map([['x', { ...record, fingerprint: 'f2' }]]), 'v1');
    const edited = text.replace('"fingerprint":"f2"', '"fingerprint":"f2","data":{"slug":"x"},"_":0').replace(/"data":\{"title"[^]*?\},"warnings"/, '"warnings"');
    expect(edited).not.toBe(text);
    expect(parseIngestCache(edited, 'v1').size).toBe(0);
    expect(parseIngestCache(text.slice(0, -40), 'v1').size).toBe(0);
  });

  test('still reads a memo written before memos named their code version, checking every record', () => {
    const old = `${JSON.stringify({ comment: 'old', entries: { 'a-paper-about-memos': record } })}\n`;
    expect(parseIngestCache(old, 'v1').get('a-paper-about-memos')?.hash).toBe(record.hash);
    const oldBroken = `${JSON.stringify({ comment: 'old', entries: { x: broken } })}\n`;
    expect(parseIngestCache(oldBroken, 'v1').size).toBe(0);
  });

  test('names the manifest the run left, for the same code version only', () => {
    const text = serializeIngestCache(new Map([['a-paper-about-memos', record]]), 'v1', 'm1');
    expect(writtenManifest(text, 'v1')).toBe('m1');
    expect(parseIngestCache(text, 'v1')).toEqual(new Map([['a-paper-about-memos', record]]));
    // Another version may check the manifest otherwise; a memo without the hash, or none, names no manifest.
    expect(writtenManifest(text, 'v2')).toBeUndefined();
    expect(writtenManifest(serializeIngestCache(new Map(), 'v1'), 'v1')).toBeUndefined();
    for (const unreadable of [undefined, '', 'not json', `${JSON.stringify({ comment: 'old', entries: {} })}\n`]) expect(writtenManifest(unreadable, 'v1')).toBeUndefined();
  });

  test('is empty when missing or unreadable', () => {
    expect(parseIngestCache(undefined, 'v1').size).toBe(0);
    expect(parseIngestCache('not json', 'v1').size).toBe(0);
    expect(parseIngestCache('', 'v1').size).toBe(0);
  });

  test('ends with a newline, as a text file does, and takes a memo with or without one as written', () => {
    const text = serializeIngestCache(new Map([['x', broken]]), 'v1');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(3);
    // Taken as written (the record the schema refuses is kept): the newline is no part of the records line its hash covers.
    expect(parseIngestCache(text, 'v1').get('x')).toEqual(broken);
    expect(parseIngestCache(text.slice(0, -1), 'v1').get('x')).toEqual(broken);
    expect(parseIngestCache(`${text.slice(0, -1)}\r\n`, 'v1').get('x')).toEqual(broken);
  });

  test('writes the same bytes for the same records in any order', () => {
    const other = { ...record, fingerprint: 'f3' };
    expect(serializeIngestCache(new Map([['b', other], ['a', record]]), 'v1')).toBe(serializeIngestCache(new Map([['a', record], ['b', other]]), 'v1'));
  });
});
