import { encode } from 'cborg';
import { describe, expect, test } from 'vitest';
import { CborCursor } from '../../../../src/integrations/cbor-cursor.ts';

const fail = (what: string): never => {
  throw new Error(`unexpected ${what}`);
};
const cursor = (value: unknown) => new CborCursor(encode(value), fail);

describe('CborCursor', () => {
  test('reads arrays, integers of every width and sign, and text', () => {
    const c = cursor([0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER, -1, -25, -70000, 'ascii', 'schrödinger 日本']);
    expect(c.arrayLength('list')).toBe(15);
    expect(Array.from({ length: 13 }, () => c.integer('int'))).toEqual([0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER, -1, -25, -70000]);
    expect([c.text('text'), c.text('text')]).toEqual(['ascii', 'schrödinger 日本']);
    expect(c.done).toBe(true);
  });

  test('skips any item, nested, without reading it', () => {
    const c = cursor([{ a: [1, 'two', new Uint8Array([3]), { b: null }], c: 1.5 }, true, 'after']);
    c.arrayLength('list');
    c.skip();
    c.skip();
    expect(c.text('text')).toBe('after');
  });

  test('skips an array of integers, and says so when it holds anything else', () => {
    const c = cursor([[1, -2, 300], 'next']);
    c.arrayLength('list');
    c.skipIntegers('positions');
    expect(c.text('text')).toBe('next');
    expect(() => cursor([1, 'x']).skipIntegers('positions')).toThrow('unexpected positions');
  });

  test('names what it expected when the data is something else or ends early', () => {
    expect(() => cursor('text').arrayLength('word list')).toThrow('unexpected word list');
    expect(() => cursor([1]).integer('page number')).toThrow('unexpected page number');
    expect(() => cursor(7).text('key')).toThrow('unexpected key');
    expect(() => new CborCursor(encode('abcdef').subarray(0, 3), fail).text('key')).toThrow('unexpected end of data (expected key)');
    expect(() => new CborCursor(new Uint8Array([]), fail).integer('page number')).toThrow('unexpected end of data (expected page number)');
    expect(() => new CborCursor(new Uint8Array([0x9f, 0x01, 0xff]), fail).arrayLength('list')).toThrow('unexpected an indefinite length or reserved head (expected list)');
  });
});
