import { describe, expect, test } from 'vitest';
import { generateCorpus, nextDays } from '../../../../bench/lib/generate-corpus.ts';
import { resolveListingDay } from '../../../../scripts/lib/listing-day.ts';
import { addDays } from '../../../../src/format/day.ts';
import { inventPaper, MAX_ABSTRACT_LENGTH, titleCase } from '../../../../bench/lib/invent-paper.ts';
import { QUIRKS } from '../../../../bench/lib/abstract-quirks.ts';
import { createRandom } from '../../../../bench/lib/random.ts';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';

// One corpus shared by the tests below; generating it takes well under a second.
const corpus = generateCorpus({ papers: 2000 });
const entries = corpus.dumps.flatMap((dump) => dump.entries);
const distinct = [...new Set(entries)];

describe('generateCorpus', () => {
  test('gives the same bytes for the same seed and size', () => {
    const again = generateCorpus({ papers: 2000 });
    expect(again.dumps.map((d) => [d.fileName, d.text])).toEqual(corpus.dumps.map((d) => [d.fileName, d.text]));
  });

  test('gives a different corpus for another seed', () => {
    expect(generateCorpus({ papers: 50, seed: 'other' }).dumps[0]!.text).not.toBe(generateCorpus({ papers: 50 }).dumps[0]!.text);
  });

  test('holds exactly the requested number of distinct papers, with distinct titles', () => {
    expect(distinct).toHaveLength(2000);
    expect(new Set(distinct.map((p) => p.title.toLowerCase())).size).toBe(2000);
    expect(corpus.papers).toBe(2000);
    expect(corpus.entries).toBe(entries.length);
  });

  test('repeats about a tenth of the entries across dumps, never within one', () => {
    const repeats = entries.length - distinct.length;
    expect(repeats / entries.length).toBeGreaterThan(0.07);
    expect(repeats / entries.length).toBeLessThan(0.12);
    for (const dump of corpus.dumps) expect(new Set(dump.entries).size).toBe(dump.entries.length);
  });

  test('writes listings of real size in both layouts, named like the real dumps', () => {
    const layouts = new Set(corpus.dumps.map((d) => d.layout));
    expect(layouts).toEqual(new Set(['A', 'B']));
    for (const dump of corpus.dumps) {
      expect(dump.fileName).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(dump.entries.length).toBeGreaterThanOrEqual(35);
      expect(dump.entries.length).toBeLessThanOrEqual(310);
    }
  });

  test('has both layouts already in the quick corpus (N=500)', () => {
    const small = generateCorpus({ papers: 500 });
    expect(small.dumps.length).toBeGreaterThanOrEqual(2);
    expect(new Set(small.dumps.map((d) => d.layout))).toEqual(new Set(['A', 'B']));
  });

  test('ends every dump without a newline and dates only layout A', () => {
    for (const dump of corpus.dumps) {
      expect(dump.text.endsWith('\n')).toBe(false);
      expect(dump.date === undefined).toBe(dump.layout === 'B');
    }
  });

  test('reads back, entry for entry, through the ingest parser', () => {
    for (const dump of corpus.dumps) {
      const parsed = parseListing(dump.text, dump.fileName);
      expect(parsed.errors).toEqual([]);
      expect(parsed.date).toBe(dump.date);
      expect(parsed.entries.map((e) => [e.title, e.abstract])).toEqual(dump.entries.map((e) => [e.title, e.abstract]));
    }
  });

  test('holds every quirk of the real data', () => {
    const seen = new Set(distinct.flatMap((p) => p.quirks));
    expect(seen).toEqual(new Set(QUIRKS.map((q) => q.id)));
    const text = distinct.map((p) => p.abstract).join('\n');
    for (const fragment of ['\\%', "\\( x'(t) = ", '{\\it ', '\\textbf{', '$R^{', '{-1, 0, 1}', 'K << V', '(<0.0']) {
      expect(text).toContain(fragment);
    }
    expect(text).toMatch(/<(SEG|image|think|REF|mask)>/);
  });

  test('refuses a size that is not a positive whole number, naming it', () => {
    expect(() => generateCorpus({ papers: 0 })).toThrowErrorMatchingInlineSnapshot(`[Error: Expected a positive whole number of papers, got \`0\`]`);
  });
});

describe('inventPaper', () => {
  const papers = Array.from({ length: 300 }, (_, i) => inventPaper(createRandom(`paper-${i}`)));

  test('writes titles of real length that start with a capital or a digit, on one line', () => {
    for (const { title } of papers) {
      expect(title.length).toBeGreaterThanOrEqual(16);
      expect(title.length).toBeLessThanOrEqual(150);
      expect(title).toMatch(/^[\p{Lu}\p{N}[]/u);
      expect(title).not.toMatch(/\n/);
    }
  });

  test('writes abstracts of real length on one line, never beyond arXiv’s limit', () => {
    const lengths = papers.map((p) => p.abstract.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeGreaterThanOrEqual(400);
    expect(lengths.at(-1)).toBeLessThanOrEqual(MAX_ABSTRACT_LENGTH);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(1200);
    for (const { abstract } of papers) expect(abstract).not.toMatch(/\n|  /);
  });

  test('draws on a vocabulary of realistic size', () => {
    const words = new Set(papers.flatMap((p) => `${p.title} ${p.abstract}`.toLowerCase().split(/[^a-z0-9]+/)));
    // The 438 real seed papers use about 6,600 distinct words; 300 invented ones should be in that league.
    expect(words.size).toBeGreaterThan(3000);
  });
});

describe('titleCase', () => {
  test('capitalises words and hyphen parts, keeps small words and acronyms', () => {
    expect(titleCase('training-free video generation with a KV cache')).toBe('Training-Free Video Generation with a KV Cache');
  });
});

describe('dumps named by day, and the days after a corpus', () => {
  const corpus = generateCorpus({ seed: 'days', papers: 600, datedNames: true });
  const later = nextDays(corpus, { days: 2, papers: 50, seed: 'days' });

  test('names each dump after its day, which its date label agrees with, as the ingest checks', () => {
    for (const dump of [...corpus.dumps, ...later]) {
      expect(dump.fileName).toBe(`${dump.day}.txt`);
      const parsed = parseListing(dump.text, dump.fileName);
      expect(resolveListingDay({ file: dump.fileName, label: parsed.date, labelLine: parsed.dateLine }).problems).toEqual([]);
    }
  });

  test('adds days after the last, each with papers no dump had', () => {
    expect(later.map((d) => d.day)).toEqual([addDays(corpus.dumps.at(-1)!.day, 1), addDays(corpus.dumps.at(-1)!.day, 2)]);
    const earlier = new Set(corpus.dumps.flatMap((d) => d.entries.map((e) => e.title)));
    for (const dump of later) {
      expect(dump.entries).toHaveLength(50);
      for (const paper of dump.entries) expect(earlier.has(paper.title)).toBe(false);
    }
  });
});
