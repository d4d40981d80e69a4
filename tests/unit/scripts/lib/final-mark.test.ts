import { expect, test } from 'vitest';
import { finalMark } from '../../../../scripts/lib/final-mark.ts';

test('finalMark gives the mark a text ends with, past the quotes and brackets closing it', () => {
  expect(['We call it “done.”', "(see below.)", 'Is it?»', 'Done!', '“Really…”', 'no mark', ''].map(finalMark)).toEqual(['.', '.', '?', '!', '…', 'k', '']);
});
