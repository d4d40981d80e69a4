import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { relatedPapers, statisticsPapers, type RelatedPaper } from '../../../../src/lib/related.ts';

const papers = [
  { slug: 'sparse-attention', title: 'Sparse attention for long documents', text: 'Sparse attention lets transformers read long documents with linear memory.' },
  { slug: 'linear-attention', title: 'Linear attention revisited', text: 'We revisit linear attention for transformers and long documents.' },
  { slug: 'robot-grasping', title: 'Robot grasping from video', text: 'A robot learns grasping from human video demonstrations.' },
  { slug: 'video-robots', title: 'Video pretraining for robot arms', text: 'Pretraining on video helps robot arms learn grasping.' },
  { slug: 'lonely', title: 'Quantum chemistry with kernels', text: 'Kernels predict molecular energies.' },
];

describe('relatedPapers', () => {
  const related = relatedPapers(papers);

  test('relates papers that share distinctive words', () => {
    expect(related.get('sparse-attention')![0]!.slug).toBe('linear-attention');
    expect(related.get('robot-grasping')![0]!.slug).toBe('video-robots');
  });

  test('explains each match with the shared terms, as written in the papers', () => {
    expect(related.get('sparse-attention')![0]!.sharedTerms).toEqual(expect.arrayContaining(['attention', 'documents']));
  });

  test('gives a paper that shares nothing no related papers rather than random ones', () => {
    expect(related.get('lonely')).toEqual([]);
  });

  test('never lists a paper as related to itself, and keeps at most `limit`', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ slug: `p${i}`, title: `Graph networks ${i}`, text: 'graph neural networks message passing' }));
    for (const [slug, list] of relatedPapers(many, { limit: 5 })) {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list.map((r) => r.slug)).not.toContain(slug);
    }
  });

  test('reads a compatibility form as the letters it stands for, in a text that is not ASCII', () => {
    // `ﬁ` (U+FB01) is `fi` under NFKC: the ligature's word is the only one its paper shares with another.
    const texts = [
      { slug: 'ligature', title: 'Cheap ﬁnetuning', text: 'Low rank updates.' },
      { slug: 'plain', title: 'Finetuning at scale', text: 'Finetuning is costly.' },
      { slug: 'other', title: 'Kernels for chemistry', text: 'Kernels predict energies.' },
      { slug: 'other2', title: 'Robot grasping', text: 'Robots grasp cups.' },
      { slug: 'other3', title: 'Protein folding', text: 'Proteins fold quickly.' },
    ];
    expect(relatedPapers(texts).get('ligature')).toEqual([{ slug: 'plain', score: expect.any(Number), sharedTerms: ['Finetuning'] }]);
  });

  test('names each word once among shared terms (`solving` and `solve`, `masked` and `mask` are one word each)', () => {
    const texts = [
      { slug: 'solver', title: 'Solving sudoku with masked cells', text: 'We solve it: a mask prunes them.' },
      { slug: 'solved', title: 'Sudoku solve rates under a mask', text: 'Solving it by masked search.' },
      ...['Kernels predict energies', 'Robots grasp cups', 'Proteins fold quickly', 'Birds sing songs', 'Rivers carve valleys', 'Glaciers move slowly'].map((text, i) => ({ slug: `other-${i}`, title: text, text })),
    ];
    const terms = relatedPapers(texts).get('solver')![0]!.sharedTerms;
    // Each word once, in whichever of its forms the papers write most.
    expect(terms.map((t) => t.toLowerCase().slice(0, 4)).sort()).toEqual(['mask', 'solv', 'sudo']);
  });

  test('names no word that says only what an abstract does or claims, not what it is about (`leveraging`, `enhances`, `perform`, `when`)', () => {
    const texts = [
      { slug: 'first', title: 'When leveraging sudoku enhances puzzles', text: 'We leverage sudoku, enhancing it to perform better: superior effectiveness across multiple grids.' },
      { slug: 'second', title: 'Leveraging sudoku when enhancing puzzles', text: 'Enhancing sudoku to perform better: we leverage superior effectiveness on multiple grids.' },
      ...['Kernels predict energies', 'Robots grasp cups', 'Proteins fold quickly', 'Birds sing songs', 'Rivers carve valleys', 'Glaciers move slowly'].map((text, i) => ({ slug: `other-${i}`, title: text, text })),
    ];
    const terms = relatedPapers(texts).get('first')![0]!.sharedTerms;
    expect(terms.map((t) => t.toLowerCase()).sort()).toEqual(['grids', 'puzzles', 'sudoku']);
  });

  test('counts a word of a title that weighs nothing (`titleWeight: 0`) by its other uses alone, once', () => {
    // `Kernels` in the title counts 0 times, in the text once: the two papers share it as if the title did not hold it.
    const texts = [
      { slug: 'titled', title: 'Kernels', text: 'Kernels predict energies.' },
      { slug: 'plain', title: 'Chemistry', text: 'Kernels for molecules.' },
      { slug: 'other', title: 'Robot grasping', text: 'Robots grasp cups.' },
      { slug: 'other2', title: 'Protein folding', text: 'Proteins fold quickly.' },
    ];
    const related = relatedPapers(texts, { titleWeight: 0 }).get('titled');
    expect(related).toEqual([{ slug: 'plain', score: expect.any(Number), sharedTerms: ['Kernels'] }]);
    expect(related![0]!.score).toBeGreaterThan(0);
  });

  test('does not give a paper a word its title alone holds, when titles weigh nothing (`titleWeight: 0`)', () => {
    // `Graphs` is in both titles and no text: it is neither paper's term, and relates them no more than it makes a score of them.
    const texts = [
      { slug: 'titled', title: 'Graphs of kernels', text: 'Kernels predict energies.' },
      { slug: 'plain', title: 'Graphs in chemistry', text: 'Kernels for molecules.' },
      { slug: 'other', title: 'Robot grasping', text: 'Robots grasp cups.' },
      { slug: 'other2', title: 'Protein folding', text: 'Proteins fold quickly.' },
    ];
    expect(relatedPapers(texts, { titleWeight: 0 }).get('titled')).toEqual([{ slug: 'plain', score: expect.any(Number), sharedTerms: ['Kernels'] }]);
    expect(relatedPapers(texts, { titleWeight: 0 }).get('titled')![0]!.score).toBeGreaterThan(0);
  });

  test('breaks ties by slug, so builds are reproducible', () => {
    const twins = ['c', 'a', 'b'].map((slug) => ({ slug, title: 'Identical words here', text: 'identical words here' }));
    const unrelated = { slug: 'd', title: 'Something else entirely', text: 'other vocabulary' };
    expect(relatedPapers([...twins, unrelated]).get('c')!.map((r) => r.slug)).toEqual(['a', 'b']);
  });
});

/**
 * A day's update adds a few papers to a big archive. If every paper's term
 * weights moved with them, the related lists of thousands of older papers would
 * reshuffle (and their pages re-render) though nothing related to them was
 * added. Word statistics come from the archive's oldest papers, as many as the
 * largest power of two that fits, so a new paper can enter an older paper's
 * list, and nothing else about that list changes until the archive doubles.
 */
describe('statisticsPapers', () => {
  test('picks the oldest papers, as many as the largest power of two that fits: undated first, then by day, then by slug', () => {
    const picked = statisticsPapers([
      { slug: 'e', firstListed: '2025-03-02' },
      { slug: 'b', firstListed: '2025-03-01' },
      { slug: 'z' },
      { slug: 'a', firstListed: '2025-03-01' },
      { slug: 'c', firstListed: '2025-02-28' },
      { slug: 'd', firstListed: '2025-03-03' },
    ]);
    expect(picked).toEqual([false, true, true, true, true, false]);
  });

  test('picks every paper when their number is a power of two, and none of nothing', () => {
    expect(statisticsPapers([{ slug: 'a', firstListed: '2025-03-02' }, { slug: 'b' }])).toEqual([true, true]);
    expect(statisticsPapers([{ slug: 'a' }])).toEqual([true]);
    expect(statisticsPapers([])).toEqual([]);
  });
});

describe('relatedPapers with word statistics of the oldest papers', () => {
  const WORDS = ['kernel', 'vector', 'matrix', 'tensor', 'graph', 'neural', 'robot', 'vision', 'speech', 'audio', 'token', 'prompt', 'agent', 'reward', 'policy', 'dataset', 'benchmark', 'diffusion', 'protein', 'molecule'];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((words) => words.join(' '));
  const day = fc.constantFrom<string | undefined>(undefined, '2025-03-01', '2025-03-02', '2025-04-01');
  const paper = fc.record({ title: text, text, firstListed: day });
  const view = (list: RelatedPaper[]) => list.map((r) => `${r.slug} ${r.score} ${r.sharedTerms.join(',')}`);

  test("a day's new paper changes an older paper's list only by entering it", () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 4, maxLength: 40 }), text, text, fc.nat(), (drawn, title, body, at) => {
        const archive = drawn.map(({ firstListed, ...p }, i) => ({ slug: `p${String(i).padStart(2, '0')}`, ...p, ...(firstListed === undefined ? {} : { firstListed }) }));
        // One more paper makes the archive a power of two: then every paper makes the statistics, the new one too (the archive doubled).
        fc.pre(!Number.isInteger(Math.log2(archive.length + 1)));
        // The new paper's words are all common among the statistics' papers (a word they do not know is counted over all papers, like any new word).
        const picked = statisticsPapers(archive);
        const documents = new Map<string, number>();
        archive.forEach((p, i) => {
          if (picked[i]) for (const w of new Set(`${p.title} ${p.text}`.split(' '))) documents.set(w, (documents.get(w) ?? 0) + 1);
        });
        const known = (words: string) => words.split(' ').filter((w) => (documents.get(w) ?? 0) >= 2);
        fc.pre(known(title).length > 0 && known(body).length > 0);
        const added = { slug: 'new', title: known(title).join(' '), text: known(body).join(' '), firstListed: '2025-05-01' };
        // Papers come A–Z by title: the new one lands anywhere in the input.
        const after = relatedPapers(archive.toSpliced(at % (archive.length + 1), 0, added));
        const before = relatedPapers(archive);
        for (const p of archive) {
          const was = view(before.get(p.slug)!);
          const now = view(after.get(p.slug)!.filter((r) => r.slug !== 'new'));
          expect(now).toEqual(was.slice(0, now.length));
          expect(now.length).toBeGreaterThanOrEqual(was.length - 1);
        }
      }),
    );
  });

  test('with a power of two of papers, the statistics are those of all papers', () => {
    const four = papers.slice(0, 4);
    expect(relatedPapers(four.map((p, i) => ({ ...p, firstListed: `2025-03-0${i + 1}` })))).toEqual(relatedPapers(four));
  });
});
