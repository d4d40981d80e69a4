import { describe, expect, test } from 'vitest';
import { jsonForScript } from '../../../../src/lib/structured-data.ts';

describe('jsonForScript', () => {
  test('cannot close the script element it is written into', () => {
    expect(jsonForScript({ title: '</script><b>' })).toBe('{"title":"\\u003c/script\\u003e\\u003cb\\u003e"}');
  });
});
