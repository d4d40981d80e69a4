import type { Manifest } from '../../src/format/manifest-schema.ts';
import { abstractKey, caselessTitleKey, titlesRelated } from '../../src/format/paper-key.ts';
import { problemAt, quote, showPath, type Problem } from '../../src/format/problem.ts';
import { assignSlug } from './assign-slug.ts';
import type { Paper } from '../../src/format/paper-schema.ts';
import type { Listing } from './merge-papers.ts';
import { readTitles, recordedBody } from './known-papers.ts';

/**
 * The records of `published.json` whose `title` was changed by hand: a
 * record keeps the title its URL was published with, and the ingest knows a
 * published paper by it (and by its entry's titles, which the user may have
 * changed too), so a dump listing the paper under that title would publish
 * it again at a second URL. A record is found changed when its `key` (the
 * title it was written with, whitespace folded; case folded in older
 * manifests) is not its title's, or, when the key was changed with it, when
 * a listing of this run gives a title whose own slug is the record's and
 * that the record's title could not have made (a slug is a function of the
 * title it was first seen with; slugs of older rules match no current one)
 * and that the paper is no longer known by (a paper retitled between two
 * days of one run has its slug of the first title, its record and entry of
 * the latest, and the first among its former titles: no second URL), nor
 * by the abstract recorded, as a retitle (that former title deleted by
 * hand).
 * Only case is not told apart: titles that differ only in case are one
 * paper by their abstract. Each problem is at the record's `title`
 * (`lineOf`). Keys are compared only when published.json may have been
 * `changed` since the ingest last wrote it (which writes each record's key
 * of its title, so a title and key replaced together pass a run whose dumps
 * do not list the paper); listed titles, on every run.
 */
export function editedRecordTitles(
  file: string,
  manifest: Manifest,
  listings: readonly Listing[],
  entries: readonly { data: Pick<Paper, 'slug' | 'aliases' | 'title' | 'formerTitles'> }[],
  lineOf: (slug: string) => number | undefined,
  changed: boolean,
): Problem[] {
  const problems = new Map<string, Problem>();
  const problem = (slug: string, title: string, madeFrom: string, expected: string) =>
    problemAt(
      file,
      lineOf(slug),
      `the record of \`/papers/${slug}/\` gives the title ${quote(title)}, but ${madeFrom}: a record keeps the title its URL was published with, by which the ingest knows the paper (changed, a dump listing that title would publish the paper again at a second URL); expected ${expected} (to show another title, change only \`title\` in papers/${slug}.mdx: the ingest keeps it)`,
    );
  for (const [slug, record] of changed ? Object.entries(manifest.papers) : []) {
    if (caselessTitleKey(record.key) !== caselessTitleKey(record.title)) {
      problems.set(slug, problem(slug, record.title, `its \`key\` says the URL was published for ${quote(record.key)}`, `\`"title": ${JSON.stringify(record.key)}\` back`));
    }
  }
  let knownTitles: Map<string, Set<string>> | undefined;
  for (const listing of listings) {
    for (const { title, abstract, line } of listing.entries) {
      const slug = assignSlug(title);
      const record = Object.hasOwn(manifest.papers, slug) ? manifest.papers[slug] : undefined;
      if (record === undefined || problems.has(slug) || caselessTitleKey(record.title) === caselessTitleKey(title) || assignSlug(record.title) === slug) continue;
      // Still known by that title (a paper retitled between two days of one run has its slug of the first, its record of the latest): no second URL.
      const known = (knownTitles ??= titlesBySlug(entries, manifest)).get(slug);
      if (known !== undefined && readAs(title).some((t) => known.has(t))) continue;
      // Or found by the abstract it was recorded with, as a retitle (the title's words shared): a former title deleted by hand, say.
      if (foundByAbstract(record, title, abstract)) continue;
      problems.set(slug, problem(slug, record.title, `its slug was made from ${quote(title)}, which ${showPath(listing.path)}:${line} lists`, `\`"title": ${JSON.stringify(title)}\` back, and its \`key\` as the title`));
    }
  }
  return [...problems.values()];
}

/**
 * The records of `published.json` whose slug was renamed by hand: a record
 * no entry accounts for (by its slug or an alias) while an entry with no
 * record has its title (as written or as its TeX reads, case aside) among
 * its own title and former titles. Read as two papers, one URL unserved and
 * the other recorded again, they would stop a later ingest as two published
 * papers of one abstract, or break the build; the slug published is the
 * entry's (an entry keeps its slug: the build refuses one changed). Each
 * problem is at the record's `title` (`lineOf`).
 */
export function renamedRecords(
  file: string,
  manifest: Manifest,
  entries: readonly { path: string; data: Pick<Paper, 'slug' | 'aliases' | 'title' | 'formerTitles'> }[],
  lineOf: (slug: string) => number | undefined,
): Problem[] {
  const covered = new Set(entries.flatMap(({ data }) => [data.slug, ...data.aliases]));
  const orphans = Object.entries(manifest.papers).filter(([slug]) => !covered.has(slug));
  if (orphans.length === 0) return [];
  const unrecorded = entries.filter(({ data }) => !Object.hasOwn(manifest.papers, data.slug));
  const problems: Problem[] = [];
  for (const [slug, record] of orphans) {
    const keys = new Set(readAs(record.title));
    const entry = unrecorded.find(({ data }) => [data.title, ...data.formerTitles].some((t) => readAs(t).some((k) => keys.has(k))));
    if (entry === undefined) continue;
    problems.push(
      problemAt(
        file,
        lineOf(slug),
        `the record \`${JSON.stringify(slug)}\` has no entry, and ${showPath(entry.path)} has no record but the same title, ${quote(record.title)}: the record's slug was renamed by hand? a published URL never moves; expected \`${JSON.stringify(entry.data.slug)}\` back as the record's slug, the one its URL \`/papers/${entry.data.slug}/\` was published with (\`git diff published.json\` shows it)`,
      ),
    );
  }
  return problems;
}

/**
 * The titles (case folded) each published slug's paper is still known by: its
 * entry's title and former titles (for its aliases too) and the titles its
 * record keeps of what the ingest took and wrote. Made only when a record
 * is in question, once: one pass over the archive.
 */
function titlesBySlug(entries: readonly { data: Pick<Paper, 'slug' | 'aliases' | 'title' | 'formerTitles'> }[], manifest: Manifest): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  const add = (slug: string, titles: readonly (string | undefined)[]) => {
    const set = known.get(slug) ?? new Set<string>();
    for (const title of titles) if (title !== undefined) for (const read of readAs(title)) set.add(read);
    known.set(slug, set);
  };
  for (const { data } of entries) for (const slug of [data.slug, ...data.aliases]) add(slug, [data.title, ...data.formerTitles]);
  for (const [slug, record] of Object.entries(manifest.papers)) add(slug, [record.ingestedTitle, record.writtenTitle]);
  return known;
}

/** A title's keys (case folded) as written and as its TeX reads (earlier versions kept `Caf\\'e` as written). */
function readAs(title: string): string[] {
  return readTitles([title]).map(caselessTitleKey);
}

/** Whether a listing of `title` over `abstract` is the record's paper by its abstract (the one recorded, or its body's), retitled: the ingest finds it so. */
function foundByAbstract(record: Manifest['papers'][string], title: string, abstract: string): boolean {
  const key = abstractKey(abstract);
  if (!key.distinctive || !titlesRelated(title, record.title, abstract)) return false;
  return key.exact === record.abstract || key.exact === recordedBody(record)?.key;
}
