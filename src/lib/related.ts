import { compareStrings } from '../format/compare-strings.ts';
import { compatibilityForm } from '../text/ascii.ts';
import { FILLER_WORDS, stem, STOPWORDS, wordList } from '../text/words.ts';
import { searchStem } from '../text/search-terms.ts';

/** What the similarity index needs to know about one paper. */
export interface RelatedInput {
  slug: string;
  title: string;
  /** The abstract as plain prose (math left out). */
  text: string;
  /**
   * The day the paper was first listed (`YYYY-MM-DD`); none for a paper of
   * undated listings only, counted as older than any dated one. It decides
   * which papers make the word statistics (see `statisticsPapers`).
   */
  firstListed?: string;
}

/** One related paper and the terms that make it related. */
export interface RelatedPaper {
  slug: string;
  /** Cosine similarity of the tf-idf vectors, 0 to 1. */
  score: number;
  /** The shared terms that weigh most, as written in the papers, strongest first. */
  sharedTerms: string[];
}

/** Tuning knobs for {@link relatedPapers}; the defaults suit abstracts. */
export interface RelatedOptions {
  /** How many related papers to keep per paper. Default: 5. */
  limit?: number;
  /** Papers scoring below this are not related at all. Default: 0.08. */
  minScore?: number;
  /** How many shared terms explain each match. Default: 4. */
  explainTerms?: number;
  /** Only a paper's strongest terms are looked up in the index. Default: 25. */
  queryTerms?: number;
  /** Terms in more than this share of papers are ignored (they are everywhere). Default: 0.05. */
  maxDocumentShare?: number;
  /** Title words count this many times. Default: 2. */
  titleWeight?: number;
}

interface Vector {
  terms: number[];
  weights: number[];
}

/**
 * Finds each paper's most similar papers by tf-idf cosine similarity of title
 * and abstract.
 *
 * Built for thousands of papers: scores are accumulated through an inverted
 * index, so a paper is only ever compared with papers it shares a term with,
 * and only through its strongest terms; very common terms are skipped. Ties
 * are broken by slug (and equal weights by term) so the result is stable from
 * build to build.
 *
 * How rare a term is (its document frequency) is counted over the
 * archive's oldest papers only (`statisticsPapers`): a day's new papers then
 * leave every older paper's term weights as they were, so an older paper's
 * list changes only when a new paper enters it, not because the archive's
 * statistics moved by a fraction of a percent (which reshuffled about 1,400
 * of 10,000 papers' lists a day, each a page to render again). A term those
 * papers have fewer than two of is counted over all papers, so the newest
 * papers are still related by the words they bring; when a new paper shares
 * such a word with an older one, that older paper's weights change (about 80
 * lists of 10,000 a day, measured).
 */
export function relatedPapers(papers: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedPaper[]> {
  const settings = { ...DEFAULTS, ...options };
  const terms = countTerms(papers, settings.titleWeight);
  const vectors = tfidfVectors(terms.counts, statisticsPapers(papers), terms.size, settings.maxDocumentShare, terms.rank);
  const postings = invertedIndex(vectors, terms.size);
  const scorer = new Scorer(papers, vectors, postings, settings);
  const result = new Map<string, RelatedPaper[]>();
  const scratch = new Float64Array(terms.size);
  vectors.forEach((vector, doc) => {
    result.set(
      papers[doc]!.slug,
      scorer.topRelated(doc).map(({ other, score }) => ({
        slug: papers[other]!.slug,
        score: Math.min(1, score),
        sharedTerms: sharedTerms(vector, vectors[other]!, settings.explainTerms, scratch, terms.rank, terms.spelling),
      })),
    );
  });
  return result;
}

/**
 * Which papers make the word statistics: the oldest, by the day first listed
 * (undated first, then by slug), as many as the largest power of two that
 * fits (all of them when their number is one). The set changes only when the
 * archive doubles (at 10,000 papers and 50 a day, in four months), and then
 * every related list may change once, as after a change to how papers are
 * related; a backfilled older dump changes it too.
 */
export function statisticsPapers(papers: ReadonlyArray<Pick<RelatedInput, 'slug' | 'firstListed'>>): boolean[] {
  const oldestFirst = papers
    .map((paper, doc) => ({ day: paper.firstListed ?? '', slug: paper.slug, doc }))
    .sort((a, b) => compareStrings(a.day, b.day) || compareStrings(a.slug, b.slug));
  const picked = new Array<boolean>(papers.length).fill(false);
  const count = papers.length === 0 ? 0 : 2 ** Math.floor(Math.log2(papers.length));
  for (const { doc } of oldestFirst.slice(0, count)) picked[doc] = true;
  return picked;
}

const DEFAULTS: Required<RelatedOptions> = { limit: 5, minScore: 0.08, explainTerms: 4, queryTerms: 25, maxDocumentShare: 0.05, titleWeight: 2 };

/** One paper's term counts: its terms in the order first met, and how often each occurs (title words weighted). */
interface TermCounts {
  ids: Int32Array;
  counts: Float64Array;
}

/** A word as written (after a possessive `'s`) and how often the papers write it so: one per distinct word, with its term. */
interface WordCount {
  id: number;
  word: string;
  count: number;
}

/**
 * Every paper's term counts (terms interned as numbers), and the commonest
 * way each term is written. Each distinct word is analysed once (about
 * 50,000 at 10,000 papers, met 2.5 million times).
 */
function countTerms(papers: readonly RelatedInput[], titleWeight: number) {
  const termIds = new Map<string, number>();
  const byWord = new Map<string, WordCount>();
  /** Raw word -> its count, or null for a word that is not a term. */
  const byRaw = new Map<string, WordCount | null>();
  const lookUp = (raw: string): WordCount | null => {
    let found = byRaw.get(raw);
    if (found !== undefined) return found;
    const token = relatedToken(raw);
    if (token === undefined) found = null;
    else {
      found = byWord.get(token.word) ?? null;
      if (found === null) {
        let id = termIds.get(token.term);
        if (id === undefined) termIds.set(token.term, (id = termIds.size));
        byWord.set(token.word, (found = { id, word: token.word, count: 0 }));
      }
    }
    byRaw.set(raw, found);
    return found;
  };
  // A paper's counts are summed in `sums` (a slot per term, left zeroed), its terms listed in the order first met.
  // Met is told by `metBy` (the paper that last met each term), not by a sum of 0: a title of weight 0 leaves one.
  const sums: number[] = [];
  const metBy: number[] = [];
  const counts: TermCounts[] = papers.map((paper, doc) => {
    const ids: number[] = [];
    const add = (text: string, weight: number) => {
      for (const raw of wordList(compatibilityForm(text))) {
        const word = lookUp(raw);
        if (word === null) continue;
        if (metBy[word.id] !== doc) {
          metBy[word.id] = doc;
          ids.push(word.id);
        }
        sums[word.id] = (sums[word.id] ?? 0) + weight;
        word.count++;
      }
    };
    add(paper.title, titleWeight);
    add(paper.text, 1);
    // A term counted 0 times (or fewer) is not the paper's: a word of a title that weighs nothing, and no more.
    const own = ids.filter((id) => sums[id]! > 0);
    const tf = { ids: Int32Array.from(own), counts: Float64Array.from(own, (id) => sums[id]!) };
    for (const id of ids) sums[id] = 0;
    return tf;
  });
  // How each term is written most often (ties: the spelling that sorts first).
  const best: Array<WordCount | undefined> = new Array(termIds.size);
  for (const word of byWord.values()) {
    const current = best[word.id];
    if (current === undefined || word.count > current.count || (word.count === current.count && word.word < current.word)) best[word.id] = word;
  }
  // Each term's place in alphabetical order, to order equal weights by: term ids follow the input's order, which a new paper changes.
  const rank = new Int32Array(termIds.size);
  [...termIds.entries()].sort(([a], [b]) => compareStrings(a, b)).forEach(([, id], place) => (rank[id] = place));
  return { counts, size: termIds.size, spelling: (id: number): string => best[id]!.word, rank };
}

/**
 * Unit-length tf-idf vectors, strongest terms first (equal weights in term
 * order); terms seen in one paper only (or in too many) cannot relate two
 * papers. Document frequencies are those of the statistics' papers (see `relatedPapers`).
 */
function tfidfVectors(counts: readonly TermCounts[], statistics: readonly boolean[], termCount: number, maxDocumentShare: number, rank: Int32Array): Vector[] {
  const df = documentFrequencies(counts, termCount, () => true);
  const statisticsCount = statistics.filter(Boolean).length;
  let n = counts.length;
  if (statisticsCount < n) {
    const statisticsDf = documentFrequencies(counts, termCount, (doc) => statistics[doc]!);
    for (let id = 0; id < termCount; id++) if (statisticsDf[id]! >= 2) df[id] = statisticsDf[id]!;
    n = statisticsCount;
  }
  // The cap only matters for speed on big archives; idf already discounts common terms.
  const maxDf = Math.max(50, Math.floor(n * maxDocumentShare));
  return counts.map((tf) => {
    const entries: Array<[number, number]> = [];
    tf.ids.forEach((id, i) => {
      const count = tf.counts[i]!;
      const d = df[id]!;
      if (d < 2 || d > maxDf || d >= n) return;
      entries.push([id, (1 + Math.log(count)) * Math.log(n / d)]);
    });
    const norm = Math.hypot(...entries.map(([, w]) => w)) || 1;
    entries.sort((a, b) => b[1] - a[1] || rank[a[0]]! - rank[b[0]]!);
    return { terms: entries.map(([id]) => id), weights: entries.map(([, w]) => w / norm) };
  });
}

/** How many of the papers `counted` picks contain each term. */
function documentFrequencies(counts: readonly TermCounts[], termCount: number, counted: (doc: number) => boolean): Uint32Array {
  const df = new Uint32Array(termCount);
  counts.forEach((tf, doc) => {
    if (counted(doc)) for (const id of tf.ids) df[id]! += 1;
  });
  return df;
}

/**
 * Term -> the papers that contain it, with the term's weight there: one
 * flat list of papers and one of weights, a term's run from `start[term]`
 * to `start[term + 1]`, papers in order. Flat typed arrays, because scoring
 * walks them about a hundred million times at 10,000 papers.
 */
interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

function invertedIndex(vectors: readonly Vector[], termCount: number): Postings {
  const start = new Int32Array(termCount + 1);
  for (const vector of vectors) for (const id of vector.terms) start[id + 1]! += 1;
  for (let id = 0; id < termCount; id++) start[id + 1]! += start[id]!;
  const docs = new Int32Array(start[termCount]!);
  const weights = new Float64Array(start[termCount]!);
  const next = start.slice(0, termCount);
  vectors.forEach((vector, doc) => {
    vector.terms.forEach((id, i) => {
      const at = next[id]!++;
      docs[at] = doc;
      weights[at] = vector.weights[i]!;
    });
  });
  return { start, docs, weights };
}

/** Scores one paper against the others through the inverted index, reusing its buffers from paper to paper. */
class Scorer {
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;
  /** The papers the current paper touched, in the order first touched (`touchedCount` of them). */
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly papers: readonly RelatedInput[];
  private readonly vectors: readonly Vector[];
  private readonly postings: Postings;
  private readonly settings: Required<RelatedOptions>;

  constructor(papers: readonly RelatedInput[], vectors: readonly Vector[], postings: Postings, settings: Required<RelatedOptions>) {
    this.papers = papers;
    this.vectors = vectors;
    this.postings = postings;
    this.settings = settings;
    this.scores = new Float64Array(papers.length);
    this.seen = new Uint8Array(papers.length);
    this.touched = new Int32Array(papers.length);
  }

  /** The best `limit` papers for `doc` scoring at least `minScore`, best first, ties by slug. */
  topRelated(doc: number): Array<{ other: number; score: number }> {
    this.accumulate(doc);
    const { scores, papers, seen, touched, touchedCount } = this;
    const { limit, minScore } = this.settings;
    // Top-k by one linear scan that also clears the scores for the next
    // paper: a paper can touch thousands of others, k is five.
    const ranked: Array<{ other: number; score: number }> = [];
    const before = (other: number, score: number, than: { other: number; score: number }) =>
      score > than.score || (score === than.score && papers[other]!.slug < papers[than.other]!.slug);
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const score = scores[other]!;
      scores[other] = 0;
      seen[other] = 0;
      if (score < minScore) continue;
      if (ranked.length === limit && !before(other, score, ranked[limit - 1]!)) continue;
      let i = ranked.length === limit ? limit - 1 : ranked.length;
      while (i > 0 && before(other, score, ranked[i - 1]!)) {
        ranked[i] = ranked[i - 1]!;
        i--;
      }
      ranked[i] = { other, score };
    }
    return ranked;
  }

  /**
   * Add up, through `doc`'s strongest terms, its similarity with every paper
   * sharing one, into `scores`; the papers touched go to `touched`. The sums
   * are made in one fixed order (term by term, papers in order), so a score
   * is the same to the last bit from build to build.
   */
  private accumulate(doc: number): void {
    const vector = this.vectors[doc]!;
    const { scores, seen, touched } = this;
    const { start, docs, weights } = this.postings;
    let count = 0;
    const top = Math.min(this.settings.queryTerms, vector.terms.length);
    for (let i = 0; i < top; i++) {
      const term = vector.terms[i]!;
      const w = vector.weights[i]!;
      for (let j = start[term]!, end = start[term + 1]!; j < end; j++) {
        const other = docs[j]!;
        if (other === doc) continue;
        if (seen[other] === 0) {
          seen[other] = 1;
          touched[count++] = other;
        }
        scores[other]! += w * weights[j]!;
      }
    }
    this.touchedCount = count;
  }
}

/**
 * The terms two vectors share, by how much each adds to their similarity,
 * as written (`spelling`), each word once: a term that is another form of
 * one already named (`solving` after `solve`, `masked` after `mask`: one
 * English stem, porter2's, as the search compares words) is left out for the
 * next, and so is a word that says only what an abstract does or claims
 * (FILLER_WORDS: `leveraging`, `superior`). The terms stay apart in the
 * vectors, so this changes no score.
 * `scratch` is a zeroed array with a slot per term, left zeroed.
 */
function sharedTerms(a: Vector, b: Vector, count: number, scratch: Float64Array, rank: Int32Array, spelling: (id: number) => string): string[] {
  b.terms.forEach((id, i) => (scratch[id] = b.weights[i]!));
  const shared: Array<readonly [number, number]> = [];
  a.terms.forEach((id, i) => {
    const w = a.weights[i]! * scratch[id]!;
    if (w > 0) shared.push([id, w]);
  });
  for (const id of b.terms) scratch[id] = 0;
  shared.sort((x, y) => y[1] - x[1] || rank[x[0]]! - rank[y[0]]!);
  const named: string[] = [];
  const stems = new Set<string>();
  for (const [id] of shared) {
    if (named.length === count) break;
    const word = spelling(id);
    // A word of academic prose's filler is not named (it still counts in the score).
    if (FILLER_WORDS.has(word.toLowerCase())) continue;
    const wordStem = searchStem(word.toLowerCase());
    if (stems.has(wordStem)) continue;
    stems.add(wordStem);
    named.push(word);
  }
  return named;
}

/** One term occurrence: the stemmed, lowercase term and the word as written, case kept (for explanations). */
interface Token {
  term: string;
  word: string;
}

/** The terms of a text that can relate two papers: no stopwords, numbers or words shorter than three letters. */
export function relatedTerms(text: string): Token[] {
  return wordList(compatibilityForm(text)).flatMap((raw) => relatedToken(raw) ?? []);
}

/** One word as a term, or none for a stopword, a number or a word shorter than three letters. */
function relatedToken(raw: string): Token | undefined {
  const word = raw.replace(/['’]s$/iu, '');
  const lower = word.toLowerCase();
  if (lower.length < 3 || /^[\p{N}.-]+$/u.test(lower) || STOPWORDS.has(lower)) return undefined;
  const term = stem(lower);
  return STOPWORDS.has(term) ? undefined : { term, word };
}
