import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Listing } from '../../../../scripts/lib/merge-papers.ts';
import { planIngest, type ExistingEntry, type IngestPlan } from '../../../../scripts/lib/plan-ingest.ts';
import { hashText, type CacheRecord } from '../../../../scripts/lib/ingest-cache.ts';
import { entryBody, parseEntry } from '../../../../src/format/entry.ts';
import type { Manifest } from '../../../../src/format/manifest-schema.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import type { Taxonomy } from '../../../../src/format/taxonomy-schema.ts';

/**
 * The memo of the last run (node_modules/.cache/folio/) only saves time:
 * the content folder is committed, the memo is not, so a fresh clone,
 * another machine or a deleted cache must get the same entries, manifest
 * and warnings from the same dumps. Day after day, papers come back with
 * the same abstract, a longer or a shorter one, one of the same length,
 * retitled (some under an abstract of a real one's length, some under one
 * of a notice's length), or not at all, some entries are edited by hand
 * between days, and some days are ingested twice (the second time, the memo
 * knows every entry); one archive is planned with its memo, one without
 * any, and one with the memo of an earlier run than its last (a folder
 * pulled from a teammate, a memo restored from a backup).
 */

const taxonomy: Taxonomy = {
  topics: [
    { id: 'knots', name: 'Knots', description: 'Papers about knots.', terms: ['knot'] },
    { id: 'other', name: 'Other', description: 'The rest.', terms: [] },
  ],
};

const TITLES = ['Knots Hold', 'Folded Ropes', 'Tides Turn', 'Sparse Adapters', 'Bows and Loops'];
const ABSTRACT_PIECES = ['We study', 'a sparse adapter', 'on four benchmarks', '$x^2$', '\\textbf{strong}', '{\\it emphasis}', '40\\%', 'R^d', 'https://example.org/a', '\\knuth', 'knots'];

/** What a day's dump does with a paper. */
const CHANGES = ['same', 'same', 'longer', 'shorter', 'tie', 'retitled', 'retitled-longer', 'absent', 'absent'] as const;
type Change = (typeof CHANGES)[number];

/** A paper's abstract on a day: its own words, cut or lengthened, or one letter changed (a tie: the same length). */
function abstractOf(base: string, index: number, length: number, tie: boolean): string {
  const full = `${base} (paper ${index}: ${'we measure how far the effect reaches across more settings; '.repeat(9)})`;
  const text = full.slice(0, length).trimEnd();
  return tie ? text.replace(/[a-z](?=[^a-z]*$)/, (c) => (c === 'z' ? 'y' : String.fromCharCode(c.charCodeAt(0) + 1))) : text;
}

/** A day's listing from each paper's change, and what each paper now is. */
interface PaperState {
  title: string;
  length: number;
}

function dayListing(day: number, papers: PaperState[], bases: string[], changes: Change[]): Listing {
  const entries: Array<{ title: string; abstract: string }> = [];
  changes.forEach((change, i) => {
    const paper = papers[i]!;
    if (change === 'absent') return;
    if (change === 'longer' || change === 'retitled-longer') paper.length += 25;
    if (change === 'shorter') paper.length = Math.max(20, paper.length - 25);
    if (change === 'retitled' || change === 'retitled-longer') paper.title = `${paper.title} Revisited`;
    entries.push({ title: paper.title, abstract: abstractOf(bases[i]!, i, paper.length, change === 'tie') });
  });
  const id = `2025-03-0${day}`;
  return { id, source: `${id}.txt`, path: `${id}.txt`, entries: entries.map((e, i) => ({ ...e, position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })) };
}

/** A content folder in memory: entries by slug, the manifest, and (for one of the two) the memo. */
interface Archive {
  entries: Map<string, string>;
  manifest: Manifest;
  memo?: Map<string, CacheRecord>;
}

function existingOf(archive: Archive): ExistingEntry[] {
  return [...archive.entries].map(([slug, text]) => ({ path: `papers/${slug}.mdx`, text, hash: hashText(text), data: paperSchema.parse(parseEntry(text).data) }));
}

function ingest(archive: Archive, listing: Listing, keepMemo = true): IngestPlan {
  const plan = planIngest({ listings: [listing], existing: existingOf(archive), manifest: archive.manifest, taxonomy, ...(archive.memo ? { cache: archive.memo } : {}) });
  for (const entry of plan.entries) archive.entries.set(entry.slug, entry.text);
  archive.manifest = plan.manifest;
  if (archive.memo && keepMemo) archive.memo = plan.cache;
  return plan;
}

/** Edit an entry's body by hand, as a user would. */
function editBody(archive: Archive, slug: string): void {
  const text = archive.entries.get(slug);
  if (text === undefined) return;
  archive.entries.set(slug, `${text.slice(0, text.length - entryBody(text).length)}Rewritten by hand: ${entryBody(text)}`);
}

describe('planIngest with and without the memo of the last run', () => {
  test('writes the same entries and manifest, with the same warnings, day after day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...ABSTRACT_PIECES), { minLength: 3, maxLength: 8 }).map((pieces) => pieces.join(' ')), { minLength: 2, maxLength: TITLES.length }),
        fc.array(
          fc.tuple(
            fc.array(fc.constantFrom(...CHANGES), { minLength: TITLES.length, maxLength: TITLES.length }),
            fc.array(fc.constantFrom(false, false, false, true), { minLength: TITLES.length, maxLength: TITLES.length }),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (bases, days) => {
          // Every other paper's abstract is as long as a real one (250 letters and digits or more), the others as short as a notice.
          const papers = bases.map((_, i) => ({ title: TITLES[i]!, length: (i % 2 === 0 ? 60 : 400) + 17 * i }));
          const kept: Archive = { entries: new Map(), manifest: { papers: {}, listings: {}, topics: [] }, memo: new Map() };
          const lost: Archive = { entries: new Map(), manifest: { papers: {}, listings: {}, topics: [] } };
          const stale: Archive = { entries: new Map(), manifest: { papers: {}, listings: {}, topics: [] }, memo: new Map() };
          const first = dayListing(1, papers, bases, bases.map(() => 'same'));
          const reference = ingest(kept, first);
          expect(ingest(lost, first)).toEqual({ ...reference, cache: expect.anything() });
          expect(ingest(stale, first)).toEqual(reference);
          days.forEach(([changes, edits, twice], d) => {
            for (const [i, edit] of edits.entries()) {
              const slug = [...kept.entries.keys()].sort()[i];
              if (edit && slug !== undefined) [kept, lost, stale].forEach((archive) => editBody(archive, slug));
            }
            const listing = dayListing(d + 2, papers, bases, changes.slice(0, bases.length));
            // A day ingested twice: the second time, the memo has every entry as it was left.
            for (const _ of twice ? [1, 2] : [1]) {
              const withMemo = ingest(kept, listing);
              for (const other of [ingest(lost, listing), ingest(stale, listing, d % 2 === 1)]) {
                expect(other.errors).toEqual(withMemo.errors);
                expect(other.warnings).toEqual(withMemo.warnings);
                expect(other.entries).toEqual(withMemo.entries);
                expect(other.manifest).toEqual(withMemo.manifest);
              }
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
