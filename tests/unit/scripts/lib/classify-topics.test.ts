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
