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
    ['a break after a hyphen before a figure', ['CIFAR-', '10 and Llama2-', '7B'], 'CIFAR-10 and Llama2-7B'],
    ['a break after an en dash between figures', ['pages 10–', '20'], 'pages 10–20'],
    ['a break after an em dash between words', ['sparse models—', 'and dense ones'], 'sparse models—and dense ones'],
    ['a dash after a space', ['sparse models —', 'and dense ones'], 'sparse models — and dense ones'],
    ['a hyphen that stands for a word, before another such hyphen and `and`', ['small-', 'medium- and large-scale models'], 'small- medium- and large-scale models'],
    ['a hyphen that stands for a word, before another such hyphen and a comma', ['small-', 'medium-, and large-scale'], 'small- medium-, and large-scale'],
    ['a hyphen that stands for a word, before another before `or` and `to`', ['first-', 'second- or third-order, low-', 'mid- to high-rank'], 'first- second- or third-order, low- mid- to high-rank'],
    ['a series of such hyphens broken on each', ['small-', 'medium-', 'and large-scale'], 'small- medium- and large-scale'],
    ['a compound broken on each of its hyphens', ['state-', 'of-', 'the-art'], 'state-of-the-art'],
    ['a compound going on after a hyphen in its next word', ['vision-', 'language-action models'], 'vision-language-action models'],
    ['a compound broken inside itself, before a suspended hyphen of the same series', ['text-to-', 'image- and video-generation'], 'text-to-image- and video-generation'],
    ['a compound of two words broken inside itself, before a word and a comma', ['vision-language-', 'action, and audio'], 'vision-language-action, and audio'],
  ])('%s', (_, lines, joined) => {
    expect(joinWrappedLines(lines)).toBe(joined);
  });
});
