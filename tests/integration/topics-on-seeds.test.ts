import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { classifyTopics } from '../../scripts/lib/classify-topics.ts';
import { compileTaxonomy } from '../../src/format/topic-terms.ts';
import { defaultTaxonomyText, parseTaxonomy } from '../../src/format/taxonomy.ts';
import { parseListing } from '../../scripts/lib/parse-listing.ts';
import { FALLBACK_TOPIC } from '../../src/format/taxonomy-schema.ts';

/**
 * The real Daily Papers dumps live next to the repository (`../shared/seeds`),
 * not in it: the abstracts are other people's writing. Without them this test
 * is skipped.
 */
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.log(`topics-on-seeds: skipped, no seed dumps at ${SEEDS}`);

/** Every distinct paper in the seed dumps (by lowercased title), in file order. */
function seedPapers(): { title: string; abstract: string }[] {
  const papers = new Map<string, { title: string; abstract: string }>();
  for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).sort()) {
    const listing = parseListing(readFileSync(`${SEEDS}${name}`, 'utf8'), name);
    expect(listing.errors).toEqual([]);
    for (const entry of listing.entries) {
      const key = entry.title.toLowerCase();
      if (!papers.has(key)) papers.set(key, { title: entry.title, abstract: entry.abstract });
    }
  }
  return [...papers.values()];
}

describe.skipIf(!haveSeeds)('the default taxonomy on the seed dumps', async () => {
  const taxonomy = parseTaxonomy(await defaultTaxonomyText(), 'content/topics.yaml');
  const compiled = compileTaxonomy(taxonomy);
  const papers = haveSeeds ? seedPapers() : [];
  const assigned = papers.map((paper) => classifyTopics(paper, compiled));
  const counts = new Map(taxonomy.topics.map((topic) => [topic.id, 0]));
  for (const topics of assigned) for (const id of topics) counts.set(id, (counts.get(id) ?? 0) + 1);

  const withRealTopic = assigned.filter((topics) => topics[0] !== FALLBACK_TOPIC).length;
  console.log(
    [
      `${papers.length} papers, ${withRealTopic} (${((100 * withRealTopic) / papers.length).toFixed(1)}%) with a real topic`,
      ...[...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, n]) => `  ${String(n).padStart(4)}  ${id}`),
    ].join('\n'),
  );

  test('finds the papers', () => {
    expect(papers.length).toBeGreaterThan(400);
  });

  test('gives at least 95% of papers a topic other than the fallback', () => {
    expect(withRealTopic / papers.length).toBeGreaterThanOrEqual(0.95);
  });

  test('gives every topic at least 3 papers', () => {
    const thin = [...counts].filter(([id, n]) => id !== FALLBACK_TOPIC && n < 3);
    expect(thin).toEqual([]);
  });
});
