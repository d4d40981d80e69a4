/**
 * A synthetic corpus of Daily Papers dumps: N distinct invented papers spread
 * over listings of 70-270 entries, about a tenth of each listing repeating
 * papers from the listings just before it (as trending papers do), both
 * layouts. Deterministic: the same seed and size give the same bytes.
 */
import { createRandom, type Random } from './random.ts';
import { inventPaper, type InventedPaper } from './invent-paper.ts';
import { dateLabel, renderDump, type DumpLayout } from './render-dump.ts';
import { addDays, type Day } from '../../src/format/day.ts';

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
  /** Name each dump after its day (`2025-03-14.txt`), as a user who saves a dump a day would, instead of `NNN_<hex>.txt`. Default: no. */
  datedNames?: boolean;
}

/** One generated dump. */
export interface GeneratedDump {
  /** File name, `NNN_<16 hex>.txt` like the real dumps, or `YYYY-MM-DD.txt` with `datedNames`. */
  fileName: string;
  layout: DumpLayout;
  date?: string;
  /** The listing's day: consecutive days from a day in 2025, matching the date label. */
  day: Day;
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
  const { seed = 'folio', papers: count, duplicateShare = 0.1, layoutBShare = 0.3, datedNames = false } = options;
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
    const day = addDays('2025-01-01', startDay + index);
    const hexName = `${String(index).padStart(3, '0')}_${hex(layout, 16)}.txt`;
    const fileName = datedNames ? `${day}.txt` : hexName;
    const text = renderDump({ layout: dumpLayout, ...(date === undefined ? {} : { date }), entries });
    return { fileName, layout: dumpLayout, ...(date === undefined ? {} : { date }), day, entries, text };
  });
  return { dumps, papers: count, entries: dumps.reduce((sum, d) => sum + d.entries.length, 0) };
}

/**
 * The days after a corpus: `days` more dumps named by day (`YYYY-MM-DD.txt`,
 * layout A with its date label), each of `papers` papers no earlier dump
 * has, as a lab adding a day's dump to its archive would. Deterministic.
 */
export function nextDays(corpus: Corpus, options: { days: number; papers: number; seed?: string }): GeneratedDump[] {
  const random = createRandom(`folio-bench:${options.seed ?? 'folio'}:next-days`);
  const taken = new Set(corpus.dumps.flatMap((d) => d.entries.map((e) => e.title.toLowerCase())));
  const last = corpus.dumps.at(-1)!.day;
  return Array.from({ length: options.days }, (_, i) => {
    const entries: InventedPaper[] = [];
    while (entries.length < options.papers) {
      const paper = inventPaper(random);
      if (taken.has(paper.title.toLowerCase())) continue;
      taken.add(paper.title.toLowerCase());
      entries.push(paper);
    }
    const day = addDays(last, i + 1);
    const date = dateLabel(Math.round((Date.parse(day) - Date.parse('2025-01-01')) / 86_400_000));
    return { fileName: `${day}.txt`, layout: 'A' as const, date, day, entries, text: renderDump({ layout: 'A', date, entries }) };
  });
}
