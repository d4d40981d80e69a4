import { describe, expect, test } from 'vitest';
import { compileTaxonomy, termsFound } from '../../../../src/format/topic-terms.ts';

describe('termsFound', () => {
  const topic = (id: string, terms: string[]) => ({ id, name: id, description: id, terms });
  const compiled = compileTaxonomy({ topics: [topic('moe', ['mixture of experts', 'diffusion model', 'LLM', 'LLMs']), topic('llm', ['/\\bLLMs?\\b/', 'robot']), topic('other', [])] });

  test('reports plain terms as written, matching plurals and hyphens', () => {
    expect(termsFound('Sparse Mixture-of-Experts and diffusion models', 'moe', compiled)).toEqual(['mixture of experts', 'diffusion model']);
  });
  test('reports a regex term by the text it matched', () => {
    expect(termsFound('Tuning LLMs cheaply', 'llm', compiled)).toEqual(['LLMs']);
  });
  test('counts the same words written twice once, as the classifier does', () => {
    expect(termsFound('Tuning LLMs cheaply', 'moe', compiled)).toEqual(['LLM']);
  });
  test('ignores terms that do not occur, and has no reasons for the fallback or an unknown topic', () => {
    expect(termsFound('Language only', 'llm', compiled)).toEqual([]);
    expect(termsFound('Language only', 'other', compiled)).toEqual([]);
    expect(termsFound('Language only', 'nope', compiled)).toEqual([]);
  });
});
