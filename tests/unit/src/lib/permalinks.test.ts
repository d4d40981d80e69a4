import { describe, expect, test } from 'vitest';
import { planPaperRoutes } from '../../../../src/lib/permalinks.ts';

describe('planPaperRoutes', () => {
  test('plans a page per paper and a redirect per alias', () => {
    expect(planPaperRoutes([{ slug: 'new-name', aliases: ['old-name'] }], ['old-name'])).toEqual([
      { slug: 'new-name', kind: 'paper', paper: 'new-name' },
      { slug: 'old-name', kind: 'redirect', paper: 'new-name' },
    ]);
  });

  test('fails when a published slug has neither a page nor a redirect', () => {
    expect(() => planPaperRoutes([{ slug: 'kept', aliases: [], file: 'papers/kept.mdx' }], ['kept', 'dropped'])).toThrowErrorMatchingInlineSnapshot(`
      [PermalinkError: Permanent URLs are broken:
        - published.json: \`/papers/dropped/\` was published but no paper has it as its slug or in its aliases; add it to the aliases of the paper it belongs to]
    `);
  });

  test('fails when an alias claims another paper’s URL', () => {
    expect(() =>
      planPaperRoutes(
        [
          { slug: 'a', aliases: [], file: 'papers/a.mdx' },
          { slug: 'b', aliases: ['a'], file: 'papers/b.mdx' },
        ],
        [],
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [PermalinkError: Permanent URLs are broken:
        - papers/b.mdx: \`/papers/a/\` is claimed twice: as a paper page by \`papers/a.mdx\`, and as a redirect to \`b\` by \`papers/b.mdx\`]
    `);
  });

  test('fails when two papers list the same alias', () => {
    expect(() => planPaperRoutes([{ slug: 'a', aliases: ['x'] }, { slug: 'b', aliases: ['x'] }], [])).toThrow(/`\/papers\/x\/` is claimed twice/);
  });
});
