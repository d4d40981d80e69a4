import { describe, expect, test } from 'vitest';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import { describeIssues } from '../../../../src/format/describe-issues.ts';

const entry = { title: 'Knots', slug: 'knots', topics: ['other'], listings: [{ listing: '2025-03-14', source: '2025-03-14.txt', position: 1 }] };

describe('paperSchema: retired', () => {
  test('reads a paper with no `retired` as on show', () => {
    expect(paperSchema.parse(entry).retired).toBeUndefined();
  });

  test('reads `retired` as the reason the paper was taken off the archive', () => {
    expect(paperSchema.parse({ ...entry, retired: '  Not a paper: a footer line.  ' }).retired).toBe('Not a paper: a footer line.');
  });

  test('refuses a `retired` with no reason, saying what is expected', () => {
    const result = paperSchema.safeParse({ ...entry, retired: ' ' });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toMatchInlineSnapshot(`"retired: expected the reason the paper was retired, such as \`Not a paper: a footer line from an early save.\`"`);
  });
});
