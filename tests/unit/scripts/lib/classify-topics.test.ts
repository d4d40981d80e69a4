import { describe, expect, test } from 'vitest';
import { classifyTopics, scoreTopics } from '../../../../scripts/lib/classify-topics.ts';
import { compileTaxonomy, compileTerm } from '../../../../src/format/topic-terms.ts';
import type { Taxonomy } from '../../../../src/format/taxonomy-schema.ts';

/** A small invented taxonomy; every topic has a name and a description, as the schema requires. */
function taxonomy(topics: { id: string; terms: string[] }[]): Taxonomy {
  return {
    topics: [
      ...topics.map((topic) => ({ ...topic, name: topic.id, description: `About ${topic.id}.` })),
      { id: 'other', name: 'Other', description: 'Everything else.', terms: [] },
    ],
  };
}

const compiled = compileTaxonomy(
  taxonomy([
    { id: 'speech', terms: ['speech', 'ASR', 'speech recognition'] },
    { id: 'compression', terms: ['image compression', 'bitrate', '/\\bcodecs?\\b/'] },
    { id: 'language-models', terms: ['language model', 'large language model', 'LLM'] },
    { id: 'vision', terms: ['image classification', 'segmentation'] },
  ]),
);

describe('classifyTopics', () => {
  test('a term in the title is enough on its own', () => {
    expect(classifyTopics({ title: 'Whispering to an ASR system', abstract: 'We study lullabies.' }, compiled)).toEqual(['speech']);
  });

  test('a single passing mention in the abstract is not enough', () => {
    expect(classifyTopics({ title: 'Counting sheep', abstract: 'Unlike speech, sheep rarely bleat twice.' }, compiled)).toEqual(['other']);
  });

  test('matches plurals, hyphenated spellings and any case', () => {
    const paper = { title: 'Tiny LLMs', abstract: 'Small Language-Models dream of Language models.' };
    expect(classifyTopics(paper, compiled)).toEqual(['language-models']);
  });

  test('matches whole words only', () => {
    const paper = { title: 'A laser for llamas', abstract: 'LASR, LLMish and freespeechy are not words we know.' };
    expect(classifyTopics(paper, compiled)).toEqual(['other']);
  });

  test('leaves out a topic the paper only mentions in passing', () => {
    const paper = {
      title: 'Image compression with folded paper',
      abstract: 'Image compression at a low bitrate; the bitrate halves, unlike a language model.',
    };
    expect(classifyTopics(paper, compiled)).toEqual(['compression']);
  });

  test('gives several topics, best first, at most three', () => {
    const paper = {
      title: 'Speech recognition meets image compression and segmentation with an LLM',
      abstract: 'A codec, a bitrate, speech and ASR.',
    };
    // compression 5, speech 5, language-models 3, vision 3: the fourth is cut.
    expect(classifyTopics(paper, compiled)).toEqual(['compression', 'speech', 'language-models']);
  });

  test('breaks ties by id', () => {
    const paper = { title: 'Segmentation of speech', abstract: '' };
    expect(classifyTopics(paper, compiled)).toEqual(['speech', 'vision']);
  });

  test('does not depend on the order of topics in the taxonomy', () => {
    const topics = [
      { id: 'b-topic', terms: ['walrus'] },
      { id: 'a-topic', terms: ['tusk'] },
    ];
    const paper = { title: 'The walrus and its tusk', abstract: '' };
    const forward = classifyTopics(paper, compileTaxonomy(taxonomy(topics)));
    const backward = classifyTopics(paper, compileTaxonomy(taxonomy([...topics].reverse())));
    expect(forward).toEqual(['a-topic', 'b-topic']);
    expect(backward).toEqual(forward);
  });

  test('counts overlapping terms of one topic once per phrase', () => {
    const paper = { title: 'Notes', abstract: 'A large language model.' };
    expect(scoreTopics(paper, compiled)).toEqual([{ id: 'language-models', score: 1 }]);
  });

  test('caps how much one repeated abstract term can add', () => {
    const paper = { title: 'Notes', abstract: 'speech speech speech speech speech speech' };
    expect(scoreTopics(paper, compiled)).toEqual([{ id: 'speech', score: 3 }]);
  });

  test('matches regex terms case-insensitively', () => {
    const paper = { title: 'A CODEC for whale song', abstract: '' };
    expect(classifyTopics(paper, compiled)).toEqual(['compression']);
  });

  describe('a topic the title names by a phrase', () => {
    const named = compileTaxonomy(
      taxonomy([
        { id: 'recurrent', terms: ['state space model', 'Ferret', 'recurrent'] },
        { id: 'text-models', terms: ['/\\blanguage models?\\b|\\bLLMs?\\b/', 'byte-level', 'subword', 'tokenizer', 'vocabulary'] },
        { id: 'sparsity', terms: ['sparsity', 'pruning'] },
        { id: 'layers', terms: ['feed-forward', 'residual stream'] },
      ]),
    );
    // An abstract that is mostly about text models: they score far above twice the other topic.
    const chatty = 'Language models need a tokenizer and a subword vocabulary. Byte-level models drop the tokenizer, the subword units and the vocabulary; their language models grow slow.';

    test('keeps it though another topic scores more than twice as much', () => {
      const paper = { title: 'FerretBytes: a byte-level state space model', abstract: chatty };
      // text-models 3 + 2 + 2 + 2 + 2 + 1 = 12, recurrent 3: under half the best, yet the title names it.
      expect(scoreTopics(paper, named)).toEqual([
        { id: 'text-models', score: 12 },
        { id: 'recurrent', score: 3 },
      ]);
      expect(classifyTopics(paper, named)).toEqual(['text-models', 'recurrent']);
    });

    test('a regex term counts as a phrase when the words it matched in the title are two or more', () => {
      expect(classifyTopics({ title: 'Sparsity and pruning for language models', abstract: 'Pruning, pruning, sparsity, sparsity.' }, named)).toEqual(['sparsity', 'text-models']);
      expect(classifyTopics({ title: 'Sparsity and pruning for LLMs', abstract: 'Pruning, pruning, sparsity, sparsity.' }, named)).toEqual(['sparsity']);
    });

    test('a single title word is weak evidence: it still needs half the best score', () => {
      const paper = { title: 'A recurrent tokenizer', abstract: chatty };
      expect(classifyTopics(paper, named)).toEqual(['text-models']);
    });

    test('a hyphenated compound is one word, in the taxonomy as in the title', () => {
      expect(classifyTopics({ title: 'A feed-forward tokenizer', abstract: chatty }, named)).toEqual(['text-models']);
      expect(classifyTopics({ title: 'A tokenizer for the residual stream', abstract: chatty }, named)).toEqual(['text-models', 'layers']);
    });

    test('only ever adds topics, at most three, best first', () => {
      const crowded = compileTaxonomy(
        taxonomy([
          { id: 'a', terms: ['alpha', 'aleph', 'apex', 'aorta'] },
          { id: 'b', terms: ['beta', 'bison'] },
          { id: 'd', terms: ['delta wing'] },
          { id: 'e', terms: ['echo chamber'] },
          { id: 'f', terms: ['foxtrot step'] },
        ]),
      );
      const title = 'Alpha beta: a delta wing in an echo chamber, a foxtrot step';
      const aboutA = 'Aleph aleph aleph apex apex apex aorta aorta aorta.';
      // a 12; b 6, half the best; d, e and f 3 each, named by phrases: b keeps its place, two of them follow.
      expect(classifyTopics({ title, abstract: `${aboutA} Bison bison bison.` }, crowded)).toEqual(['a', 'b', 'd']);
      // b 3: under half the best, and named by a single word.
      expect(classifyTopics({ title, abstract: aboutA }, crowded)).toEqual(['a', 'd', 'e']);
    });
  });

  test('never scores the fallback topic, even when it has terms', () => {
    const withTerms = compileTaxonomy({ topics: [{ id: 'other', name: 'Other', description: 'Rest.', terms: ['walrus'] }] });
    expect(classifyTopics({ title: 'Walrus', abstract: 'walrus walrus' }, withTerms)).toEqual(['other']);
  });
});

describe('compileTerm', () => {
  test('rejects an invalid regular expression', () => {
    expect(() => compileTerm('/tusk(/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: term \`/tusk(/\` is not a valid regular expression (Unterminated group)]`,
    );
  });

  test('rejects a term without letters or digits', () => {
    expect(() => compileTerm('--')).toThrowErrorMatchingInlineSnapshot(
      `[Error: term \`--\` has no letters or digits; expected words such as \`language model\` or a \`/regex/\`]`,
    );
  });
});
