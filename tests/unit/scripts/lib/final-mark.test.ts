import { expect, test } from 'vitest';
import { finalMark, withoutClosers } from '../../../../scripts/lib/final-mark.ts';

test('finalMark gives the mark a text ends with, past the quotes and brackets closing it', () => {
  expect(['We call it “done.”', "(see below.)", 'Is it?»', 'Done!', '“Really…”', 'no mark', ''].map(finalMark)).toEqual(['.', '.', '?', '!', '…', 'k', '']);
});

test('withoutClosers takes off the quotes and brackets a text ends with, in a step a character however long a run of them it holds', () => {
  expect(['We call it “done.”', 'Is it?»)', 'no mark', '”)', ''].map(withoutClosers)).toEqual(['We call it “done.', 'Is it?', 'no mark', '', '']);
  // A run of closers inside a text, as a hostile abstract holds: a search for the run at the end tried each of its characters, quadratic (13 s for 100,000).
  const run = '}'.repeat(1_000_000);
  expect(finalMark(`Prices ${run} end.`)).toBe('.');
  expect(withoutClosers(`Prices ${run} end.”`)).toBe(`Prices ${run} end.`);
});
