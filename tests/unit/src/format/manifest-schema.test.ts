import { describe, expect, test } from 'vitest';
import { manifestSchema } from '../../../../src/format/manifest-schema.ts';
import { describeIssues } from '../../../../src/format/describe-issues.ts';

const record = { title: 'Knots Hold', key: 'Knots Hold' };
const issues = (papers: Record<string, unknown>) => {
  const result = manifestSchema.safeParse({ papers });
  return result.success ? 'valid' : describeIssues(result.error, 'manifest');
};

describe('manifestSchema', () => {
  test('reads a record with the body the ingest wrote, its key given or left to `abstract`', () => {
    expect(issues({ knots: { ...record, abstract: 'c0AKfsaHhZsAjWjpyTKfM4', body: 'Tq9x0mYd3kqZ1V2b8hJ3aQ 843' } })).toBe('valid');
    expect(issues({ knots: { ...record, body: 'Tq9x0mYd3kqZ1V2b8hJ3aQ 23 c0AKfsaHhZsAjWjpyTKfM4 short' } })).toBe('valid');
    expect(issues({ knots: record })).toBe('valid');
  });

  test('names a body that is not as the ingest writes it, or refers to an abstract the record lacks', () => {
    expect(issues({ knots: { ...record, body: 'edited' } })).toMatchInlineSnapshot(`"papers.knots.body: expected \`<hash> <length> <key>\` as the ingest writes it"`);
    expect(issues({ knots: { ...record, body: 'Tq9x0mYd3kqZ1V2b8hJ3aQ 843' } })).toMatchInlineSnapshot(`"papers.knots.body: expected \`<hash> <length> <key>\`: the key is left out only when the record has an \`abstract\`"`);
  });

  test('reads a manifest written before topics were recorded as one that records none (its next ingest records them)', () => {
    expect(manifestSchema.parse({ papers: {}, listings: {} }).topics).toEqual([]);
  });

  test('reads a topic id listed twice (a hand edit, a merge of two branches’ published.json) once, as the ingest writes it', () => {
    expect(manifestSchema.parse({ papers: {}, topics: ['code', 'other', 'code'] }).topics).toEqual(['code', 'other']);
  });

  test('records published topics by their ids, and names one not written like a topic id', () => {
    expect(manifestSchema.parse({ papers: {}, topics: ['language-models', 'other'] }).topics).toEqual(['language-models', 'other']);
    const result = manifestSchema.safeParse({ papers: {}, topics: ['Language Models'] });
    expect(result.success ? 'valid' : describeIssues(result.error, 'manifest')).toMatchInlineSnapshot(`"topics.0: expected a lowercase id such as \`language-models\`"`);
  });
});
