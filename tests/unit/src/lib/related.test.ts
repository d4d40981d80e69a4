import { describe, expect, test } from 'vitest';
import { relatedPapers } from '../../../../src/lib/related.ts';

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
