import { describe, expect, test } from 'vitest';
import { knownPapers, manifestRecord, type EntryOnDisk } from '../../../../scripts/lib/known-papers.ts';
import { writtenBody } from '../../../../src/format/written-body.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import { inventedAbstract } from '../../../support/invented-abstract.ts';

const NOTICE = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';

/** An entry on disk titled `title`, its body `body`. */
function entry(title: string, slug: string, body: string): EntryOnDisk {
  const data = paperSchema.parse({ title, slug, topics: ['other'], autoTopics: [], keywords: [], listings: [{ listing: '2026-12-07', source: '2026-12-07.txt', position: 1 }] });
  return { path: `papers/${slug}.mdx`, data, text: `---\ntitle: ${title}\nslug: ${slug}\n---\n\n${body}\n` };
}

describe('knownPapers', () => {
  test('knows a paper whose body was made from a notice, by the length its record gives, or by its body when it has no record', () => {
    const real = inventedAbstract('sparse routing');
    const papers = { notice: manifestRecord('Notice', undefined, writtenBody('h1', NOTICE)), real: manifestRecord('Real', undefined, writtenBody('h2', real)) };
    const known = knownPapers(
      [entry('Notice', 'notice', NOTICE), entry('Real', 'real', real), entry('Legacy Notice', 'legacy-notice', NOTICE), entry('Legacy Real', 'legacy-real', real)],
      { papers, listings: {}, topics: [] },
    );
    expect(known.map((k) => [k.slug, k.notice])).toEqual([
      ['notice', true],
      ['real', false],
      ['legacy-notice', true],
      ['legacy-real', false],
    ]);
    // A record with no body says nothing of it: counted as a real abstract.
    expect(knownPapers([], { papers: { old: manifestRecord('Old', undefined, undefined) }, listings: {}, topics: [] }).map((k) => k.notice)).toEqual([undefined]);
  });
});
