import { isDeepStrictEqual } from 'node:util';
import type { Manifest } from '../../src/format/manifest-schema.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { quote } from '../../src/format/problem.ts';

/**
 * The manifest two clones of an archive meant together, from the two sides
 * of the Git conflict a merge left in `published.json`: every URL either
 * published, as the ingest only ever adds to it. A slug or listing id both
 * sides record differently is a clash (named, as `paper \`slug\``), kept
 * as `ours` records it for the caller to report rather than pick one.
 */
export function mergeManifests(ours: Manifest, theirs: Manifest): { manifest: Manifest; clashes: string[] } {
  const clashes: string[] = [];
  const union = <T>(kind: string, a: Record<string, T>, b: Record<string, T>): Record<string, T> => {
    for (const [id, value] of Object.entries(b)) if (Object.hasOwn(a, id) && !isDeepStrictEqual(a[id], value)) clashes.push(`${kind} ${quote(id)}`);
    return { ...b, ...a };
  };
  const papers = union('paper', ours.papers, theirs.papers);
  const listings = union('listing', ours.listings, theirs.listings);
  const manifest: Manifest = {
    ...(ours.comment === undefined ? {} : { comment: ours.comment }),
    papers: Object.fromEntries(Object.entries(papers).sort(([a], [b]) => compareStrings(a, b))),
    listings: Object.fromEntries(Object.entries(listings).sort(([a], [b]) => compareStrings(a, b))),
    topics: [...new Set([...ours.topics, ...theirs.topics])].sort(compareStrings),
  };
  return { manifest, clashes };
}
