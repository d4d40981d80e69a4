import { describe, expect, test } from 'vitest';
import { ingestedTitle, knownPapers, manifestRecord, type EntryOnDisk } from '../../../../scripts/lib/known-papers.ts';
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

describe('ingestedTitle', () => {
  const T0 = 'Lantern Routers for Sparse Experts';
  const T1 = 'Lantern: Confident Routers for Sparse Experts';
  test('is the record\'s ingestedTitle, else the published title', () => {
    expect(ingestedTitle(manifestRecord(T0, undefined, undefined, T1), { title: 'Mine', formerTitles: [T0] })).toBe(T1);
    expect(ingestedTitle(manifestRecord(T0, undefined, undefined), { title: 'Mine', formerTitles: [] })).toBe(T0);
    expect(ingestedTitle(manifestRecord(T0, undefined, undefined))).toBe(T0);
  });
  test('in a record written before ingestedTitle, is the entry\'s title when the entry lists the published title as a former title (the ingest retitled it)', () => {
    expect(ingestedTitle(manifestRecord(T0, undefined, undefined), { title: T1, formerTitles: [T0] })).toBe(T1);
    expect(ingestedTitle(manifestRecord(T0, undefined, undefined), { title: T1, formerTitles: ['Lantern  Routers for  Sparse Experts'] })).toBe(T1);
  });
  test('not once a user\'s title was kept over the dumps\' (writtenTitle: a record of this version)', () => {
    expect(ingestedTitle(manifestRecord(T0, undefined, undefined, T0, T1), { title: 'Mine', formerTitles: [T0] })).toBe(T0);
  });
});
