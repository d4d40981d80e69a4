import { describe, expect, test } from 'vitest';
import { isCardLabel, isChromeLine, isFooterLine, isFurnitureLine, isNoiseLine, stripGluedSubscribe } from '../../../../scripts/lib/page-chrome.ts';

describe('isChromeLine', () => {
  test.each(['new', 'Subscribe', 'Daily Papers', 'byAK and the research community', 'by AK and the research community', 'Get trending papers in your email inbox!', 'Get trending papers in your email inbox once a day!', 'get trending papers in your e-mail inbox'])(
    'recognises %j',
    (line) => expect(isChromeLine(line)).toBe(true),
  );
  test.each(['Trending Papers', 'Trending papers this week', 'Trending this month', 'Search any paper with AI'])('recognises the trending page\'s heading and the search box: %j', (line) => expect(isChromeLine(line)).toBe(true));
  test.each(['Daily Papers - Hugging Face', 'Daily Papers | Hugging Face', 'huggingface.co', 'https://huggingface.co/papers', '12\u201315 minutes', '5 min read'])(
    'recognises what a browser adds over the page: %j',
    (line) => expect(isChromeLine(line)).toBe(true),
  );
  test.each(['Trending', 'Trending Topics in Retrieval', 'Search Any Paper With Attention', 'New Frontiers in Retrieval', 'Subscribe to Nothing: A Study', 'Papers, Please', 'Daily Papers 2.0', 'Papers on Hugging Face Hub Models', 'huggingface.co Considered Harmful'])('not %j', (line) =>
    expect(isChromeLine(line)).toBe(false),
  );
});

describe('isFooterLine', () => {
  test.each(['System theme', 'TOS', 'Privacy', 'Company', 'About', 'Jobs', 'Website', 'Models', 'Datasets', 'Spaces', 'Pricing', 'Docs'])('recognises %j', (line) => expect(isFooterLine(line)).toBe(true));
  test.each(['Privacy Attacks on Diffusion Models', 'Theme Parks', 'A'])('not %j', (line) => expect(isFooterLine(line)).toBe(false));
});

describe('stripGluedSubscribe', () => {
  test.each([
    ['SubscribeFolded Ropes', 'Folded Ropes'],
    ['Subscribe3D Chairs', '3D Chairs'],
    ['SubscribexLSTM-Lite: Cells', 'xLSTM-Lite: Cells'],
    ['Subscribe"Quoted": A Reply', '"Quoted": A Reply'],
    ['Subscribe[Re] Reproducing', '[Re] Reproducing'],
    ['Subscribe\u01C5ungla Scripts', '\u01C5ungla Scripts'],
    ['SubscribeSubscribeNet: Routing', 'SubscribeNet: Routing'],
    ['Subscribers Leave', 'rs Leave'],
  ])('removes the page word glued onto %j, whatever follows it', (line, title) => expect(stripGluedSubscribe(line)).toBe(title));
  test.each(['Subscribe', 'Subscribe to Attention', 'Folded Ropes', 'Unsubscribe'])('leaves %j alone: nothing is glued on', (line) => expect(stripGluedSubscribe(line)).toBeUndefined());
  test.each([
    ['* SubscribeFolded Ropes', '* Folded Ropes'],
    ['# SubscribeFolded Ropes', '# Folded Ropes'],
    ['\u2022 Subscribe3D Chairs', '\u2022 3D Chairs'],
    ['1. SubscribexLSTM', '1. xLSTM'],
  ])('removes the page word glued onto the title after a list marker, %j, keeping the marker (taken off every title later)', (line, title) => expect(stripGluedSubscribe(line)).toBe(title));
  test.each(['* Subscribe to Attention', '* Folded Ropes', '*SubscribeX', '1.SubscribeX'])('leaves %j alone', (line) => expect(stripGluedSubscribe(line)).toBeUndefined());
});

describe('isNoiseLine', () => {
  test.each(['+3', '+12', 'arXiv:2403.01234', 'arXiv: 2403.01234v2', 'arxiv 2403.01234', 'arXiv:hep-th/9901001', 'arXiv:math.AG/0309136', '[2403.01234]', '[2403.01234v2]', '[arXiv:2403.01234]', '[hep-th/9901001]'])('reads %j, which a card shows on a line of its own, as its furniture', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });
  test.each(['💬 3', '💬3', '🗨 12', '👍 42', '❤️ 7', '♥ 7', '⬆ 42', '↑ 42', '👁 1.2k', '🔥 9', '3 💬', '42 👍', '▲ 42', '▲\u00A042'])('reads %j, a count under the icon a card or a reader view shows it with, as furniture', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });
  test.each(['---', '***', '* * *', '___', '===', '\u2042', '\u2014\u2014\u2014', '\u2500\u2500\u2500\u2500', '~ ~ ~'])('reads %j, a separator between cards, as furniture', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });
  test.each(['\u00B7 Mar 13', '• 2025-03-13', '· 13 Mar 2025', '|\u00A0Mar 13'])('reads %j, the day a card was submitted after a dot, as its furniture', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });
  test.each(['💬 Chat Models', '· Mar Sparse Adapters', '· Marching Cubes 13', '👍', '3 💬 Threads', 'C++', '1+1', 'arXiv Is All You Need', 'arXiv:2403.01234 Sparse Adapters', '[2403.01234] Sparse Adapters', '[2403]', '+3 Sparse Adapters', '--- Sparse Adapters', '\u03C0', '\u2014', '?', '-*-', '%%%'])('does not read %j so', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe('isFurnitureLine', () => {
  test.each([
    'Code: https://github.com/example/adapters',
    'Project page: https://example.github.io/priors/',
    'GitHub: github.com/example/ropes',
    'Code and data: https://huggingface.co/datasets/example/ropes',
    'Project Page: https://example.org/p | Code: https://github.com/example/p',
    'Demo \uFF1A https://example.org/demo',
    // Firefox's text save: the link's text, then its address in angle brackets.
    'Code: GitHub <https://github.com/example/adapters>',
    'Project page: Project Website <https://example.org/p> | Code: GitHub <https://github.com/example/p>',
  ])('reads %j, a card\'s link under a label of a word or two, as its furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
  test.each([
    'Code is available at https://github.com/example/adapters.',
    'Scaling works, see https://example.org/scaling',
    'We release our code: https://github.com/example/adapters',
    'Code: see the paper',
    'Ratio: 3.5/4',
    'Sparse Adapters: A Study of github.com/example',
    'We release our code: GitHub <https://github.com/example/adapters>',
    'Code: as described in the paper <https://example.org/p>',
  ])('does not read %j so', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('isCardLabel', () => {
  test.each(['Abstract', 'Abstract:', 'ABSTRACT', 'AI-generated summary', 'AI generated summary:'])('takes `%s` as a label a card puts over a text', (line) => {
    expect(isCardLabel(line)).toBe(true);
  });
  test.each(['Abstract Reasoning in Small Models', 'Abstracts', 'An extended abstract', 'AI-generated summary of a paper', ''])('takes `%s` as no label', (line) => {
    expect(isCardLabel(line)).toBe(false);
  });
});
