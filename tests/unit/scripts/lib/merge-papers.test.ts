import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldCase, foldedLookalikeKey, lookalikeKey, mergePapers, type KnownPaper, type Listing } from '../../../../scripts/lib/merge-papers.ts';
import { abstractKey, looseAbstractKey } from '../../../../src/format/paper-key.ts';
import { formatProblem } from '../../../../src/format/problem.ts';
import { inventedAbstract } from '../../../support/invented-abstract.ts';

function listing(id: string, entries: Array<[string, string]>, date?: string): Listing {
  return {
    id,
    source: `${id}.txt`,
    path: `dumps/${id}.txt`,
    ...(date ? { date } : {}),
    entries: entries.map(([title, abstract], i) => ({ title, abstract, position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })),
  };
}

/** An abstract of a real one's length, distinct per `topic`: one that identifies a paper on its own. */
const about = inventedAbstract;
const titles = (listings: Listing[], known: KnownPaper[] = []) => mergePapers(listings, known).papers.map((p) => p.title).sort();

describe('mergePapers', () => {
  test('makes one paper of the same title in several dumps, listing every appearance', () => {
    const { papers, warnings } = mergePapers([listing('b', [['Folded Ropes', about('ropes')]], 'Mar 2'), listing('a', [['Knots', about('knots')], ['Folded Ropes', about('ropes')]], 'Mar 1')]);
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(2);
    const ropes = papers.find((p) => p.key === 'Folded Ropes')!;
    expect(ropes.appearances).toEqual([
      { listing: 'a', source: 'a.txt', date: 'Mar 1', position: 2 },
      { listing: 'b', source: 'b.txt', date: 'Mar 2', position: 1 },
    ]);
  });

  test('orders papers by the day they were first listed, so that of two whose slugs collide the earlier gets the plain one, as when ingested day by day', () => {
    const { papers } = mergePapers([listing('2025-02-02', [['WIDGET QUEUES', about('later widgets')]]), listing('2025-02-01', [['Widget Queues', about('widgets')]])]);
    expect(papers.map((p) => p.title)).toEqual(['Widget Queues', 'WIDGET QUEUES']);
  });

  test('gives the same result whatever order the dumps come in', () => {
    const a = listing('a', [['X', 'short'], ['Y', about('y')]]);
    const b = listing('b', [['x', 'a longer one'], ['Z', about('y')]]);
    expect(mergePapers([a, b])).toEqual(mergePapers([b, a]));
  });

  test('keeps one paper for one title with two abstracts: the longest, with a warning naming both places', () => {
    const { papers, warnings } = mergePapers([listing('a', [['X', 'short']]), listing('b', [['X', 'a longer one']])]);
    expect(papers.map((p) => p.abstract)).toEqual(['a longer one']);
    expect(warnings.map(formatProblem)).toEqual(['dumps/b.txt:1: `X` has 2 different abstracts (also at dumps/a.txt:1); kept this one, the longest']);
  });

  test('names the title at each place that gave another abstract, where it is another title of the paper', () => {
    // A paper retitled over a notice, then shown its real abstract under the new title: one paper, two titles, two abstracts.
    const [plain, scaled, notice] = ['Sparse Routing', 'Sparse Routing at Scale', 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.'];
    const days = [listing('2026-12-07', [[plain, about('sparse routing')]]), listing('2026-12-08', [[scaled, notice]]), listing('2026-12-09', [[scaled, about('sparse routing')]]), listing('2026-12-10', [[plain, notice]])];
    const { papers, warnings } = mergePapers(days);
    expect(papers.map((p) => p.titles)).toEqual([[plain, scaled]]);
    expect(warnings.map(formatProblem)).toContain(
      `dumps/2026-12-07.txt:1: \`${plain}\` has 2 different abstracts (also at dumps/2026-12-10.txt:1; as \`${scaled}\` at dumps/2026-12-08.txt:1); kept this one, the longest`,
    );
  });

  test('keeps C++ and C# papers apart', () => {
    expect(mergePapers([listing('a', [['C++ Models', 'one'], ['C# Models', 'two']])]).papers).toHaveLength(2);
  });
});

describe('mergePapers: one title on two cards of one dump', () => {
  /** Two abstracts of a real one's length that share few words: two papers'. */
  const first = 'Short summaries of papers are read far more often than their abstracts. We collect reading logs from three public archives over two years and find that readers open a summary four times as often, and that a summary written by the authors is trusted more than one a model wrote. Listing pages that show summaries lose fewer readers.';
  const second = 'We propose a compression scheme for key-value caches in long-context transformers: each head keeps a low-rank sketch of evicted tokens, updated online. Memory falls by a factor of six at a perplexity cost under one percent, and throughput doubles on sequences of a million tokens across four open model families.';

  test('keeps two papers where two cards of one dump share a title over two different abstracts of a paper\'s length, saying so with both lines', () => {
    const { papers, warnings } = mergePapers([listing('a', [['Summary', first], ['Sparse Adapters', about('adapters')], ['Summary', second]])]);
    expect(papers.map((p) => [p.title, p.abstract, p.appearances])).toEqual([
      ['Sparse Adapters', about('adapters'), [{ listing: 'a', source: 'a.txt', position: 2 }]],
      ['Summary', first, [{ listing: 'a', source: 'a.txt', position: 1 }]],
      ['Summary', second, [{ listing: 'a', source: 'a.txt', position: 3 }]],
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      'dumps/a.txt:5: `Summary` is the title of two cards of this dump (also at line 1) over two different abstracts; kept two papers, since a listing shows a paper once; if they are one paper, delete one card from the dump',
    ]);
    // Shorter than a real abstract, as a listing may show them, they are two papers all the same.
    const short = [first, second].map((text) => text.split('. ')[0]!);
    expect(mergePapers([listing('a', [['Summary', short[0]!], ['Summary', short[1]!]])]).papers.map((p) => p.abstract)).toEqual(short);
  });

  test('a later dump lists each of the two under its abstract, and stops where it lists the title over another abstract', () => {
    const published: KnownPaper[] = [
      { slug: 'summary', titles: ['Summary'], abstracts: [abstractKey(first)] },
      { slug: 'summary-2', titles: ['Summary'], abstracts: [abstractKey(second)] },
    ];
    const later = mergePapers([listing('b', [['Summary', second], ['Summary', first]])], published);
    expect(later.errors).toEqual([]);
    expect(later.papers.map((p) => [p.knownSlug, p.abstract])).toEqual([['summary-2', second], ['summary', first]].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    expect(mergePapers([listing('b', [['Summary', about('something else')]])], published).errors.map(formatProblem)).toEqual([expect.stringMatching(/^dumps\/b\.txt:1: `Summary` /)]);
  });

  test('says so once a card, naming the first, where three cards or more of one dump share a title over different abstracts', () => {
    const third = 'Robots that fold laundry fail on garments they have never seen. We record twelve hundred folds by hand, learn a policy over cloth keypoints, and fold unseen shirts nine times in ten.';
    const { papers, warnings } = mergePapers([listing('a', [['Summary', first], ['Summary', second], ['Summary', third]])]);
    expect(papers).toHaveLength(3);
    expect(warnings.map(formatProblem)).toEqual([
      'dumps/a.txt:3: `Summary` is the title of two cards of this dump (also at line 1) over two different abstracts; kept two papers, since a listing shows a paper once; if they are one paper, delete one card from the dump',
      'dumps/a.txt:5: `Summary` is the title of two cards of this dump (also at line 1) over two different abstracts; kept two papers, since a listing shows a paper once; if they are one paper, delete one card from the dump',
    ]);
  });

  test('reads a dump whose thousand cards share one title, each over its own abstract, with one warning a card (not one a pair of cards)', () => {
    // One warning a pair of cards was half a million warnings here (and 2,000 such cards took minutes to read).
    const cards = 1_000;
    const own = (i: number) => Array.from({ length: 24 }, (_, w) => `w${i}x${w}`).join(' ') + '.';
    const { papers, warnings } = mergePapers([listing('a', Array.from({ length: cards }, (_, i): [string, string] => ['Summary', own(i)]))]);
    expect(papers).toHaveLength(cards);
    expect(warnings).toHaveLength(cards - 1);
  });

  test('keeps one paper where the two abstracts are one paper\'s: the same, cut short, or revised in a few words', () => {
    const cut = `${first.slice(0, 200)}…`;
    const revised = first.replace('three public archives', 'four public archives').replace('four times', 'five times');
    for (const other of [first, cut, revised]) {
      const { papers } = mergePapers([listing('a', [['Summary', first], ['Sparse Adapters', about('adapters')], ['Summary', other]])]);
      expect(papers.map((p) => [p.title, p.abstract])).toEqual([['Sparse Adapters', about('adapters')], ['Summary', first]]);
    }
  });
});

describe('mergePapers: titles that differ only in case', () => {
  test('are two papers when their abstracts differ', () => {
    expect(titles([listing('a', [['Sparse Experts at Scale', about('experts')], ['SPARSE EXPERTS AT SCALE', about('something else')]])])).toEqual(['SPARSE EXPERTS AT SCALE', 'Sparse Experts at Scale']);
  });

  test('are one paper with the same abstract, however short, listed once', () => {
    const { papers, warnings } = mergePapers([listing('a', [['Flow Matching', 'Flows.'], ['flow matching', 'Flows.']])]);
    expect(papers).toHaveLength(1);
    expect(papers[0]!.appearances).toEqual([{ listing: 'a', source: 'a.txt', position: 1 }]);
    expect(papers[0]!.titles).toEqual(['Flow Matching', 'flow matching']);
    expect(warnings.map(formatProblem)).toEqual([
      'dumps/a.txt:1: `Flow Matching` is the paper also listed as `flow matching` at dumps/a.txt:3 (the same title or abstract); kept one paper, titled as in its latest listing',
      'dumps/a.txt:1: `Flow Matching` is listed 2 times in this dump (also at line 3); kept it once, at position 1',
    ]);
  });
});

describe('mergePapers: titles that differ by a typo or a version mark, with different abstracts (a paper revised between two saves)', () => {
  const NOTE = 'kept two papers, as their abstracts differ; if they are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)';

  test('are two papers, with a warning naming both, when a later day fixes a typo, adds a version mark or both change', () => {
    const published: KnownPaper[] = [
      { slug: 'learning-to-rout-tokens', titles: ['Learning to Rout Tokens'], abstracts: [abstractKey(about('token routing'))] },
      { slug: 'graph-transformers-at-scale', titles: ['Graph Transformers at Scale'], abstracts: [abstractKey(about('graph transformers'))] },
    ];
    const { papers, warnings } = mergePapers(
      [listing('2025-03-15', [['Learning to Route Tokens', about('token routing, revised')], ['Graph Transformers at Scale (v2)', about('graph transformers, revised')], ['Sparse Mixture of Adapters', about('adapters')], ['Sparse Mixture of Adaptors', about('adapters, revised')]])],
      published,
    );
    expect(papers).toHaveLength(4);
    expect(warnings.map(formatProblem)).toEqual([
      `dumps/2025-03-15.txt:1: \`Learning to Route Tokens\` differs from \`Learning to Rout Tokens\` (the published paper \`learning-to-rout-tokens\`) only in a word spelled otherwise (\`Rout\`, \`Route\`); ${NOTE}`,
      `dumps/2025-03-15.txt:3: \`Graph Transformers at Scale (v2)\` differs from \`Graph Transformers at Scale\` (the published paper \`graph-transformers-at-scale\`) only in a version mark (\`v2\`); ${NOTE}`,
      `dumps/2025-03-15.txt:7: \`Sparse Mixture of Adaptors\` differs from \`Sparse Mixture of Adapters\` (line 5) only in a word spelled otherwise (\`Adapters\`, \`Adaptors\`); ${NOTE}`,
    ]);
  });

  test.each([
    ['Llama 2 Technical Report', 'Llama 3 Technical Report'],
    ['Scaling Laws for Vision', 'Scaling Laws for Speech'],
    ['Mamba Models', 'Mambo Models'],
    ['Kernel Methods', 'Kernel Methods Revisited'],
    ['Sparse Adapters for Retrieval', 'Dense Adapters for Ranking'],
  ])('says nothing of %j and %j: another figure, another word, a short title or a word more is another paper', (first, second) => {
    const { papers, warnings } = mergePapers([listing('2025-03-14', [[first, about('first')], [second, about('second')]])]);
    expect(papers).toHaveLength(2);
    expect(warnings).toEqual([]);
  });
});

describe('mergePapers: titles that differ only in case, spaces or punctuation, with different abstracts', () => {
  const NOTE = 'kept two papers, as their abstracts differ; if they are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)';

  test('are two papers, with a warning naming both, in one dump or across dumps', () => {
    const { papers, warnings } = mergePapers([
      listing('2025-03-14', [['Scaling Laws For Retrieval', about('dense retrieval')], ['Scaling laws for retrieval', about('sparse indexes')]]),
      listing('2025-03-15', [['Scaling Laws: For Retrieval!', about('negatives')], ['C++ Models', about('c plus plus')], ['C# Models', about('c sharp')]]),
    ]);
    expect(papers).toHaveLength(5);
    expect(warnings.map(formatProblem)).toEqual([
      `dumps/2025-03-14.txt:3: \`Scaling laws for retrieval\` differs from \`Scaling Laws For Retrieval\` (line 1) only in case; ${NOTE}`,
      `dumps/2025-03-15.txt:1: \`Scaling Laws: For Retrieval!\` differs from \`Scaling Laws For Retrieval\` (dumps/2025-03-14.txt:1) only in punctuation; ${NOTE}`,
      `dumps/2025-03-15.txt:5: \`C# Models\` differs from \`C++ Models\` (line 3) only in punctuation; ${NOTE}`,
    ]);
  });

  test.each([
    ['E\ufb03cient Routing', 'Efficient Routing', 'only in the form of a character (a ligature, a full-width letter: a Unicode compatibility form)'],
    ['\uff27\uff30\uff34 Agents', 'GPT Agents', 'only in the form of a character (a ligature, a full-width letter: a Unicode compatibility form)'],
    ['E\ufb03cient routing', 'Efficient Routing', 'only in case and the form of a character (a ligature, a full-width letter: a Unicode compatibility form)'],
    ['Graph  Diffusion', 'GraphDiffusion', 'only in spaces'],
    ['graph-diffusion', 'Graph Diffusion', 'only in case, spaces and punctuation'],
  ])('say what differs: %j and %j differ %s', (first, second, differs) => {
    const { warnings } = mergePapers([listing('2025-03-14', [[first, about('first')], [second, about('second')]])]);
    expect(warnings.map(formatProblem)).toEqual([`dumps/2025-03-14.txt:3: \`${second}\` differs from \`${first}\` (line 1) ${differs}; ${NOTE}`]);
  });

  test('are two papers, with a warning, when one of them is published already', () => {
    const published: KnownPaper[] = [{ slug: 'scaling-laws-for-retrieval', titles: ['Scaling Laws For Retrieval'], abstracts: [abstractKey(about('dense retrieval'))] }];
    const { papers, warnings } = mergePapers([listing('2025-03-16', [['SCALING LAWS FOR RETRIEVAL', about('sparse indexes')]])], published);
    expect(papers.map((p) => [p.title, p.knownSlug])).toEqual([['SCALING LAWS FOR RETRIEVAL', undefined]]);
    expect(warnings.map(formatProblem)).toEqual([`dumps/2025-03-16.txt:1: \`SCALING LAWS FOR RETRIEVAL\` differs from \`Scaling Laws For Retrieval\` (the published paper \`scaling-laws-for-retrieval\`) only in case; ${NOTE}`]);
  });

  test('are not said to have different abstracts when they share a notice: the one warning says why that notice keeps them two', () => {
    const notice = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    for (const [first, second] of [["Don't Stop \u2014 Scaling", 'Don\u2019t Stop - Scaling'], ['E\ufb03cient Routing', 'Efficient Routing']]) {
      const { papers, warnings } = mergePapers([listing('2025-03-14', [[first!, notice], [second!, notice]])]);
      expect(papers).toHaveLength(2);
      expect(warnings.map(formatProblem)).toEqual([
        `dumps/2025-03-14.txt:3: \`${second}\` has the same abstract as \`${first}\` (dumps/2025-03-14.txt:1), but an abstract of under 250 letters and digits (a notice's length) says nothing of which paper it is; kept two papers; if they are one paper, delete the entry of one and add its slug to the \`aliases\` of the other (its URL then redirects)`,
      ]);
    }
  });

  test('say nothing of a title with no letters or digits, nor of one paper seen twice', () => {
    expect(mergePapers([listing('a', [['?!', about('questions')], ['!?', about('exclamations')], ['Knots', about('knots')]]), listing('b', [['Knots', about('knots')]])]).warnings).toEqual([]);
  });
});

describe('mergePapers: retitles', () => {
  test('a later dump that gives a paper a new title, with the same abstract, is the same paper', () => {
    const [paper] = mergePapers([listing('day-1', [['Graphs Are Secretly Diffusion Models', about('graphs')]]), listing('day-2', [['Graphs Are Secretly Diffusion Processes', about('graphs')]])]).papers;
    expect(paper).toMatchObject({
      title: 'Graphs Are Secretly Diffusion Processes',
      slugTitle: 'Graphs Are Secretly Diffusion Models',
      titles: ['Graphs Are Secretly Diffusion Models', 'Graphs Are Secretly Diffusion Processes'],
    });
    expect(paper!.appearances.map((a) => a.listing)).toEqual(['day-1', 'day-2']);
  });

  test('compares abstracts with whitespace and Unicode form folded, nothing else', () => {
    const copies = [listing('a', [['Deep Nets', about('deep nets')]]), listing('b', [['Deep Nets?', `  ${about('deep nets').replace(' ', '\t ')}`]]), listing('c', [['\uFF24eep Nets', about('deep nets').normalize('NFD')]])];
    expect(titles(copies)).toEqual(['\uFF24eep Nets']);
    const truncated = (end: string) => `${about('abstracts cut short')} This one ends in the middle of a TeX construct, which is all that tells it apart: ${end}`;
    expect(titles([listing('a', [['Ending 1', truncated('\\textbf{')], ['Ending 2', truncated('{\\it')], ['Ending 3', truncated('\\(')]])])).toEqual(['Ending 1', 'Ending 2', 'Ending 3']);
  });

  test('never joins titles by an abstract too short to tell papers apart', () => {
    expect(titles([listing('a', [['Novelty in Review', 'New.'], ['Newsletters', 'New.']])])).toEqual(['Newsletters', 'Novelty in Review']);
  });

  test('never joins the titles of two days by an abstract that says nothing of a paper, however long: a note standing in for a missing abstract', () => {
    const notes = [
      'Abstract not available for this paper yet, please check back later.',
      'The authors have not provided an abstract for this submission.',
      'No abstract is available. Please refer to the full text of the paper on arXiv for details.',
    ];
    for (const note of notes) {
      const day1 = listing('2025-03-14', [['Lattice Codes for Private Retrieval', note], ['Braided Cords', about('cords')]]);
      const day2 = listing('2025-03-15', [['Ocean Currents from Graph Networks', note], ['Braided Cords', about('cords')]]);
      const { papers, warnings } = mergePapers([day1, day2]);
      expect(papers.map((p) => [p.title, p.titles])).toEqual([
        ['Braided Cords', ['Braided Cords']],
        ['Lattice Codes for Private Retrieval', ['Lattice Codes for Private Retrieval']],
        ['Ocean Currents from Graph Networks', ['Ocean Currents from Graph Networks']],
      ]);
      expect(warnings).toEqual([]);
      // Nor the published paper with that note, known by its record (an earlier version recorded the note as identifying it) or by its body.
      for (const abstracts of [[{ ...abstractKey(note), distinctive: true }], [looseAbstractKey(note)]]) {
        const published: KnownPaper[] = [{ slug: 'lattice-codes-for-private-retrieval', titles: ['Lattice Codes for Private Retrieval'], abstracts }];
        expect(mergePapers([day2], published).papers.map((p) => [p.title, p.knownSlug])).toEqual([
          ['Braided Cords', undefined],
          ['Ocean Currents from Graph Networks', undefined],
        ]);
      }
    }
  });

  test('never joins unlike titles of one dump by their abstract: a listing shows a paper once, so one abstract under two titles there is a placeholder or a paste', () => {
    // An abstract pasted under two titles (a note standing in for a missing abstract identifies no paper anyway: see above).
    const shared = about('folds');
    const day1 = listing('2025-03-14', [['Folded Ropes', shared], ['Paper Cranes', shared], ['Braided Cords', about('cords')]]);
    const { papers, warnings } = mergePapers([day1]);
    expect(papers.map((p) => p.title)).toEqual(['Braided Cords', 'Folded Ropes', 'Paper Cranes']);
    expect(warnings.map(formatProblem)).toEqual(['dumps/2025-03-14.txt:3: `Paper Cranes` has the same abstract as `Folded Ropes` (line 1) in this dump; kept two papers, since a listing shows a paper once']);
    // Nor on a later day, in one batch or against the published papers: the abstract is no one paper's.
    const day2 = listing('2025-03-15', [['Folded Ropes, Retitled', shared], ['Paper Cranes', shared]]);
    expect(titles([day1, day2])).toEqual(['Braided Cords', 'Folded Ropes', 'Folded Ropes, Retitled', 'Paper Cranes']);
    const published: KnownPaper[] = ['Folded Ropes', 'Paper Cranes'].map((title) => ({ slug: title.toLowerCase().replace(' ', '-'), titles: [title], abstracts: [abstractKey(shared)] }));
    const later = mergePapers([day2], published);
    expect(later.errors).toEqual([]);
    expect(later.papers.map((p) => [p.title, p.knownSlug])).toEqual([
      ['Folded Ropes, Retitled', undefined],
      ['Paper Cranes', 'paper-cranes'],
    ]);
    // Two saves of a day pasted into one file, the paper retitled between them: titles that share most of their words are one paper.
    const pasted = listing('2025-03-16', [['Graphs Are Secretly Diffusion Models', about('graphs')], ['Knots', about('knots')], ['Graphs Are Secretly Diffusion Processes', about('graphs')]]);
    expect(titles([pasted])).toEqual(['Graphs Are Secretly Diffusion Models', 'Knots']);
    const forms = listing('2025-03-17', [['\uFF24\uFF49\uFF46\uFF46\uFF55\uFF53\uFF49\uFF4F\uFF4E Routers', about('routers')], ['DIFFUSION ROUTERS', about('routers')], ['STRA\u00DFE', about('streets')], ['strasse', about('streets')]]);
    expect(titles([forms])).toEqual(['STRA\u00DFE', '\uFF24\uFF49\uFF46\uFF46\uFF55\uFF53\uFF49\uFF4F\uFF4E Routers']);
  });

  test('a one-paper dump listed twice is listed once', () => {
    const { papers } = mergePapers([listing('a', [['One', about('one')], ['Twice', about('twice')], ['Two', about('two')], ['Twice', about('twice')]])]);
    expect(papers.find((p) => p.title === 'Twice')!.appearances).toEqual([{ listing: 'a', source: 'a.txt', position: 2 }]);
  });
});

describe('mergePapers against published papers', () => {
  const knots: KnownPaper = { slug: 'knots', titles: ['Knots'], abstracts: [abstractKey(about('knots'))] };
  const loops: KnownPaper = { slug: 'loops', titles: ['Loops'], abstracts: [abstractKey(about('loops'))] };

  test('finds a published paper by its title, or by its abstract under a new title', () => {
    const { papers } = mergePapers([listing('a', [['Knots', 'A new, different abstract.'], ['Loops, Revisited', about('loops')], ['Braids', about('braids')]])], [knots, loops]);
    expect(papers.map((p) => [p.title, p.knownSlug])).toEqual([
      ['Braids', undefined],
      ['Knots', 'knots'],
      ['Loops, Revisited', 'loops'],
    ]);
  });

  test('finds a published paper whose title an earlier version kept with invisible characters the ingest now removes (directional marks, a zero-width space) by its title as read now', () => {
    const marked: KnownPaper = { slug: 'sparse-adapters-7f2cgqn6xn', titles: ['\u200FSparse Adapters\u200E'], abstracts: [] };
    const spaced: KnownPaper = { slug: 'zeroshot-knots', titles: ['Zero\u200BShot Knots'], abstracts: [] };
    const { papers } = mergePapers([listing('a', [['Sparse Adapters', 'A short note.'], ['ZeroShot Knots', 'Another short note.']])], [marked, spaced]);
    expect(papers.map((p) => [p.title, p.knownSlug])).toEqual([
      ['Sparse Adapters', 'sparse-adapters-7f2cgqn6xn'],
      ['ZeroShot Knots', 'zeroshot-knots'],
    ]);
  });

  test('finds a published paper known only by its body (an earlier version kept no record) by the letters of its abstract', () => {
    const rest = about('distances between sample sets');
    const legacy: KnownPaper = { slug: 'legacy', titles: ['Old Title'], abstracts: [looseAbstractKey(`We compute the Fr\u00e9chet distance between 40% of the samples with a sparse adapter. ${rest}`)] };
    const { papers } = mergePapers([listing('a', [['New Title', `We compute the Fr\\'echet distance between 40\\% of the samples with a {\\it sparse} adapter. ${rest}`], ['Unrelated', about('unrelated')]])], [legacy]);
    expect(papers.map((p) => [p.title, p.knownSlug])).toEqual([
      ['New Title', 'legacy'],
      ['Unrelated', undefined],
    ]);
    // Two sightings that agree only loosely stay apart.
    expect(titles([listing('a', [['One', 'Sparse adapters, tested on 40 tasks, close the gap to far larger models.'], ['Two', 'Sparse Adapters Tested on 40 Tasks Close the Gap to Far Larger Models']])])).toEqual(['One', 'Two']);
  });

  test('never merges two published papers: a copy that matches two stops the run, naming it and the way out', () => {
    const { papers, errors, warnings } = mergePapers([listing('a', [['Knots', about('loops')]])], [knots, loops]);
    expect(papers.map((p) => p.knownSlug)).toEqual(['knots']);
    expect(warnings).toEqual([]);
    expect(errors.map(formatProblem)).toEqual([
      'dumps/a.txt:1: `Knots` is the published paper `knots`, but has the abstract of the published paper `loops`; expected a title and its abstract to be one paper: check that the dump pairs each title with its own abstract (a line missing or extra above here shifts every pair after it); if the two are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)',
    ]);
  });

  test('stops when a dump pairs published titles with each other\'s abstracts, once per copy, whatever the order of the links', () => {
    const braids: KnownPaper = { slug: 'braids', titles: ['Braids'], abstracts: [looseAbstractKey(about('braids'))] };
    const rotated = listing('b', [['Knots', about('loops')], ['Loops', about('braids')], ['Braids', about('knots')]]);
    const { errors } = mergePapers([rotated], [knots, loops, braids]);
    expect(errors.map((e) => [e.line, e.reason.split(';')[0]])).toEqual([
      [1, '`Knots` is the published paper `knots`, but has the abstract of the published paper `loops`'],
      [3, '`Loops` is the published paper `loops`, but has the abstract of the published paper `braids`'],
      [5, '`Braids` is the published paper `braids`, but has the abstract of the published paper `knots`'],
    ]);
    // Two copies in one run, in two dumps, that share an abstract but are two published papers by title.
    const shared = mergePapers([listing('c', [['Knots', about('twins')]]), listing('d', [['Loops', about('twins')]])], [knots, loops]).errors;
    expect(shared.map((e) => [e.line, e.reason.split(';')[0]])).toEqual([[1, '`Loops` is the published paper `loops`, but has the abstract of `Knots` (dumps/c.txt:1), the published paper `knots`']]);
  });
});

describe('mergePapers: the published papers a day is matched against', () => {
  test('reads every record of a published paper the input reaches, also one that shares no key with it (here the one that says it showed a notice)', () => {
    const loops: KnownPaper = { slug: 'loops', titles: ['Loops of Knots'], abstracts: [abstractKey(about('loops'))] };
    const knots: KnownPaper = { slug: 'knots', titles: ['Knots Tied'], abstracts: [] };
    const noticed: KnownPaper = { slug: 'knots', titles: ['Knots Tied Before'], abstracts: [], notice: true };
    const { papers, errors, warnings } = mergePapers([listing('a', [['Knots Tied', about('loops')]])], [loops, knots, noticed]);
    expect(errors).toEqual([]);
    expect(papers.map((p) => p.knownSlug)).toEqual(['knots']);
    expect(warnings.map((w) => w.reason.split(';')[0])).toEqual(['`Knots Tied` is the published paper `knots`, but has the abstract of the published paper `loops`']);
  });
});

describe('mergePapers: an abstract several papers show', () => {
  const NOTICE = 'This submission has been withdrawn by arXiv administrators due to inappropriate text reuse from external sources.';
  const day = (id: string, title: string, abstract: string) => listing(id, [[title, abstract], [`Filler of ${id}`, about(`filler ${id}`)]]);
  const withdrawn = [
    day('2026-08-05', 'Sparse Attention for Long Video Understanding', NOTICE),
    day('2026-08-06', 'Protein Folding with Diffusion Priors', NOTICE),
    day('2026-08-07', 'Curriculum Learning for Robot Soccer', NOTICE),
  ];
  const own = (result: ReturnType<typeof mergePapers>) => result.papers.filter((p) => !p.title.startsWith('Filler')).map((p) => [p.title, p.titles]);
  const apart = [
    ['Sparse Attention for Long Video Understanding', ['Sparse Attention for Long Video Understanding']],
    ['Protein Folding with Diffusion Priors', ['Protein Folding with Diffusion Priors']],
    ['Curriculum Learning for Robot Soccer', ['Curriculum Learning for Robot Soccer']],
  ];

  test('never joins papers whose titles share no word by a notice they all show, in one run or against the published ones', () => {
    expect(own(mergePapers(withdrawn))).toEqual(apart);
    // Published by an earlier version, which recorded the notice as identifying the paper; or known by its body alone.
    for (const abstracts of [[{ ...abstractKey(NOTICE), distinctive: true }], [looseAbstractKey(NOTICE)]]) {
      const published: KnownPaper[] = [{ slug: 'sparse-attention-for-long-video-understanding', titles: ['Sparse Attention for Long Video Understanding'], abstracts }];
      const later = mergePapers(withdrawn.slice(1), published);
      expect(later.errors).toEqual([]);
      expect(later.papers.filter((p) => !p.title.startsWith('Filler')).map((p) => [p.title, p.knownSlug])).toEqual([
        ['Protein Folding with Diffusion Priors', undefined],
        ['Curriculum Learning for Robot Soccer', undefined],
      ]);
    }
  });

  test('never joins titles that share one common word by a notice-length abstract', () => {
    expect(titles([day('a', 'Curriculum Learning for Robot Soccer', NOTICE), day('b', 'Federated Learning at Scale', NOTICE)]).filter((t) => !t.startsWith('Filler'))).toEqual([
      'Curriculum Learning for Robot Soccer',
      'Federated Learning at Scale',
    ]);
  });

  test('never joins titles by an abstract of a notice\'s length, however many words they share, and says so; under one title it is one paper', () => {
    const accepted = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const [review, rankers] = ['Large Language Models for Code Review', 'Large Language Models Are Zero-Shot Rankers'];
    const days = [day('2026-11-02', review, accepted), day('2026-11-03', rankers, accepted)];
    const result = mergePapers(days);
    expect(own(result)).toEqual([
      [review, [review]],
      [rankers, [rankers]],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `dumps/2026-11-03.txt:1: \`${rankers}\` has the same abstract as \`${review}\` (dumps/2026-11-02.txt:1), but an abstract of under 250 letters and digits (a notice's length) says nothing of which paper it is; kept two papers; if they are one paper, delete the entry of one and add its slug to the \`aliases\` of the other (its URL then redirects)`,
    ]);
    // Nor the published paper, known by the record of its abstract or by its body; its title alone, under the notice, is still that paper.
    for (const abstracts of [[abstractKey(accepted)], [{ ...abstractKey(accepted), distinctive: true }], [looseAbstractKey(accepted)]]) {
      const published: KnownPaper[] = [{ slug: 'large-language-models-for-code-review', titles: [review], abstracts }];
      const later = mergePapers([days[1]!, day('2026-11-04', review, accepted)], published);
      expect(later.errors).toEqual([]);
      expect(later.papers.filter((p) => !p.title.startsWith('Filler')).map((p) => [p.title, p.titles, p.knownSlug])).toEqual([
        [rankers, [rankers], undefined],
        [review, [review], 'large-language-models-for-code-review'],
      ]);
    }
  });

  test('a published paper listed over the notice another published paper showed is that paper, not an error: the notice is neither\'s', () => {
    const accepted = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const pairs: Array<[string, string, string]> = [
      ['Sparse Attention for Long Video Understanding', 'Protein Folding with Diffusion Priors', NOTICE],
      ['Large Language Models for Code Review', 'Large Language Models Are Zero-Shot Rankers', accepted],
    ];
    for (const [first, second, notice] of pairs) {
      const slug = (title: string) => title.toLowerCase().replaceAll(' ', '-');
      const published: KnownPaper[] = [
        { slug: slug(first), titles: [first], abstracts: [abstractKey(notice)] },
        { slug: slug(second), titles: [second], abstracts: [abstractKey(about(second))] },
      ];
      const { papers, errors, warnings } = mergePapers([listing('2026-08-07', [[second, notice]])], published);
      expect(errors).toEqual([]);
      expect(papers.map((p) => [p.title, p.knownSlug])).toEqual([[second, slug(second)]]);
      expect(warnings.map(formatProblem)).toEqual([
        `dumps/2026-08-07.txt:1: \`${second}\` has the same abstract as the published paper \`${slug(first)}\`, but an abstract of under 250 letters and digits (a notice's length) says nothing of which paper it is; kept two papers; if they are one paper, delete the entry of one and add its slug to the \`aliases\` of the other (its URL then redirects)`,
      ]);
    }
  });

  describe('two published papers a notice kept apart, then shown one real abstract', () => {
    const accepted = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const [plain, scaled] = ['Sparse Routing for Mixture of Experts', 'Sparse Routing for Mixture of Experts at Scale'];
    const real = about('sparse routing for mixture of experts');
    const [a, b] = ['sparse-routing-for-mixture-of-experts', 'sparse-routing-for-mixture-of-experts-at-scale'];
    /** The warning at `card` (file:line), titled `title`, the published paper `is`, with the abstract of `of`. */
    const alike = (card: string, title: string, is: string, of: string) =>
      `${card}: \`${title}\` is the published paper \`${is}\`, but has the abstract of ${of}; the two now show the same abstract under related titles (\`${is}\` showed only a notice before), so they look like one paper listed under two titles; kept two papers, this card as \`${is}\`, since two published papers are never joined; if they are one paper, delete the entry of one and add its slug to the \`aliases\` of the other (its URL then redirects)`;

    test('the card is the paper its title is, with a warning naming both, not a stop: the dump pairs its titles right', () => {
      // Listed over the notice, then retitled over it (two papers: nothing tied them), then the real abstract under one title a day.
      const overNotice: KnownPaper[] = [
        { slug: a, titles: [plain], abstracts: [abstractKey(accepted)], notice: true },
        { slug: b, titles: [scaled], abstracts: [abstractKey(real), abstractKey(accepted)] },
      ];
      const day4 = mergePapers([listing('2026-12-10', [[plain, real]])], overNotice);
      expect(day4.errors).toEqual([]);
      expect(day4.papers.map((p) => [p.title, p.knownSlug, p.abstract])).toEqual([[plain, a, real]]);
      expect(day4.warnings.map(formatProblem)).toEqual([alike('dumps/2026-12-10.txt:1', plain, a, `the published paper \`${b}\``)]);
      // The real abstract first, then the new title over the notice (two papers), then the new title over the real abstract.
      const realFirst: KnownPaper[] = [
        { slug: a, titles: [plain], abstracts: [abstractKey(real)] },
        { slug: b, titles: [scaled], abstracts: [abstractKey(accepted)], notice: true },
      ];
      const day3 = mergePapers([listing('2026-12-09', [[scaled, real]])], realFirst);
      expect(day3.errors).toEqual([]);
      expect(day3.papers.map((p) => [p.title, p.knownSlug, p.abstract])).toEqual([[scaled, b, real]]);
      expect(day3.warnings.map(formatProblem)).toEqual([alike('dumps/2026-12-09.txt:1', scaled, b, `the published paper \`${a}\``)]);
      // Both real listings in one run, both papers over the notice: each card its title's paper, one warning.
      const both: KnownPaper[] = [
        { slug: a, titles: [plain], abstracts: [abstractKey(accepted)], notice: true },
        { slug: b, titles: [scaled], abstracts: [abstractKey(accepted)], notice: true },
      ];
      const run = mergePapers([listing('2026-12-09', [[scaled, real]]), listing('2026-12-10', [[plain, real]])], both);
      expect(run.errors).toEqual([]);
      expect(run.papers.map((p) => [p.title, p.knownSlug, p.abstract])).toEqual([
        [scaled, b, real],
        [plain, a, real],
      ]);
      expect(run.warnings.map(formatProblem)).toEqual([alike('dumps/2026-12-10.txt:1', plain, a, `\`${scaled}\` (dumps/2026-12-09.txt:1), the published paper \`${b}\``)]);
      // Once both show it, the abstract is no one paper's: a later card is the paper its title is, with nothing to say.
      const after: KnownPaper[] = [
        { slug: a, titles: [plain], abstracts: [abstractKey(real), abstractKey(accepted)] },
        { slug: b, titles: [scaled], abstracts: [abstractKey(real), abstractKey(accepted)] },
      ];
      const later = mergePapers([listing('2026-12-11', [[plain, real]]), listing('2026-12-12', [[scaled, real]])], after);
      expect([later.errors, later.warnings, later.papers.map((p) => p.knownSlug)]).toEqual([[], [], [a, b]]);
    });

    test('still stops where the paper the title names showed a real abstract of its own: a dump pairing titles with the wrong abstracts', () => {
      const own: KnownPaper[] = [
        { slug: a, titles: [plain], abstracts: [abstractKey(about('dense routing'))] },
        { slug: b, titles: [scaled], abstracts: [abstractKey(real)] },
      ];
      const { errors } = mergePapers([listing('2026-12-10', [[plain, real]])], own);
      expect(errors.map((e) => e.reason.split(';')[0])).toEqual([`\`${plain}\` is the published paper \`${a}\`, but has the abstract of the published paper \`${b}\``]);
    });

    test('still stops where the titles share no word, even over a notice: a shifted dump', () => {
      const folding = 'Protein Folding with Diffusion Priors';
      const unrelated: KnownPaper[] = [
        { slug: 'protein-folding-with-diffusion-priors', titles: [folding], abstracts: [abstractKey(accepted)], notice: true },
        { slug: b, titles: [scaled], abstracts: [abstractKey(real)] },
      ];
      const { errors, warnings } = mergePapers([listing('2026-12-10', [[folding, real]])], unrelated);
      expect(warnings).toEqual([]);
      expect(errors.map((e) => e.reason.split(';')[0])).toEqual([`\`${folding}\` is the published paper \`protein-folding-with-diffusion-priors\`, but has the abstract of the published paper \`${b}\``]);
    });
  });

  test('never joins unrelated titles by a long abstract either, and says so: a paste, or one paper retitled beyond recognition', () => {
    const pasted = about('sparse routing').repeat(4);
    const { papers, warnings } = mergePapers([listing('2026-08-05', [['Sparse Routing at Scale', pasted]]), listing('2026-08-06', [['Protein Folding with Diffusion Priors', pasted]])]);
    expect(papers.map((p) => p.title)).toEqual(['Sparse Routing at Scale', 'Protein Folding with Diffusion Priors']);
    expect(warnings.map(formatProblem)).toEqual([
      'dumps/2026-08-06.txt:1: `Protein Folding with Diffusion Priors` has the same abstract as `Sparse Routing at Scale` (dumps/2026-08-05.txt:1), but their titles share no word; kept two papers; if they are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)',
    ]);
  });

  test('a real abstract under a title that keeps one word of its own is a retitle', () => {
    const real = about('image tokenizers').repeat(4);
    expect(mergePapers([listing('a', [['Scaling Laws for Image Tokenizers', real]]), listing('b', [['How a Tokenizer Shapes Generation', real]])]).papers.map((p) => p.titles)).toEqual([
      ['How a Tokenizer Shapes Generation', 'Scaling Laws for Image Tokenizers'],
    ]);
  });
});

describe('mergePapers: a former title reused by another paper', () => {
  const a1 =
    'We present a method for aligning speech and text encoders with a contrastive objective that improves zero-shot spoken retrieval. ' +
    'Both encoders are trained from scratch on paired audio and transcripts, with no labels beyond the pairing, and a shared projection maps them into one space. ' +
    'On three spoken retrieval benchmarks the aligned encoders beat a cascade of speech recognition and text retrieval, and they degrade gracefully under accented and noisy speech.';
  const c1 =
    'We study the memorization of rare facts in pretrained language models and show that deduplication reduces verbatim recall. ' +
    'Tracing each fact to the documents that state it, we find that facts seen fewer than ten times are recalled word for word mostly when their documents are repeated. ' +
    'Removing near-duplicate documents before pretraining cuts such recall by two thirds while leaving accuracy on knowledge benchmarks within a point of the original model.';
  const day1 = listing('2026-09-01', [['Speech Meets Text', a1], ['Household Tasks', about('household tasks')]]);
  const day2 = listing('2026-09-02', [['Aligning Speech and Text Encoders', a1], ['Speech Meets Text', c1], ['Household Tasks', about('household tasks')]]);
  const REUSED =
    'dumps/2026-09-02.txt:3: `Speech Meets Text` is a title of the paper this dump lists at line 1 as `Aligning Speech and Text Encoders` (by its abstract); kept two papers, since a listing shows a paper once: this one is another paper under that title';
  const speech: KnownPaper = { slug: 'speech-meets-text', titles: ['Speech Meets Text'], abstracts: [abstractKey(a1)] };

  test('keeps two cards of one dump two papers: the one with the abstract is the retitled paper, the one with the old title another', () => {
    const { papers, errors, warnings } = mergePapers([day1, day2]);
    expect(errors).toEqual([]);
    expect(papers.map((p) => [p.title, p.abstract, p.sightings.map((s) => `${s.listing}:${s.line}`)])).toEqual([
      ['Aligning Speech and Text Encoders', a1, ['2026-09-01:1', '2026-09-02:1']],
      ['Household Tasks', about('household tasks'), ['2026-09-01:3', '2026-09-02:5']],
      ['Speech Meets Text', c1, ['2026-09-02:3']],
    ]);
    expect(warnings.map(formatProblem)).toContain(REUSED);
  });

  test('the same against the published paper, and a later listing of either is that paper', () => {
    const { papers, errors, warnings } = mergePapers([day2], [speech]);
    expect(errors).toEqual([]);
    expect(papers.filter((p) => p.title !== 'Household Tasks').map((p) => [p.title, p.abstract, p.knownSlug])).toEqual([
      ['Aligning Speech and Text Encoders', a1, 'speech-meets-text'],
      ['Speech Meets Text', c1, undefined],
    ]);
    expect(warnings.map(formatProblem)).toContain(REUSED);
    // Day 3: both published; the old title over the new paper's abstract is the new paper, over the first's abstract the first (reverted).
    const both: KnownPaper[] = [{ ...speech, titles: ['Aligning Speech and Text Encoders', 'Speech Meets Text'] }, { slug: 'speech-meets-text-x', titles: ['Speech Meets Text'], abstracts: [abstractKey(c1)] }];
    const day3 = mergePapers([listing('2026-09-03', [['Speech Meets Text', c1]])], both);
    expect([day3.errors, day3.papers.map((p) => p.knownSlug)]).toEqual([[], ['speech-meets-text-x']]);
    const reverted = mergePapers([listing('2026-09-03', [['Speech Meets Text', a1]])], both);
    expect([reverted.errors, reverted.papers.map((p) => p.knownSlug)]).toEqual([[], ['speech-meets-text']]);
    // The old title over a third abstract could be either: the run stops, naming it.
    const other = mergePapers([listing('2026-09-03', [['Speech Meets Text', about('something else')]])], both);
    expect(other.errors.map(formatProblem)).toEqual([
      'dumps/2026-09-03.txt:1: `Speech Meets Text` is the title of two papers that are not one (the published papers `speech-meets-text` and `speech-meets-text-x`), and its abstract is neither\'s; cannot tell which it is: expected a title and its abstract to be one paper; if this is one of them, give it the abstract it was published with, or delete the entry of one and add its slug to the `aliases` of the other',
    ]);
  });

  test('stops where a dump lists one paper\'s title over another\'s abstract with related titles, as before', () => {
    const p1: KnownPaper = { slug: 'sparse-routing', titles: ['Sparse Routing'], abstracts: [abstractKey(about('routing'))] };
    const p2: KnownPaper = { slug: 'sparse-routing-at-scale', titles: ['Sparse Routing at Scale'], abstracts: [abstractKey(about('routing at scale'))] };
    const { errors } = mergePapers([listing('a', [['Sparse Routing', about('routing at scale')]])], [p1, p2]);
    expect(errors.map((e) => e.reason.split(';')[0])).toEqual(['`Sparse Routing` is the published paper `sparse-routing`, but has the abstract of the published paper `sparse-routing-at-scale`']);
  });
});

describe('look-alike titles of ASCII characters', () => {
  // Every title of the archive is folded on every run; an ASCII one takes `toLowerCase` and no NFKC, which must be what the Unicode folds give.
  test('fold as the Unicode folds fold them', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (title) => {
        expect(title.toLowerCase()).toBe(foldCase(title));
        expect(title).toBe(title.normalize('NFKC'));
      }),
      { numRuns: 3000 },
    );
  });

  test('are keyed by their letters and digits, lower-cased, as the four folds key them', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (title) => {
        expect(lookalikeKey(title)).toBe(foldedLookalikeKey(title));
      }),
      { numRuns: 3000 },
    );
    expect(lookalikeKey('Scaling Laws: For X (v2)!')).toBe('scalinglawsforxv2');
  });
});
