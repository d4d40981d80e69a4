import type { Appearance } from '../../src/format/paper-schema.ts';
import type { ListingEntry } from './parse-listing.ts';
import { paperKey } from '../../src/format/paper-key.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';

/** A parsed dump, ready to merge: where it came from and what it holds. */
export interface Listing {
  /** Listing id, used in URLs: the day (`2025-03-14`), or an id made from the file name of an undated dump. */
  id: string;
  /** The dump's file name. */
  source: string;
  /** The path as the user gave it, for messages. */
  path: string;
  /** The dump's date label (`Mar 14`), kept for an undated listing only. */
  date?: string;
  entries: ListingEntry[];
}

/** Where one copy of a paper was seen. */
export interface Sighting {
  path: string;
  line: number;
  abstractLine: number;
  title: string;
  abstract: string;
}

/** One distinct paper, merged from every dump it appeared in. */
export interface MergedPaper {
  key: string;
  title: string;
  abstract: string;
  appearances: Appearance[];
  /** Every copy seen, ordered by listing id then position. */
  sightings: Sighting[];
}

/**
 * Merge the entries of several listings into distinct papers, one per
 * identity key, independent of the order the listings are given in.
 *
 * When copies of one paper disagree, the rule is stated and order-free: the
 * title of the first copy (by listing id, dump file name, then position) is shown; the longest
 * abstract is kept (on a tie, the one that sorts first), and a warning names
 * every place that disagrees.
 */
export function mergePapers(listings: readonly Listing[]): { papers: MergedPaper[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const byKey = new Map<string, { appearances: Appearance[]; sightings: Sighting[] }>();
  const sorted = [...listings].sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.source, b.source) || compareStrings(a.path, b.path));

  for (const listing of sorted) {
    for (const entry of listing.entries) {
      const key = paperKey(entry.title);
      let group = byKey.get(key);
      if (group === undefined) {
        group = { appearances: [], sightings: [] };
        byKey.set(key, group);
      }
      group.appearances.push({
        listing: listing.id,
        source: listing.source,
        ...(listing.date === undefined ? {} : { date: listing.date }),
        position: entry.position,
      });
      group.sightings.push({ path: listing.path, line: entry.line, abstractLine: entry.abstractLine, title: entry.title, abstract: entry.abstract });
    }
  }

  const papers: MergedPaper[] = [];
  for (const [key, { appearances, sightings }] of byKey) {
    const first = sightings[0]!;
    const abstract = chooseAbstract(sightings.map((s) => s.abstract));
    const distinct = new Set(sightings.map((s) => s.abstract));
    if (distinct.size > 1) {
      const kept = sightings.find((s) => s.abstract === abstract)!;
      const others = sightings.filter((s) => s.abstract !== abstract).map(place);
      warnings.push(problemAt(kept.path, kept.line, `${quote(first.title)} has ${distinct.size} different abstracts (also at ${others.join(', ')}); kept this one, the longest`));
    }
    papers.push({ key, title: first.title, abstract, appearances, sightings });
  }
  papers.sort((a, b) => compareStrings(a.key, b.key));
  return { papers, warnings };
}

/** The longest abstract; among equally long ones, the one that sorts first. */
export function chooseAbstract(abstracts: readonly string[]): string {
  return [...abstracts].sort((a, b) => b.length - a.length || compareStrings(a, b))[0]!;
}

function place(s: Sighting): string {
  return `${s.path}:${s.line}`;
}

