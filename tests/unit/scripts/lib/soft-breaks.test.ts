import { describe, expect, test } from 'vitest';
import { cutWords, softBreaks } from '../../../../scripts/lib/soft-breaks.ts';

describe('softBreaks', () => {
  // As `fold -s -w 24` writes a paragraph: each break after a space, the space kept.
  const folded = ['We study tokens and ask ', 'whether a small adapter ', 'closes the gap to larger ', 'systems; it does on four ', 'benchmarks.'];

  test('joins each line that ends with a space to the next, and no other', () => {
    expect(softBreaks(['Token Merging', ...folded, 'Scaling Laws'])?.joins).toEqual([undefined, ' ', ' ', ' ', ' ', undefined, undefined]);
  });

  test('joins a word cut at the width with no space, and a one-word line over a line starting with the space it was broken at', () => {
    expect(softBreaks([...folded.slice(0, 4), 'https://example.org/abcdef', 'ghij/ and more.', ...folded.slice(0, 4), 'https://example.org/abcdef', ' and more.'])?.joins).toEqual([' ', ' ', ' ', ' ', '', undefined, ' ', ' ', ' ', ' ', ' ', undefined]);
  });

  test('leaves a URL that fills the width ending its abstract with a full stop over the next title', () => {
    expect(softBreaks([...folded.slice(0, 4), 'https://example.org/abcd.', 'Scaling Laws'])?.joins.slice(4)).toEqual([undefined, undefined]);
  });

  test('reads no wrapping in text whose lines end with a space at no one width (titles saved with one), nor in a few such lines', () => {
    const titles = ['Token Merging ', 'We study tokens and ask whether a small adapter closes the gap.', 'Scaling Laws for Reward Models in Language ', 'We study rewards.', 'Diffusion ', 'We study depth.', 'Sparse Adapters for Faster Fine-Tuning of Large Models ', 'We study adapters.'];
    expect(softBreaks(titles)).toBeUndefined();
    expect(softBreaks(folded.slice(2))).toBeUndefined();
  });

  test('reads a dump of hundreds of thousands of wrapped lines, as of a few, without running out of stack', () => {
    // The widest line was found by spreading every line's width into Math.max's arguments: a RangeError past about 120,000 lines.
    const lines = 300_000;
    const spaced = Array.from({ length: lines }, (_, i) => (i % 2 === 0 ? 'We study tokens and ask ' : 'whether a small adapter '));
    expect(softBreaks([...spaced, 'benchmarks.'])?.joins.filter((join) => join === ' ')).toHaveLength(lines);
    const stripped = spaced.map((line) => line.trimEnd());
    expect(cutWords([...stripped, 'benchmarks.'])).toBeUndefined();
  });
});
