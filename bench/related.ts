/**
 * `npm run bench:related -- [N,N,...]`
 *
 * Times the related-papers index (src/lib/related.ts) on synthetic papers of
 * growing size, to show it grows about linearly (an inverted index over
 * distinctive terms) rather than comparing every pair. Prints the median of 3
 * runs per size and the cost per paper. A benchmark, not a test: nothing here
 * asserts a duration.
 */
import { relatedPapers, type RelatedInput } from '../src/lib/related.ts';

const sizes = (process.argv[2] ?? '1000,5000,10000,30000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench:related: expected sizes as whole numbers separated by commas (e.g. 1000,5000), got \`${process.argv[2]}\``);
  process.exit(2);
}

/** Papers whose words overlap the way abstracts do: a shared vocabulary, each paper drawing its own mix. */
function syntheticPapers(count: number): RelatedInput[] {
  const vocabulary = Array.from({ length: Math.max(3000, count / 2) }, (_, i) => `term${i.toString(36)}x`);
  const word = (i: number) => vocabulary[i % vocabulary.length]!;
  return Array.from({ length: count }, (_, i) => ({
    slug: `paper-${i}`,
    title: `${word(i * 7)} ${word(i * 13)}`,
    text: Array.from({ length: 60 }, (_, j) => word(i * 31 + j * 17)).join(' '),
  }));
}

console.log('papers   median ms   ms per 1,000 papers');
for (const size of sizes) {
  const papers = syntheticPapers(size);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const related = relatedPapers(papers);
    times.push(performance.now() - started);
    if (related.size !== size) throw new Error(`expected ${size} entries, got ${related.size}`);
  }
  const median = times.sort((a, b) => a - b)[1]!;
  console.log(`${String(size).padStart(6)}   ${median.toFixed(0).padStart(9)}   ${((median / size) * 1000).toFixed(1).padStart(19)}`);
}
