import { describe, expect, test } from 'vitest';
import { slugProblem } from '../../../../src/format/entry-problems.ts';

// Invented entries: a user edits the `slug` line of an entry by hand.
const entry = (slug: string) => `---\ntitle: Lantern Routers\nslug: ${slug}\n---\n\nWe route tokens.\n`;
const published = new Set(['lantern-routers', 'speech-on-phones']);
const isPublished = (slug: string) => published.has(slug);

describe('slugProblem', () => {
  test('says nothing of an entry whose slug is its file name', () => {
    expect(slugProblem('papers/lantern-routers.mdx', entry('lantern-routers'), 'lantern-routers', isPublished)).toBeUndefined();
  });

  test('asks for the published slug back when the slug was edited to one never published', () => {
    expect(slugProblem('papers/lantern-routers.mdx', entry('lantern'), 'lantern', isPublished)?.message).toContain('expected `slug: lantern-routers` back');
  });

  test('asks for the published slug back, not for a rename onto another entry\'s file, when the slug was edited to another published paper\'s', () => {
    const files = new Set(['lantern-routers.mdx', 'speech-on-phones.mdx']);
    const problem = slugProblem('papers/lantern-routers.mdx', entry('speech-on-phones'), 'speech-on-phones', isPublished, (slug) => files.has(`${slug}.mdx`));
    expect(problem?.message).toContain('expected `slug: lantern-routers` back');
    expect(problem?.message).not.toContain('expected the file to be named');
  });

  test('asks for the file to be named after its slug when the file was renamed by hand', () => {
    expect(slugProblem('papers/lantern.mdx', entry('lantern-routers'), 'lantern-routers', isPublished)?.message).toContain('expected the file to be named lantern-routers.mdx');
  });
});
