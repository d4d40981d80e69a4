/**
 * A synthetic corpus of Daily Papers dumps: N distinct invented papers spread
 * over listings of 70-270 entries, about a tenth of each listing repeating
 * papers from the listings just before it (as trending papers do), both
 * layouts. Deterministic: the same seed and size give the same bytes.
 */
import { createRandom, type Random } from './random.ts';
import { inventPaper, type InventedPaper } from './invent-paper.ts';
import { dateLabel, renderDump, type DumpLayout } from './render-dump.ts';

/** What to generate. */
export interface CorpusOptions {
  /** Seed of the random stream. Default: `folio`. */
  seed?: string;
  /** Number of distinct papers. */
  papers: number;
  /** Share of a listing's entries that repeat a paper from an earlier listing. Default: 0.1. */
  duplicateShare?: number;
  /** Share of listings in layout B. Default: 0.3 (and at least one when there are two listings or more). */
  layoutBShare?: number;
}

/** One generated dump. */
export interface GeneratedDump {
  /** File name, `NNN_<16 hex>.txt` like the real dumps. */
  fileName: string;
  layout: DumpLayout;
  date?: string;
  /** The papers of the listing, in order. */
  entries: InventedPaper[];
  /** The file's text. */
  text: string;
}

/** A generated corpus and what it holds. */
export interface Corpus {
  dumps: GeneratedDump[];
  /** Distinct papers. */
  papers: number;
  /** Entries over all dumps (papers plus repeats). */
  entries: number;
}

const MIN_LISTING = 70;
const MAX_LISTING = 270;
/** Repeats come from this many listings before the current one. */
const REPEAT_WINDOW = 3;

function inventUniquePapers(random: Random, count: number): InventedPaper[] {
  const seen = new Set<string>();
  const papers: InventedPaper[] = [];
  while (papers.length < count) {
    const paper = inventPaper(random);
    const key = paper.title.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    papers.push(paper);
  }
  return papers;
}

function hex(random: Random, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += random.int(0, 15).toString(16);
  return out;
}

/** Generate a corpus. Throws on a size that is not a positive integer. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { seed = 'folio', papers: count, duplicateShare = 0.1, layoutBShare = 0.3 } = options;
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`Expected a positive whole number of papers, got \`${count}\``);
  }
  const random = createRandom(`folio-bench:${seed}`);
  const papers = inventUniquePapers(random.fork('papers'), count);
  const layout = random.fork('layout');

  const listings: InventedPaper[][] = [];
  let next = 0;
  while (next < count) {
    const size = layout.int(MIN_LISTING, MAX_LISTING);
    const earlier = [...new Set(listings.slice(-REPEAT_WINDOW).flat())];
    const repeats = earlier.length === 0 ? 0 : Math.round(size * duplicateShare);
    const fresh = papers.slice(next, next + size - repeats);
    next += fresh.length;
    // Fold a short remainder into the last listing rather than emit a tiny one.
    if (next >= count && fresh.length < MIN_LISTING / 2 && listings.length > 0) {
      listings[listings.length - 1]!.push(...fresh);
      break;
    }
    const repeated = layout.sample(earlier, repeats);
    listings.push(layout.shuffle([...fresh, ...repeated]));
  }

  const startDay = layout.int(0, 364);
  const dumps = listings.map((entries, index): GeneratedDump => {
    const isB = index === 1 || (index > 1 && layout.chance(layoutBShare));
    const dumpLayout: DumpLayout = isB ? 'B' : 'A';
    const date = dumpLayout === 'A' ? dateLabel(startDay + index) : undefined;
    const fileName = `${String(index).padStart(3, '0')}_${hex(layout, 16)}.txt`;
    const text = renderDump({ layout: dumpLayout, ...(date === undefined ? {} : { date }), entries });
    return { fileName, layout: dumpLayout, ...(date === undefined ? {} : { date }), entries, text };
  });
  return { dumps, papers: count, entries: dumps.reduce((sum, d) => sum + d.entries.length, 0) };
}
