import { describe, expect, test } from 'vitest';
import { defaultTaxonomyText, parseTaxonomy, TaxonomyError } from '../../../../src/format/taxonomy.ts';

const FILE = 'content/topics.yaml';

/** Join lines into a YAML document, so line numbers in the tests are easy to count. */
function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

const OTHER = ['  - id: other', '    name: Other', '    description: Everything else.'];

describe('parseTaxonomy', () => {
  test('returns the topics, with `terms` defaulting to none', () => {
    const taxonomy = parseTaxonomy(
      yaml('topics:', '  - id: walruses', '    name: Walruses', '    description: Large tusked mammals.', '    terms: [walrus, /tusks?/]', ...OTHER),
      FILE,
    );
    expect(taxonomy.topics.map((topic) => [topic.id, topic.terms])).toEqual([
      ['walruses', ['walrus', '/tusks?/']],
      ['other', []],
    ]);
  });

  test('reports a YAML syntax error at its line', () => {
    expect(() => parseTaxonomy(yaml('topics:', '  - id: walruses', '    name: [unclosed'), FILE)).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:4: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]]`);
  });

  test('reports a Git merge conflict at its first marker, not the YAML error it makes further on', () => {
    const merged = yaml('topics:', '<<<<<<< HEAD', '  - id: walruses', '=======', '  - id: seals', '>>>>>>> theirs', ...OTHER);
    expect(() => parseTaxonomy(merged, FILE)).toThrow(`${FILE}:2: holds a Git merge conflict (lines 2–6); expected the file as both sides meant it`);
  });

  test('reports an empty file', () => {
    expect(() => parseTaxonomy('# nothing yet\n', FILE)).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:1: the file is empty; expected a \`topics:\` list]`);
  });

  test('reports a misspelt top-level key', () => {
    expect(() => parseTaxonomy(yaml('topic:', ...OTHER), FILE)).toThrowErrorMatchingInlineSnapshot(`
      [TaxonomyError: content/topics.yaml:1: \`topics\`: expected a list of topics, found nothing
      content/topics.yaml:1: unknown top-level field \`topic\`; expected only \`topics\`]
    `);
  });

  test('reports a missing fallback topic at the `topics:` line', () => {
    expect(() =>
      parseTaxonomy(yaml('# my topics', 'topics:', '  - id: walruses', '    name: Walruses', '    description: Tusked.'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:2: \`topics\`: expected a topic with id \`other\` (the fallback for papers that match no topic), found none]`);
  });

  test('reports a bad id at the line of the id, naming what was found', () => {
    expect(() => parseTaxonomy(yaml('topics:', ...OTHER, '  - id: Big Walruses', '    name: Walruses', '    description: Tusked.'), FILE)).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:5: topic \`Big Walruses\`: \`id\`: expected a lowercase id such as \`language-models\`, found \`Big Walruses\`]`);
  });

  test('reports an id or an alias that is a fixed route of /topics/ (its index), at its line', () => {
    expect(() => parseTaxonomy(yaml('topics:', ...OTHER, '  - id: index', '    name: Index', '    description: Indexes.'), FILE)).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:5: topic \`index\`: \`id\`: expected an id other than a page of the site under \`/topics/\` (\`index\` is the list of topics), found \`index\`]`);
    expect(() =>
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    aliases:', '      - index'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:9: topic \`walruses\`: alias 1: expected an id other than a page of the site under \`/topics/\` (\`index\` is the list of topics), found \`index\`]`);
  });

  test('reports a missing or empty field at the topic, by id', () => {
    expect(() =>
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: ""', '  - id: seals', '    name: Seals', '    description: 3'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`
      [TaxonomyError: content/topics.yaml:5: topic \`walruses\`: \`description\` is missing; expected a non-empty text
      content/topics.yaml:6: topic \`walruses\`: \`name\`: expected a non-empty text, found an empty text
      content/topics.yaml:9: topic \`seals\`: \`description\`: expected a non-empty text, found \`3\`]
    `);
  });

  test('reports an unknown field', () => {
    expect(() =>
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    keywords: [walrus]'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:5: topic \`walruses\`: unknown field \`keywords\`; expected \`id\`, \`name\`, \`description\`, \`terms\` and \`aliases\`]`);
  });

  test('reports a duplicated id at its second occurrence', () => {
    expect(() =>
      parseTaxonomy(
        yaml('topics:', '  - id: walruses', '    name: Walruses', '    description: Tusked.', ...OTHER, '  - id: walruses', '    name: More walruses', '    description: Again.'),
        FILE,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:8: topic \`walruses\`: the id is already used at line 2; expected each id once]`);
  });

  test('reports an invalid regex term at the line of the term', () => {
    expect(() =>
      parseTaxonomy(
        yaml('topics:', ...OTHER, '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    terms:', '      - walrus', "      - '/tusk(/'"),
        FILE,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:10: topic \`walruses\`: term \`/tusk(/\` is not a valid regular expression (Unterminated group)]`);
  });

  test('reports a regex term that matches empty text', () => {
    expect(() =>
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    terms: [/t*/]'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:8: topic \`walruses\`: term \`/t*/\` matches empty text; expected a regular expression that needs at least one character]`);
  });

  test('reports a term that is not text', () => {
    expect(() =>
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    terms:', '      - walrus', '      - 42'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:10: topic \`walruses\`: term 2: expected a term (text), found \`42\`]`);
  });

  test('reads `aliases`, the earlier ids of a renamed topic (none when not given)', () => {
    const taxonomy = parseTaxonomy(yaml('topics:', '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    aliases: [walrusses, tusked-seals]', ...OTHER), FILE);
    expect(taxonomy.topics.map((topic) => [topic.id, topic.aliases])).toEqual([
      ['walruses', ['walrusses', 'tusked-seals']],
      ['other', undefined],
    ]);
  });

  test('reports an alias that is not an id at the line of the alias', () => {
    expect(() =>
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    aliases:', '      - Old Walruses'), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:9: topic \`walruses\`: alias 1: expected a lowercase id such as \`language-models\`, found \`Old Walruses\`]`);
  });

  test('reports an alias that is a topic\'s id, naming both lines', () => {
    expect(() =>
      parseTaxonomy(
        yaml('topics:', '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    aliases: [seals]', '  - id: seals', '    name: Seals', '    description: Not tusked.', ...OTHER),
        FILE,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:5: topic \`walruses\`: alias \`seals\` is the id of topic \`seals\` at line 6; expected an id no topic has now (a renamed topic's old id, moved from \`id\` to \`aliases\`)]`);
  });

  test('reports an alias given to two topics, naming both lines', () => {
    expect(() =>
      parseTaxonomy(
        yaml('topics:', '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    aliases: [pinnipeds]', '  - id: seals', '    name: Seals', '    description: Not tusked.', '    aliases:', '      - pinnipeds', ...OTHER),
        FILE,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:10: topic \`seals\`: alias \`pinnipeds\` is already an alias of topic \`walruses\` at line 5; expected each alias on one topic, the one its URLs should lead to]`);
  });

  test('reports an alias listed twice on one topic, naming both lines (its redirect pages would be made twice)', () => {
    expect(() =>
      parseTaxonomy(yaml('topics:', '  - id: walruses', '    name: Walruses', '    description: Tusked.', '    aliases:', '      - pinnipeds', '      - pinnipeds', ...OTHER), FILE),
    ).toThrowErrorMatchingInlineSnapshot(`[TaxonomyError: content/topics.yaml:7: topic \`walruses\`: alias \`pinnipeds\` is listed twice (also at line 6); expected each alias once]`);
  });

  test('throws a TaxonomyError that lists each problem', () => {
    try {
      parseTaxonomy(yaml('topics:', ...OTHER, '  - id: walruses', '    name: ""', '    description: ""'), FILE);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TaxonomyError);
      expect((error as TaxonomyError).problems.map((problem) => problem.line)).toEqual([6, 7]);
    }
  });
});

describe('defaultTaxonomyText', () => {
  test('reads the shipped taxonomy, which is valid and has the fallback topic', async () => {
    const taxonomy = parseTaxonomy(await defaultTaxonomyText(), 'content/topics.yaml');
    expect(taxonomy.topics.length).toBeGreaterThanOrEqual(13);
    expect(taxonomy.topics.at(-1)?.id).toBe('other');
  });
});
