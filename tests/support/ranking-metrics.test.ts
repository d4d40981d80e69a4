import { describe, expect, test } from 'vitest';
import { formatSummary, shortName, summariseRanking } from './ranking-metrics.ts';

describe('summariseRanking', () => {
  test('computes recall@1 and MRR, counting a missing result as 0', () => {
    const s = summariseRanking([
      { query: 'a', expected: '/a/', rank: 1 },
      { query: 'b', expected: '/b/', rank: 2 },
      { query: 'c', expected: '/c/', rank: undefined },
      { query: 'd', expected: '/d/', rank: 1 },
    ]);
    expect(s.recallAt1).toBe(0.5);
    expect(s.mrr).toBeCloseTo((1 + 0.5 + 0 + 1) / 4);
    expect(s.misses.map((m) => m.query)).toEqual(['b', 'c']);
    expect(formatSummary('titles', s)).toBe('titles: recall@1 50.0% (2/4), MRR 0.625');
  });
  test('scores an empty set 0', () => {
    expect(summariseRanking([])).toMatchObject({ queries: 0, recallAt1: 0, mrr: 0 });
  });
});

describe('shortName', () => {
  test('is the one word before the colon', () => {
    expect(shortName('MUVERA: Multi-Vector Retrieval via Fixed Dimensional Encodings')).toBe('MUVERA');
    expect(shortName('Lumiere: A Space-Time Diffusion Model for Video Generation')).toBe('Lumiere');
    expect(shortName('LLaMA-Adapter: Efficient Fine-tuning')).toBe('LLaMA-Adapter');
  });
  test('is undefined without a colon, for several words, or for a stub', () => {
    expect(shortName('Scaling Laws for Image Tokenizers')).toBeUndefined();
    expect(shortName('Point Cloud Mamba: Point Cloud Learning')).toBeUndefined();
    expect(shortName('Q: A Question')).toBeUndefined();
  });
});
