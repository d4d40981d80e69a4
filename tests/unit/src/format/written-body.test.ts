import { describe, expect, test } from 'vitest';
import { readWrittenBody, writeWrittenBody, writtenBody, WRITTEN_BODY } from '../../../../src/format/written-body.ts';
import { abstractKey } from '../../../../src/format/paper-key.ts';

const long = 'We tie sixty knots in ropes of four materials and measure how much load each one holds.';
const hash = 'Tq9x0mYd3kqZ1V2b8hJ3aQ';

describe('writtenBody', () => {
  test('records the body hash, and the length and exact key of the abstract, and whether it identifies a paper', () => {
    expect(writtenBody(hash, long)).toEqual({ hash, length: long.length, key: abstractKey(long).exact, distinctive: true });
    expect(writtenBody(hash, 'Abstract not available.')).toMatchObject({ distinctive: false });
  });
});

describe('writeWrittenBody and readWrittenBody', () => {
  test('leave the key out when it is the record\'s abstract, and read it back from there', () => {
    const body = writtenBody(hash, long);
    const text = writeWrittenBody(body, body.key);
    expect(text).toBe(`${hash} ${long.length}`);
    expect(readWrittenBody(text, body.key)).toEqual(body);
  });

  test('write the key of another abstract, and mark a short one', () => {
    const body = writtenBody(hash, long);
    expect(writeWrittenBody(body, 'first-abstract-key')).toBe(`${hash} ${long.length} ${body.key}`);
    expect(readWrittenBody(writeWrittenBody(body, undefined), undefined)).toEqual(body);
    const short = writtenBody(hash, 'Abstract not available.');
    expect(writeWrittenBody(short, undefined)).toBe(`${hash} 23 ${short.key} short`);
    expect(readWrittenBody(writeWrittenBody(short, undefined), 'another')).toEqual(short);
    expect(WRITTEN_BODY.test(writeWrittenBody(short, undefined))).toBe(true);
  });

  test('refuse a body with no key of its own in a record with no abstract, saying what was expected', () => {
    expect(() => readWrittenBody(`${hash} 40`, undefined)).toThrowErrorMatchingInlineSnapshot(`[TypeError: \`Tq9x0mYd3kqZ1V2b8hJ3aQ 40\` is not a written body; expected \`<hash> <length> <key>\` (the key left out only when the record has an \`abstract\`)]`);
  });
});
