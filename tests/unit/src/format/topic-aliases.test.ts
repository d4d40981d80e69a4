import { describe, expect, test } from 'vitest';
import { resolveTopicIds, topicAliases, topicUrlIds } from '../../../../src/format/topic-aliases.ts';

const taxonomy = {
  topics: [
    { id: 'llms', aliases: ['language-models', 'lms'] },
    { id: 'walruses', aliases: [] },
    { id: 'other', aliases: [] },
  ],
};

describe('topicAliases', () => {
  test('maps each alias to the id of the topic that has it', () => {
    expect([...topicAliases(taxonomy)]).toEqual([
      ['language-models', 'llms'],
      ['lms', 'llms'],
    ]);
  });

  test('is empty for a taxonomy without aliases', () => {
    expect(topicAliases({ topics: [{ id: 'other', aliases: [] }] }).size).toBe(0);
  });
});

describe('resolveTopicIds', () => {
  const aliases = topicAliases(taxonomy);

  test('reads an alias as the topic it names now, keeping the order', () => {
    expect(resolveTopicIds(['walruses', 'language-models'], aliases)).toEqual(['walruses', 'llms']);
  });

  test('names a topic once when the entry names it by its id and an alias, or by two aliases', () => {
    expect(resolveTopicIds(['language-models', 'walruses', 'llms', 'lms'], aliases)).toEqual(['llms', 'walruses']);
  });

  test('leaves ids that are no alias as they are, unknown ones too (the build names those)', () => {
    expect(resolveTopicIds(['walruses', 'rope-theory'], aliases)).toEqual(['walruses', 'rope-theory']);
  });
});

describe('topicUrlIds', () => {
  test('names every topic, with papers or none (each has a page and a feed), and every alias (a redirect and the feed), in the taxonomy’s order', () => {
    expect(topicUrlIds(taxonomy)).toEqual(['llms', 'language-models', 'lms', 'walruses', 'other']);
  });

  test('reads a topic without `aliases` as one with none', () => {
    expect(topicUrlIds({ topics: [{ id: 'walruses' }, { id: 'other' }] })).toEqual(['walruses', 'other']);
  });
});
