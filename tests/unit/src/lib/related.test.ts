import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { relatedPapers, type RelatedPaper } from '../../../../src/lib/related.ts';

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
 * added. Word statistics come from the settled papers only (Folio: those first
 * listed before the archive's latest month), so a new paper can enter an older
 * paper's list, and nothing else about that list changes.
 */
describe('relatedPapers with settled word statistics', () => {
  const WORDS = ['kernel', 'vector', 'matrix', 'tensor', 'graph', 'neural', 'robot', 'vision', 'speech', 'audio', 'token', 'prompt', 'agent', 'reward', 'policy', 'dataset', 'benchmark', 'diffusion', 'protein', 'molecule'];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((words) => words.join(' '));
  const paper = fc.record({ title: text, text, settled: fc.boolean() });
  const view = (list: RelatedPaper[]) => list.map((r) => `${r.slug} ${r.score} ${r.sharedTerms.join(',')}`);

  test("a new paper of the latest month changes an older paper's list only by entering it", () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 4, maxLength: 30 }), text, text, fc.nat(), (drawn, title, body, at) => {
        const archive = drawn.map((p, i) => ({ slug: `p${String(i).padStart(2, '0')}`, ...p }));
        // The new paper's words are all common among the settled papers (a term the settled papers do not know is weighed by what the archive has, like any new word).
        const settledCount = new Map<string, number>();
        for (const p of archive.filter((p) => p.settled)) for (const w of new Set(`${p.title} ${p.text}`.split(' '))) settledCount.set(w, (settledCount.get(w) ?? 0) + 1);
        const known = (words: string) => words.split(' ').filter((w) => (settledCount.get(w) ?? 0) >= 2);
        fc.pre(known(title).length > 0 && known(body).length > 0);
        const added = { slug: 'new', title: known(title).join(' '), text: known(body).join(' '), settled: false };
        // Papers come A–Z by title: the new one lands anywhere in the input.
        const after = relatedPapers(archive.toSpliced(at % (archive.length + 1), 0, added));
        const before = relatedPapers(archive);
        for (const p of archive.filter((p) => p.settled)) {
          const was = view(before.get(p.slug)!);
          const now = view(after.get(p.slug)!.filter((r) => r.slug !== 'new'));
          expect(now).toEqual(was.slice(0, now.length));
          expect(now.length).toBeGreaterThanOrEqual(was.length - 1);
        }
      }),
    );
  });

  test('with every paper settled, or none, the statistics are those of all papers', () => {
    const all = relatedPapers(papers);
    expect(relatedPapers(papers.map((p) => ({ ...p, settled: true })))).toEqual(all);
    expect(relatedPapers(papers.map((p) => ({ ...p, settled: false })))).toEqual(all);
  });
});
