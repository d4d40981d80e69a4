import { describe, expect, test } from 'vitest';
import { joinWrappedLines } from '../../../../scripts/lib/join-wrapped-lines.ts';

describe('joinWrappedLines', () => {
  test.each([
    ['a break at a space', ['Sparse Routing for', 'Long Contexts'], 'Sparse Routing for Long Contexts'],
    ['a break after a hyphen inside a word', ['Sparse Routing for Long-', 'Context Models'], 'Sparse Routing for Long-Context Models'],
    ['a break after U+2010 HYPHEN', ['state-of\u2010', 'the-art'], 'state-of\u2010the-art'],
    ['a break after a hyphen in a word of another script', ['Schrödinger-', 'Brücke'], 'Schrödinger-Brücke'],
    ['a hyphen that stands for a word, before `and`', ['pre-', 'and post-training'], 'pre- and post-training'],
    ['a hyphen that stands for a word, before `Or` in a title', ['First-', 'Or Second-Order'], 'First- Or Second-Order'],
    ['a break after a hyphen before `to-`, a compound going on', ['text-', 'to-image generation'], 'text-to-image generation'],
    ['a dash between spaces', ['fast -', 'and exact'], 'fast - and exact'],
    ['a break after a hyphen after a figure', ['over 4-', 'bit weights'], 'over 4-bit weights'],
    ['a hyphen before a figure', ['GPT-', '4 class'], 'GPT- 4 class'],
    ['an en dash', ['2019–', 'present'], '2019– present'],
  ])('%s', (_, lines, joined) => {
    expect(joinWrappedLines(lines)).toBe(joined);
  });
});
