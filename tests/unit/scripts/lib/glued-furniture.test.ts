import { describe, expect, test } from 'vitest';
import { gluedFurniture, gluedVoteCount } from '../../../../scripts/lib/glued-furniture.ts';

describe('gluedFurniture', () => {
  test.each([
    ['Sparse AdaptersSubmitted by alice-w', 'Sparse Adapters', ['Submitted by alice-w']],
    ['Sparse LLMSubmitted by', 'Sparse LLM', ['Submitted by']],
    ['Sparse Adapters\tSubmitted by alice-w', 'Sparse Adapters', ['Submitted by alice-w']],
    ['It works.\tView arXiv page', 'It works.', ['View arXiv page']],
    ['It works.View arXiv page', 'It works.', ['View arXiv page']],
    ['It works.arXiv page', 'It works.', ['arXiv page']],
    ['It works. \t arXiv page\tGitHub 1.2k\t', 'It works.', ['arXiv page', 'GitHub 1.2k']],
    ['Sparse Adapters\tUpvote 42', 'Sparse Adapters', ['Upvote 42']],
    ['Sparse Adapters\tWe study it.\tView PDF', 'Sparse Adapters\tWe study it.', ['View PDF']],
    ['It is the state of the art.GitHub 1.2k', 'It is the state of the art.', ['GitHub 1.2k']],
    ['It works.GitHub', 'It works.', ['GitHub']],
    ['Sparse AdaptersGitHub 1.2k', 'Sparse Adapters', ['GitHub 1.2k']],
    ['It does on four benchmarksGitHub', 'It does on four benchmarks', ['GitHub']],
    ['It works (mostly)GitHub 17', 'It works (mostly)', ['GitHub 17']],
    ['It improves the results.PDF', 'It improves the results.', ['PDF']],
    ['It works.View arXiv page\tPDF', 'It works.', ['View arXiv page', 'PDF']],
    ['It works.arXiv pageGitHub 3', 'It works.', ['arXiv page', 'GitHub 3']],
  ])('takes the furniture off the end of %j', (line, text, end) => expect(gluedFurniture(line)).toEqual({ text, start: [], end }));
  test.each([
    ['Submitted by alice-wSparse Adapters for Tiny Models', 'Sparse Adapters for Tiny Models', ['Submitted by alice-w']],
    ['Submitted by EvanSparse Adapters', 'Sparse Adapters', ['Submitted by Evan']],
    ['Submitted bySparse Adapters', 'Sparse Adapters', ['Submitted by']],
    ['Upvote 42Sparse Adapters', 'Sparse Adapters', ['Upvote 42']],
    ['Upvote 1,204Sparse Adapters', 'Sparse Adapters', ['Upvote 1,204']],
    ['View arXiv pageWe propose a thing.', 'We propose a thing.', ['View arXiv page']],
    ['arXiv pageWe propose a thing.', 'We propose a thing.', ['arXiv page']],
    ['View PDFWe propose a thing.', 'We propose a thing.', ['View PDF']],
    ['Add to collectionSparse Adapters', 'Sparse Adapters', ['Add to collection']],
    ['GitHub 1.2kSparse Adapters', 'Sparse Adapters', ['GitHub 1.2k']],
    ['View arXiv page\tWe propose a thing.', 'We propose a thing.', ['View arXiv page']],
    ['Submitted by alice-w\tSparse Adapters', 'Sparse Adapters', ['Submitted by alice-w']],
    ['Submitted by alice-w \t Sparse Adapters\tWe study it.', 'Sparse Adapters\tWe study it.', ['Submitted by alice-w']],
    ['Upvote 42\tSubmitted by alice-w\tSparse Adapters', 'Sparse Adapters', ['Upvote 42', 'Submitted by alice-w']],
    ['Upvote 42Submitted by alice-wSparse Adapters', 'Sparse Adapters', ['Upvote 42', 'Submitted by alice-w']],
    ['  View arXiv pageWe propose a thing.', '  We propose a thing.', ['View arXiv page']],
    ['SubscribeUpvote 42Sparse Adapters', 'SubscribeSparse Adapters', ['Upvote 42']],
  ])('takes the furniture off the start of %j', (line, text, start) => expect(gluedFurniture(line)).toEqual({ text, start, end: [] }));
  test.each([
    ['Submitted by NielsRoggeSparse Adapters', ['NielsRogge'], 'Sparse Adapters', 'NielsRogge'],
    ['Submitted by NielsRoggeSparse Adapters', ['Niels', 'NielsRogge', 'alice-w'], 'Sparse Adapters', 'NielsRogge'],
    ['Submitted by akhaliqDeepSeek: An Audit', ['akhaliq'], 'DeepSeek: An Audit', 'akhaliq'],
    ['Submitted by alice-wDeepSeek Routers', ['alice-w'], 'DeepSeek Routers', 'alice-w'],
    ['Submitted by carlos_99LLaMA Adapters', ['carlos_99'], 'LLaMA Adapters', 'carlos_99'],
    ['Upvote 42Submitted by NielsRoggeSparse Adapters', ['NielsRogge'], 'Sparse Adapters', 'NielsRogge'],
  ])('ends the handle glued onto the start of %j where a handle the dump shows elsewhere ends (%j), the longest', (line, handles, text, handle) => {
    const found = gluedFurniture(line, new Set(handles));
    expect(found?.text).toBe(text);
    expect(found?.start.at(-1)).toBe(`Submitted by ${handle}`);
    expect(found?.unsure).toBeUndefined();
  });
  test.each([
    ['Submitted by NielsRoggeSparse Adapters', [], ['Niels', 'NielsRogge']],
    ['Submitted by akhaliqDeepSeek: An Audit', ['NielsRogge'], ['akhaliq', 'akhaliqDeep']],
    ['Submitted by alice-wDeepSeek Routers', ['alice'], ['alice-w', 'alice-wDeep']],
    ['Submitted by carlos_99LLaMA Adapters', [], ['carlos_99', 'carlos_99LLa']],
    ['SubscribeSubmitted by NielsRoggeSparse Adapters', [], ['Niels', 'NielsRogge']],
  ])('does not guess where the handle glued onto the start of %j ends when it may end in more than one place and the dump shows no such handle', (line, handles, ends) => {
    expect(gluedFurniture(line, new Set(handles))).toEqual({ text: line, start: [], end: [], unsure: { found: line.replace(/^Subscribe/u, '').split(' ').slice(0, 3).join(' ').replace(/:$/u, ''), ends } });
  });
  test.each(['Submitted by NielsRogge', 'Submitted by NielsRogge  '])('leaves %j alone where the dump shows the handle: the page\'s own line', (line) => {
    expect(gluedFurniture(line, new Set(['Niels', 'NielsRogge']))).toBeUndefined();
  });
  test('takes the furniture off both ends of a line', () => {
    expect(gluedFurniture('Upvote 42Sparse Adapters\tView PDF')).toEqual({ text: 'Sparse Adapters', start: ['Upvote 42'], end: ['View PDF'] });
  });
  test.each([
    'Papers as Submitted by Reviewers',
    'Resubmitted by Design',
    "A Bird's-Eye View",
    'Preview PDF',
    'Notes on the arXiv page',
    'Sparsearxiv page',
    'We release it on GitHub',
    'We release the code on GitHub.',
    'Code: GitHub',
    'Evaluating ChatPDF',
    'It reads 4 pages of PDF',
    'Our model v4GitHub',
    'From .DOCX to .PDF',
    'Mirrors hosted on .GitHub',
    'Sparse Adapters\tWe study it.',
    '\tView arXiv page',
    'View arXiv page',
    'Submitted by alice-w',
    'GitHub 1.2k',
  ])('leaves the end of %j alone: no glue shows, or nothing but furniture is on the line', (line) => expect(gluedFurniture(line)).toBeUndefined());
  test.each([
    'Submitted by Design: Review Workflows',
    'Submitted by Reviewers: A Study\tWe propose a thing.',
    'Submitted by alice-w Sparse Adapters',
    'Submitted by AKSparse Adapters',
    'Upvote 427B Models',
    'Upvote 3DGS Splats',
    'Upvote Culture in Online Forums',
    'SubscribeSparse Adapters',
    'Subscribe View arXiv pageWe propose',
    'UpvoteNet: Predicting Votes',
    'Upvote2Vec: Embedding Community Feedback',
    'Upvote4All: Fair Ranking',
    'GitHubCopilot Evaluations',
    'PDFormer Networks',
    'View PDFs Faster',
    'View arXiv pagewe propose',
    'Abstract\tWe propose a thing.',
    'TL;DR\tA small model wins.',
    'View arXiv page\t',
  ])('leaves the start of %j alone: no glue shows, the words may be the text\'s own, or a label for the text', (line) => expect(gluedFurniture(line)).toBeUndefined());
});

describe('gluedVoteCount', () => {
  test.each([
    ['It outperforms prior work.127', 'It outperforms prior work.', '127'],
    ['It works!42', 'It works!', '42'],
    ['Does it?7', 'Does it?', '7'],
    ['It is state-of-the-art.1,204', 'It is state-of-the-art.', '1,204'],
    ['Code is public (MIT licence)127', 'Code is public (MIT licence)', '127'],
    ['It is “simple.”12', 'It is “simple.”', '12'],
    ['It beats ImageNet baselines.0', 'It beats ImageNet baselines.', '0'],
  ])('takes the count glued after the end of %j off it', (abstract, text, count) => expect(gluedVoteCount(abstract)).toEqual({ text, count }));
  test.each([
    ['a section', 'The proof is in Section 4.2'],
    ['a p-value', 'The effect holds at p < 0.05'],
    ['a version', 'It ships as version 3.127'],
    ['a model version', 'It beats GPT-4.127'],
    ['an abbreviation', 'The bound is given in Eq.3'],
    ['an abbreviation', 'See Fig.2'],
    ['a citation', 'As shown by Smith et al.2024'],
    ['an abbreviation with inner dots', 'Many tasks, e.g.3'],
    ['an address', 'See arxiv.org/abs/2403.01234'],
    ['an address', 'See example.org/v.2'],
    ['a formula', 'It runs in O(n)2'],
    ['a single letter', 'The result is (a)2'],
    ['no count', 'It outperforms prior work.'],
    ['a spaced count', 'It outperforms prior work. 127'],
    ['a leading zero', 'It outperforms prior work.0127'],
    ['an id, longer than a count', 'It outperforms prior work.240301234'],
    ['only a count', '127'],
  ])('leaves %s alone: %j', (_, abstract) => expect(gluedVoteCount(abstract)).toBeUndefined());
});
