import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { compileTaxonomy, countTerms, termsFound, termsFoundByTopic, type CompiledTaxonomy } from '../../../../src/format/topic-terms.ts';

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

describe('termsFoundByTopic', () => {
  const topic = (id: string, terms: string[]) => ({ id, name: id, description: id, terms });
  const compiled = compileTaxonomy({
    topics: [
      topic('moe', ['mixture of experts', 'experts', 'diffusion model', 'LLM', 'LLMs', '/sparse (?:gating|routing)/']),
      topic('llm', ['/\\bLLMs?\\b/', 'robot', 'language model', 'large language model']),
      topic('vision', ['image', '/\\b(?:ViT|CLIP)s?\\b/', 'diffusion model']),
      topic('other', ['robot']),
    ],
  });
  const words = ['Mixture-of-Experts', 'mixture', 'of', 'experts', 'LLM', 'LLMs', 'llms', 'sparse gating', 'Sparse routing', 'robots', 'large', 'language', 'models', 'image', 'images', 'ViT', 'CLIPs', 'diffusion', 'model', 'and', '.', ',', 'Hyper-Network', 'Über'];
  const ids = ['moe', 'llm', 'vision', 'other', 'nope'];
  /** termsFound as it was written before: every term of every topic counted, once per topic asked. */
  const reference = (text: string, topicId: string, taxonomy: CompiledTaxonomy, limit: number): string[] => {
    const topic = taxonomy.topicIds.indexOf(topicId);
    if (topic < 0) return [];
    const found: string[] = [];
    countTerms(text, taxonomy)[topic]!.forEach((count, term) => {
      const regex = taxonomy.regexTerms.find((entry) => entry.topic === topic && entry.term === term)?.regex;
      if (regex !== undefined) regex.lastIndex = 0;
      const shown = regex === undefined ? taxonomy.termSources[topic]![term] : regex.exec(text)?.[0].trim();
      if (count > 0 && found.length < limit && shown && !found.some((f) => f.toLowerCase() === shown.toLowerCase())) found.push(shown);
    });
    return found;
  };

  test('finds, for each topic asked, what counting every term of every topic finds for it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.uniqueArray(fc.constantFrom(...ids)), fc.integer({ min: 0, max: 5 }), (parts, topics, limit) => {
        const text = parts.join(' ');
        const found = termsFoundByTopic(text, topics, compiled, limit);
        expect([...found.keys()]).toEqual(topics);
        for (const id of topics) {
          expect(found.get(id)).toEqual(reference(text, id, compiled, limit));
          expect(termsFound(text, id, compiled, limit)).toEqual(found.get(id));
        }
      }),
    );
  });
  test('gives each topic its own list, with the default limit of four', () => {
    const text = 'Sparse gating of LLMs: mixture of experts, image diffusion models, robots, large language models and experts';
    expect(Object.fromEntries(termsFoundByTopic(text, ['vision', 'moe', 'llm'], compiled))).toEqual({
      vision: ['image', 'diffusion model'],
      moe: ['mixture of experts', 'experts', 'diffusion model', 'LLM'],
      llm: ['LLMs', 'robot', 'large language model'],
    });
  });
  test('given a paper, shows the terms its title names first, counting title and abstract apart as the classifier does', () => {
    const recurrent = compileTaxonomy({ topics: [topic('recurrent', ['recurrent', 'hidden state', 'LSTM', 'gated', 'state space model']), topic('other', [])] });
    const paper = { title: 'Otterly: a state space model', abstract: 'Recurrent, gated: an LSTM with a hidden state.' };
    expect(termsFoundByTopic(paper, ['recurrent'], recurrent).get('recurrent')).toEqual(['state space model', 'recurrent', 'hidden state', 'LSTM']);
    expect(termsFoundByTopic({ title: 'Notes on the state', abstract: 'Space models are recurrent.' }, ['recurrent'], recurrent).get('recurrent')).toEqual(['recurrent']);
  });
});

describe('a /regex/ term that matches empty text only within a text', () => {
  // `compileTerm` refuses a term that matches the empty text, but one such as `/(?=ab)/` or `/\b/`
  // matches nothing there and empty text inside a paper's. Run in a child process: a loop that
  // never moves on would hang this one, timeouts and all.
  test('counts nothing, explains nothing and ends', () => {
    const script = `
      import { compileTaxonomy, countTerms, termsFoundByTopic } from ${JSON.stringify(new URL('../../../../src/format/topic-terms.ts', import.meta.url).href)};
      const compiled = compileTaxonomy({ topics: [{ id: 'odd', name: 'Odd', description: 'Odd.', terms: ['/(?=ab)/', '/\\\\b/', '/(?<=c)/', '/abl?/'] }, { id: 'other', name: 'Other', description: 'Other.', terms: [] }] });
      const text = 'ab cab ably';
      console.log(JSON.stringify({ counts: countTerms(text, compiled), found: [...termsFoundByTopic(text, ['odd'], compiled)] }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.error?.message ?? run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ counts: [[0, 0, 0, 3]], found: [['odd', ['ab']]] });
  });
});
