import { FILLER_WORDS, stem, STOPWORDS, words } from '../../src/text/words.ts';
import { TEX_FORMULA } from '../../src/format/title-text.ts';

/** The text keywords are drawn from. */
export interface PaperText {
  title: string;
  abstract: string;
}

/** What one occurrence in the title is worth, against 1 for the abstract. */
export const TITLE_WEIGHT = 3;

/** Longest keyword, in words. */
export const MAX_PHRASE_WORDS = 3;


/**
 * Generic nouns that are fine inside a phrase (`language model`, `model
 * compression`) but say nothing on their own or only with each other.
 */
const GENERIC_WORDS = new Set([
  'model', 'models', 'method', 'methods', 'approach', 'approaches', 'result', 'results', 'performance', 'framework',
  'frameworks', 'technique', 'techniques', 'task', 'tasks', 'problem', 'problems', 'experiment', 'experiments',
  'data', 'dataset', 'datasets', 'benchmark', 'benchmarks', 'network', 'networks', 'neural', 'deep', 'learning',
  'training', 'system', 'systems', 'architecture', 'architectures', 'algorithm', 'algorithms', 'analysis', 'accuracy',
  'efficiency', 'efficient', 'large', 'small', 'scale', 'large-scale', 'quality', 'level', 'based', 'set', 'sets',
  'way', 'ways', 'time', 'times', 'cost', 'costs', 'process', 'information', 'ability', 'capability', 'capabilities',
  'application', 'applications', 'setting', 'settings', 'strategy', 'strategies', 'design', 'solution', 'solutions',
  'limitation', 'limitations', 'challenge', 'challenges', 'issue', 'issues', 'improvement', 'improvements', 'gain',
  'gains', 'baseline', 'baselines', 'evaluation', 'inference', 'generation', 'input', 'inputs', 'output', 'outputs',
  'parameter', 'parameters', 'size', 'sizes', 'step', 'steps', 'type', 'types', 'form', 'forms', 'case', 'cases',
  'fine-tuning', 'finetuning', 'pre-training', 'pretraining', 'trained', 'pre-trained', 'pretrained', 'end-to-end',
  'downstream', 'general', 'specific', 'multiple', 'single', 'fast', 'faster', 'lightweight', 'scalable', 'robust',
  'accurate', 'improved', 'learned', 'unified', 'generic', 'domain', 'domains', 'human', 'world', 'real-world',
  'practical', 'order', 'magnitude', 'speed', 'memory', 'compute', 'computational', 'resources', 'resource',
  'field', 'area', 'community', 'researchers', 'users', 'user', 'tool', 'tools', 'need', 'needs', 'effect', 'impact',
  'role', 'factor', 'factors', 'aspect', 'aspects', 'property', 'properties', 'insight', 'insights', 'finding',
  'findings', 'evidence', 'understanding', 'knowledge', 'feature', 'features', 'token', 'tokens', 'layer',
  'layers', 'module', 'modules', 'component', 'components', 'objective', 'loss', 'function', 'functions', 'value',
  'values', 'code', 'prior', 'previous', 'original', 'standard', 'traditional', 'conventional', 'modern', 'popular',
  'state', 'states', 'image', 'images', 'text', 'texts', 'video', 'videos', 'context', 'contexts', 'stage', 'stages',
  'visual', 'discrete', 'sparse', 'dense', 'hidden', 'transfer', 'detail', 'details', 'combined', 'stable', 'language',
  'languages', 'length', 'lengths', 'sequence', 'sequences', 'prediction', 'predictions', 'representation',
  'representations', 'structure', 'structures', 'signal', 'signals', 'scaling', 'adaptive', 'dynamic', 'accurate',
  'lossless', 'full', 'long', 'short', 'global', 'local', 'linear', 'novel', 'existing', 'target', 'source', 'weight',
  'weights', 'sample', 'samples', 'example', 'examples', 'object', 'objects', 'concept', 'concepts', 'candidate',
  'candidates', 'capacity', 'complexity', 'quality', 'mechanism', 'mechanisms', 'operation', 'operations', 'pattern',
  'patterns', 'distribution', 'distributions', 'generalization', 'training-free', 'zero-shot', 'few-shot', 'motion',
]);

/** Generic words that only ever modify: a phrase does not start with one. */
const GENERIC_MODIFIERS = new Set([
  'large', 'small', 'efficient', 'fast', 'faster', 'deep', 'neural', 'robust', 'accurate', 'scalable', 'lightweight',
  'improved', 'unified', 'generic', 'general', 'specific', 'multiple', 'single', 'practical', 'adaptive', 'dynamic',
  'lossless', 'full', 'long', 'short', 'global', 'local', 'standard', 'modern', 'popular', 'original', 'previous',
  'prior', 'traditional', 'conventional', 'stable', 'combined', 'visual', 'hidden', 'dense', 'sparse', 'discrete',
  'downstream', 'real-world', 'end-to-end', 'pre-trained', 'pretrained', 'trained', 'learned', 'training-free',
  'zero-shot', 'few-shot', 'high-quality', 'low-cost', 'compact',
]);


/** Anything between words that ends a phrase (punctuation other than a plain space or a hyphen). */
const PHRASE_END = /[.,;:!?()[\]{}"“”/|<>=+*&%#@~`^]|\s[-–—]+\s/u;

/**
 * Remove LaTeX from a title or an abstract before looking for words: math (`$…$`
 * by pandoc's rule, so `costs $5 and $10` holds none, `\(…\)`, `\[…\]`) becomes a phrase break, commands (`\textbf`, `\it`) and
 * braces disappear but the words they wrap stay.
 */
export function stripLatex(text: string): string {
  return text
    .replace(TEX_FORMULA, ' ; ')
    .replace(/\\[a-zA-Z]+\*?/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/[{}]/g, ' ');
}

interface Occurrence {
  /** Words as written. */
  words: string[];
  /** 0 for the title, 1 for the abstract. */
  part: 0 | 1;
  /** Position of the first word in the paper, for tie-breaks (title words come first). */
  position: number;
}

interface Candidate {
  key: string;
  folded: string[];
  score: number;
  weight: number;
  firstPosition: number;
  display: string;
}

/**
 * Pick a handful of salient terms for a paper from its title and abstract.
 *
 * Depends only on the paper (no corpus statistics), so re-ingesting in
 * batches never changes an entry's keywords. Phrases of one to three words
 * are taken from runs of words between stopwords and punctuation; each is
 * scored by how often it occurs (title occurrences count
 * {@link TITLE_WEIGHT}), with a bonus for longer phrases and for acronyms
 * (`MUVERA`, `KV cache`). Generic academic words (`method`, `model` alone,
 * `novel`) never stand alone, a phrase inside an already chosen one is
 * skipped, and ties go to the phrase seen first, then alphabetically.
 *
 * @param count How many keywords at most.
 * @returns Keywords, best first; lowercase except acronyms and names written
 *   with inner capitals.
 */
export function extractKeywords(paper: PaperText, count = 6): string[] {
  const candidates = collectCandidates(paper);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= count) break;
    if (chosen.some((other) => sharesWord(other.folded, candidate.folded))) continue;
    chosen.push(candidate);
  }
  return chosen.map((candidate) => candidate.display);
}

function collectCandidates(paper: PaperText): Candidate[] {
  // A title keeps its formulas as written (`$\mathcal{O}(n)$`, abstract-to-mdast.ts titleToText): their command names are no words of it.
  const runs = [...wordRuns(stripLatex(paper.title), 0, 0), ...wordRuns(stripLatex(paper.abstract), 1, 100_000)];
  const byKey = new Map<string, { folded: string[]; weight: number; occurrences: number; firstPosition: number; forms: Map<string, number>; acronym: boolean }>();

  for (const run of runs) {
    // Per word once, not per phrase: these are the costly steps.
    const foldedRun = run.words.map(foldWord);
    const displayRun = run.words.map(displayWord);
    const acronymRun = run.words.map(isAcronym);
    for (let start = 0; start < run.words.length; start += 1) {
      for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= run.words.length; length += 1) {
        const end = start + length;
        if (!isCandidate(foldedRun, start, end)) continue;
        const folded = foldedRun.slice(start, end);
        const key = folded.join(' ');
        let entry = byKey.get(key);
        if (entry === undefined) {
          entry = { folded, weight: 0, occurrences: 0, firstPosition: run.position + start, forms: new Map(), acronym: false };
          byKey.set(key, entry);
        }
        entry.weight += run.part === 0 ? TITLE_WEIGHT : 1;
        entry.occurrences += 1;
        const form = displayRun.slice(start, end).join(' ');
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
        if (!entry.acronym) entry.acronym = acronymRun.slice(start, end).some(Boolean);
      }
    }
  }

  const candidates: Candidate[] = [];
  for (const [key, entry] of byKey) {
    const length = entry.folded.length;
    // A phrase written once is an accident of wording, even in the title.
    if (length > 1 && entry.occurrences < 2) continue;
    const lengthBonus = length === 1 ? 1 : length === 2 ? 1.8 : 2.2;
    const acronymBonus = entry.acronym ? 1.5 : 1;
    candidates.push({
      key,
      folded: entry.folded,
      weight: entry.weight,
      score: entry.weight * lengthBonus * acronymBonus,
      firstPosition: entry.firstPosition,
      display: preferredForm(entry.forms),
    });
  }
  return candidates.sort(
    (a, b) => b.score - a.score || a.firstPosition - b.firstPosition || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Remember a per-word function's answers: a corpus reuses a small vocabulary,
 * so across thousands of papers almost every word has been seen before.
 */
function memoize(fn: (word: string) => string): (word: string) => string;
function memoize(fn: (word: string) => boolean): (word: string) => boolean;
function memoize<T>(fn: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let value = seen.get(word);
    if (value === undefined) {
      value = fn(word);
      if (seen.size > 200_000) seen.clear();
      seen.set(word, value);
    }
    return value;
  };
}

/** Split text into runs of content words: stopwords and punctuation end a run. */
function wordRuns(text: string, part: 0 | 1, offset: number): Occurrence[] {
  const runs: Occurrence[] = [];
  let current: Occurrence | undefined;
  let position = offset;
  const flush = (): void => {
    if (current !== undefined && current.words.length > 0) runs.push(current);
    current = undefined;
  };
  for (const match of words(text)) {
    if (PHRASE_END.test(match.gap)) flush();
    const word = match.word.replace(/['’]s$/u, '');
    position += 1;
    if (isBreaker(word)) {
      flush();
      continue;
    }
    current ??= { words: [], part, position };
    current.words.push(word);
  }
  flush();
  return runs;
}

const isBreaker = memoize(function isBreaker(word: string): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || FILLER_WORDS.has(lower)) return true;
  // Numbers and numbers with units (`12`, `1.58`, `128k`, `2x`) are not keywords.
  if (/^\d+(?:[.,]\d+)*(?:[a-z]{0,2})$/u.test(lower)) return true;
  // A lone lowercase letter or pair (`x`, `of`-like fragments, leftovers of LaTeX).
  if (lower.length <= 2 && !isAcronym(word)) return true;
  return false;
});

/** Whether folded words [start, end) make a phrase worth scoring. */
function isCandidate(folded: readonly string[], start: number, end: number): boolean {
  let allGeneric = true;
  for (let i = start; i < end; i += 1) if (!isGeneric(folded[i] as string)) allGeneric = false;
  if (allGeneric) return false;
  if (end - start === 1) return true;
  const first = folded[start] as string;
  // `deep KV cache` and `KV cache size` say no more than `KV cache`.
  if (isGeneric(first) && isGeneric(folded[end - 1] as string)) return false;
  // `large language models` is said as well by `language models`; `efficient
  // sequence` is no term at all. Generic modifiers do not open a phrase.
  return !GENERIC_MODIFIER_STEMS.has(first);
}

/** The generic words and modifiers as stems, the form phrases are compared in. */
const GENERIC_STEMS = new Set([...GENERIC_WORDS].map((word) => stem(word)));
const GENERIC_MODIFIER_STEMS = new Set([...GENERIC_MODIFIERS].map((word) => stem(word)));

/** Generic, for a folded word (`models` folds to `model`, `caches` to `cache`). */
function isGeneric(folded: string): boolean {
  return GENERIC_STEMS.has(folded);
}

/** An acronym or a name with inner capitals: `KV`, `MUVERA`, `LLMs`, `T5`, `SpreadsheetLLM`. */
const isAcronym = memoize(function isAcronym(word: string): boolean {
  return word.split(/[-.'’]/u).some((part) => /\p{Lu}.*[\p{Lu}\p{N}]/u.test(part) || /^\p{N}+\p{Lu}/u.test(part));
});

/** Lowercase a word, keeping the parts written as acronyms (`dKV-Cache` → `dKV-cache`). */
const displayWord = memoize(function displayWord(word: string): string {
  return word
    .split(/(?<=[-.'’])|(?=[-.'’])/u)
    .map((part) => (isAcronym(part) ? part : part.toLowerCase()))
    .join('');
});

/** Fold a word for grouping: lowercase, plural stemmed (`LLMs` → `llm`, `caches` → `cache`). */
const foldWord = memoize(function foldWord(word: string): string {
  return stem(word.toLowerCase());
});

/** The form written most often; ties go to the form seen first. */
function preferredForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, n] of forms) {
    if (n > bestCount) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Whether two phrases share a word that is not generic. Stronger than "one
 * is part of the other": after `KV cache`, neither `KV` nor `cache
 * compression` adds much, while `language models` and `KV cache` can sit side by side.
 */
function sharesWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some((word) => !isGeneric(word) && b.includes(word));
}
