import { describe, expect, test } from 'vitest';
import { checkPublishedTopics, planListingRoutes, planPaperRoutes, planTopicAliasRoutes } from '../../../../src/lib/permalinks.ts';

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
        - published.json: \`/papers/dropped/\` was published but no paper has it as its slug or in its aliases; expected its entry, papers/dropped.mdx: restore it from Git (\`git checkout -- papers/dropped.mdx\`) or ingest again a dump that lists it (to take the paper off the archive, give the entry \`retired\`); if the paper lives on under another slug, add \`dropped\` to that entry's \`aliases\`]
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

describe('planListingRoutes', () => {
  test('plans a page per listing and year, and a redirect for a file-named listing that moved to its day', () => {
    const published = [
      { id: '000-ab', to: '2025-03-14' },
      { id: '2025-03-14', to: '2025-03-14' },
    ];
    expect(planListingRoutes(['2025-03-14', '2026-01-02'], [2026, 2025], published)).toEqual([
      { id: '2025-03-14', kind: 'listing', listing: '2025-03-14' },
      { id: '2026-01-02', kind: 'listing', listing: '2026-01-02' },
      { id: '2026', kind: 'year', year: 2026 },
      { id: '2025', kind: 'year', year: 2025 },
      { id: '000-ab', kind: 'redirect', listing: '2025-03-14' },
    ]);
  });

  test('fails when a published listing would have neither a page nor a redirect', () => {
    expect(() => planListingRoutes(['2025-03-14'], [], [{ id: '2025-03-13', to: '2025-03-13' }, { id: 'old', to: '2025-03-12' }])).toThrowErrorMatchingInlineSnapshot(`
      [PermalinkError: Permanent URLs are broken:
        - published.json: \`/listings/2025-03-13/\` was published but no listing has it; ingest the dump it came from again
        - published.json: \`/listings/old/\` was published but no listing has it, and \`2025-03-12\`, where it moved, has none either; ingest the dump it came from again]
    `);
  });

  test('a year whose URL an earlier ingest published as a listing keeps that listing there; its calendar moves to calendar-<year>', () => {
    expect(planListingRoutes(['2025', 'b'], [2026, 2025], [{ id: '2025', to: '2025' }, { id: '2026', to: 'b' }])).toEqual([
      { id: '2025', kind: 'listing', listing: '2025' },
      { id: 'b', kind: 'listing', listing: 'b' },
      { id: 'calendar-2026', kind: 'year', year: 2026 },
      { id: 'calendar-2025', kind: 'year', year: 2025 },
      { id: '2026', kind: 'redirect', listing: 'b' },
    ]);
  });
});

describe('planTopicAliasRoutes', () => {
  test('plans a redirect per page the topic has now, at each of its aliases, to the same page', () => {
    expect(planTopicAliasRoutes([{ id: 'llms', aliases: ['language-models', 'lms'], pages: 2 }, { id: 'other', pages: 1 }])).toEqual([
      { alias: 'language-models', topic: 'llms', page: 1 },
      { alias: 'language-models', topic: 'llms', page: 2 },
      { alias: 'lms', topic: 'llms', page: 1 },
      { alias: 'lms', topic: 'llms', page: 2 },
    ]);
  });

  test('keeps the first URL of a topic no paper is filed under (it still has its page)', () => {
    expect(planTopicAliasRoutes([{ id: 'walruses', aliases: ['walrusses'], pages: 0 }])).toEqual([{ alias: 'walrusses', topic: 'walruses', page: 1 }]);
  });
});

describe('checkPublishedTopics', () => {
  const topics = [{ id: 'llms', aliases: ['language-models'] }, { id: 'walruses' }, { id: 'other', aliases: [] }];

  test('accepts every published topic that is a topic’s id or one of its aliases', () => {
    expect(() => checkPublishedTopics(topics, ['language-models', 'llms', 'other', 'walruses'])).not.toThrow();
    expect(() => checkPublishedTopics(topics, [])).not.toThrow();
  });

  test('fails once, naming published.json, every published topic that is neither, and both fixes: an alias if it was deployed, out of `topics` if never', () => {
    expect(() => checkPublishedTopics(topics, ['llms', 'lms', 'walrusses'])).toThrowErrorMatchingInlineSnapshot(`
      [PermalinkError: Permanent URLs are broken:
        - published.json: \`topics\` records \`lms\`, \`walrusses\`, which no topic in topics.yaml has as its id or in its aliases. For each: if a deployed site served /topics/<id>/, add it to the \`aliases\` of the topic that replaced it in topics.yaml (its URLs then redirect there); if none ever did (the default taxonomy replaced before the first deploy, a typo fixed before it), remove it from \`topics\` in published.json]
    `);
  });
});
