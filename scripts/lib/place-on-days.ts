import { isDay } from '../../src/format/day.ts';
import type { Appearance } from '../../src/format/paper-schema.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';

/** A paper of this run, by the slug its entry has or will have, with the appearances the dumps give it. */
export interface RunPaper {
  slug: string;
  appearances: readonly Appearance[];
}

/** A paper already in the content folder: its slug and the listings its entry records. */
export interface EarlierPaper {
  slug: string;
  listings: readonly Appearance[];
}

/**
 * Puts this run's papers on their days: a day is one listing however many
 * dumps of it arrive, in one ingest or several, and no paper is on it twice.
 *
 * A paper already on the day keeps its place (and the dump it was first seen
 * in), so ingesting a dump again moves nothing. A paper new to the day takes
 * its own place in its dump when that dump is one the day was made from and
 * no paper on the day has the place (the entry that had it was deleted, or
 * joined to another by an alias); other papers new to the day follow the
 * ones already there, in the order of this run's dumps of that day (by file
 * name), each in its place in its dump. Undated (file-named) listings
 * keep the dump's own positions (of the later of two saves of the dump).
 * Returns every paper's appearances by slug.
 */
export function placeOnDays(papers: readonly RunPaper[], earlier: readonly EarlierPaper[]): Map<string, Appearance[]> {
  const days = new Set(papers.flatMap((p) => p.appearances.map((a) => a.listing)).filter(isDay));
  const placedByDay = new Map<string, Map<string, Appearance>>();
  for (const day of days) placedByDay.set(day, placeDay(day, papers, earlier));

  const result = new Map<string, Appearance[]>();
  for (const paper of papers) {
    // Two saves of one undated dump in one run (its file name in two folders) are one listing, as across two runs: the later save's place (by path).
    const undated = [...new Map(paper.appearances.filter((a) => !isDay(a.listing)).map((a) => [a.listing, a])).values()];
    const dated = [...new Set(paper.appearances.map((a) => a.listing).filter(isDay))].map((day) => placedByDay.get(day)!.get(paper.slug)!);
    result.set(paper.slug, [...undated, ...dated]);
  }
  return result;
}

/** One day's places, by slug: the earlier ones, then this run's new papers. */
function placeDay(day: string, papers: readonly RunPaper[], earlier: readonly EarlierPaper[]): Map<string, Appearance> {
  const placed = new Map<string, Appearance>();
  const before = earlier.flatMap((p) => p.listings.filter((a) => a.listing === day).map((a) => ({ slug: p.slug, appearance: a })));
  for (const { slug, appearance } of before.sort((a, b) => a.appearance.position - b.appearance.position)) {
    if (!placed.has(slug)) placed.set(slug, appearance);
  }
  const sightings = papers
    .flatMap((p) => p.appearances.filter((a) => a.listing === day).map((a) => ({ slug: p.slug, appearance: a })))
    .sort((a, b) => compareStrings(a.appearance.source, b.appearance.source) || a.appearance.position - b.appearance.position);
  // A paper new to the day whose own place in a dump the day was made from is free (the entry that held it was
  // deleted, or joined to another by an alias) takes it back: the listing keeps the dump's order.
  const sources = new Set(before.map(({ appearance }) => appearance.source));
  const taken = new Set(before.map(({ appearance }) => appearance.position));
  for (const { slug, appearance } of sightings) {
    if (placed.has(slug) || !sources.has(appearance.source) || taken.has(appearance.position)) continue;
    placed.set(slug, { listing: day, source: appearance.source, position: appearance.position });
    taken.add(appearance.position);
  }
  let last = [...placed.values()].reduce((most, a) => Math.max(most, a.position), 0);
  for (const { slug, appearance } of sightings) {
    if (!placed.has(slug)) placed.set(slug, { listing: day, source: appearance.source, position: ++last });
  }
  return placed;
}
