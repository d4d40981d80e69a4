import { eng as ENGLISH_STOPWORDS } from 'stopword';
import { isAscii } from './ascii.ts';

/**
 * Text analysis shared by everything that compares words: topic terms
 * (src/format/topic-terms.ts), keywords (scripts/lib/extract-keywords.ts)
 * and related papers (src/lib/related.ts). One tokeniser, one stemmer, one
 * stopword list, so two parts of Folio never disagree on what a word is.
 */

/** A word as written: letters and digits, joined by inner hyphens, dots or apostrophes (`state-space`, `1.58`, `model's`). */
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;
/** A word part: letters and digits only; any punctuation separates (`state-space` is `state`, `space`). */
const WORD_PART = /[\p{L}\p{N}]+/gu;

/** One word of a text, where it starts, and the text between it and the previous word. */
export interface WordMatch {
  /** The word as written, case kept. */
  word: string;
  /** Offset of the word in the text. */
  index: number;
  /** What stands between the previous word (or the start) and this one. */
  gap: string;
}

/** The words of a text as written, compound words whole (`Mixture-of-Experts` is one word). */
export function* words(text: string): Generator<WordMatch> {
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    yield { word: match[0], index: match.index, gap: text.slice(last, match.index) };
    last = match.index + match[0].length;
  }
}

/**
 * `WORD` for a text of ASCII characters only (most abstracts), where `\p{L}`
 * and `\p{N}` are `[A-Za-z]` and `[0-9]` and `’` cannot occur: the same
 * words, found in about half the time (related papers split 2 million words
 * at 10,000 papers on every build). tests/unit/src/text/words.test.ts
 * holds each fast pattern to its Unicode one.
 */
const ASCII_WORD = /[A-Za-z0-9]+(?:[-.'][A-Za-z0-9]+)*/g;

/** The words of a text as written, as `words` finds them, without their places (faster for counting). */
export function wordList(text: string): string[] {
  return text.match(isAscii(text) ? ASCII_WORD : WORD) ?? [];
}

/** `WORD_PART` for a text of ASCII characters only, as `ASCII_WORD` is for `WORD`. */
const ASCII_WORD_PART = /[A-Za-z0-9]+/g;

/** The word parts of a text, lowercase: every punctuation mark separates, so `state-space` and `state space` read alike. */
export function wordParts(text: string): string[] {
  const lower = text.toLowerCase();
  return lower.match(isAscii(lower) ? ASCII_WORD_PART : WORD_PART) ?? [];
}

/**
 * Reduce an English word to a stem that its plural and singular share, so
 * `models` meets `model` and `caches` meets `cache`: plural endings go
 * (`studies`→`study`, `patches`→`patch`, `LLMs`→`llm`; not from words ending
 * in `ss`, `us`, `is` or `ics` such as `loss`, `corpus`, `analysis`), then a
 * final `e` (`cache`→`cach`). A stem is only ever compared with another
 * stem, never shown. Words of three letters or fewer stay. Expects lowercase.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  let stemmed = word;
  if (stemmed.length > 4 && /(?:ches|shes|sses|xes)$/.test(stemmed)) stemmed = stemmed.slice(0, -2);
  else if (stemmed.length > 3 && stemmed.endsWith('s') && !/(?:ss|us|is|ics)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 3 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/**
 * Words that say nothing about what a paper is about: English function
 * words (the `stopword` package's list and a few it lacks) and the
 * boilerplate of abstracts (`propose`, `novel`, `significantly`, `github`).
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_STOPWORDS,
  // function words the list lacks
  'a', 'above', 'across', 'again', 'against', 'almost', 'along', 'already', 'although', 'always', 'among', 'around',
  'below', 'beyond', 'cannot', 'despite', 'down', 'due', 'during', 'either', 'enough', 'especially', 'et', 'al', 'etc',
  'eg', 'ie', 'even', 'ever', 'every', 'few', 'further', 'hence', 'however', 'instead', 'itself', 'just', 'least',
  'less', 'many', 'may', 'meanwhile', 'moreover', 'furthermore', 'much', 'neither', 'nor', 'not', 'no', 'off', 'often',
  'once', 'onto', 'others', 'ours', 'per', 'rather', 'same', 'several', 'shall', 'since', 'thus', 'though', 'toward',
  'towards', 'unlike', 'until', 'up', 'upon', 'us', 'versus', 'vs', 'via', 'whereas', 'whether', 'whom', 'whose',
  'within', 'without', 'yet', 'therefore', 'additionally', 'one', 'two', 'three', 'four', 'five', 'first', 'second',
  'third', 'i', 'ii', 'iii',
  // the boilerplate of abstracts
  'propose', 'proposes', 'proposed', 'proposing', 'present', 'presents', 'presented', 'introduce', 'introduces',
  'introduced', 'introducing', 'demonstrate', 'demonstrates', 'demonstrated', 'demonstrating', 'show', 'shows',
  'showed', 'shown', 'showing', 'achieve', 'achieves', 'achieved', 'achieving', 'outperform', 'outperforms',
  'outperformed', 'outperforming', 'novel', 'new', 'recent', 'recently', 'existing', 'various', 'different',
  'significant', 'significantly', 'substantial', 'substantially', 'extensive', 'extensively', 'comprehensive',
  'effective', 'effectively', 'paper', 'papers', 'work', 'works', 'study', 'studies', 'approach', 'approaches',
  'method', 'methods', 'result', 'results', 'based', 'experiments', 'experimental', 'state-of-the-art', 'sota',
  'specifically', 'notably', 'respectively', 'available', 'publicly', 'github', 'https', 'http', 'www', 'com',
  'use', 'uses', 'used', 'using', 'make', 'makes', 'making', 'made', 'provide', 'provides', 'providing', 'provided',
]);

/**
 * The verbs, adverbs and adjectives of academic prose that say what a paper
 * does or claims rather than what it is about (`leverage`, `remarkable`,
 * `typically`), and function words the `stopword` package's English list
 * lacks (`when`, `e.g`): they end a keyword's phrase
 * (scripts/lib/extract-keywords.ts) and are never named among the terms two
 * related papers share (src/lib/related.ts). Apart from {@link STOPWORDS},
 * which also keys a paper's identity (paper-key.ts). Lowercase, each form
 * as written.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'its',
  'lot', 'lots',
  'themselves',
  'particularly', 'typically', 'usually', 'mainly', 'largely', 'highly', 'why', 'when',
  'upto',
  'given', 'able',
  'will', 'does', 'doing', 'done', 'become', 'becomes', 'became', 'enable', 'enables', 'enabling',
  'allow', 'allows', 'allowing', 'require', 'requires', 'required', 'requiring', 'remain', 'remains', 'lead', 'leads',
  'leading', 'yield', 'yields',
  'maintain', 'maintains', 'reduce', 'reduces', 'reducing', 'increase', 'increases', 'increasing', 'capture',
  'captures', 'leverage', 'leverages', 'leveraging', 'exploit', 'exploits', 'perform', 'performs', 'performed',
  'obtain', 'obtains', 'apply', 'applies', 'applied', 'applying', 'generate', 'generates', 'generated', 'compare',
  'compared', 'comparing', 'find', 'finds', 'found', 'reveal', 'reveals', 'suggest', 'suggests', 'observe',
  'observes', 'observed', 'identify', 'identifies', 'aim', 'aims', 'focus', 'focuses', 'develop', 'develops',
  'developed', 'employ', 'employs', 'adopt', 'adopts', 'support', 'supports', 'boost', 'boosts', 'enhance',
  'enhances', 'enhanced', 'enhancing', 'mitigate', 'mitigates', 'alleviate', 'surpass', 'surpasses', 'surpassing',
  'offer', 'offers', 'remaining', 'resulting', 'including', 'include', 'includes', 'involves',
  'involve', 'contain', 'contains', 'containing', 'called', 'named', 'termed', 'dubbed', 'known', 'seen',
  // title verbs
  'evaluating', 'exploring', 'eliminating', 'let', 'lets', 'behave', 'behaves', 'rethinking', 'revisiting',
  'investigating', 'analyzing', 'analysing', 'harnessing', 'unlocking', 'unleashing', 'boosting', 'building',
  'bridging', 'adapting', 'improving', 'encodes', 'changes', 'longer', 'severe', 'essential',
  'complex', 'perfect', 'decreasing', 'matters', 'need', 'needs', 'try', 'see', 'turning',
  'demystifying', 'diverse', 'compress', 'compressing', 'represented', 'optimizing', 'fine-tuned', 'empirical',
  // academic filler
  'improve', 'improves', 'improved', 'address', 'addresses', 'explore',
  'explores', 'investigate', 'investigates', 'evaluate', 'evaluates', 'consider', 'considers',
  'remarkable', 'remarkably', 'promising',
  'simple', 'simply', 'strong', 'superior', 'competitive',
  'key', 'main', 'crucial', 'critical', 'important', 'challenging', 'widely', 'commonly',
  'current', 'currently', 'overall', 'finally',
  'better', 'best', 'good', 'high', 'higher', 'low', 'lower', 'similar',
  'empirically', 'experimentally', 'theoretically', 'paradigm', 'wide', 'range', 'variety', 'number',
  // found among related papers' shared terms
  'e.g', 'i.e', 'github.com', 'nearly', 'directly', 'efficiently', 'popular', 'powerful', 'standard', 'modern',
  'effectiveness', 'previous', 'unprecedented', 'capable', 'impressive', 'multiple',
]);

/** Whether a word (any case) is a stopword. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/**
 * English function words that no other language of Latin script writes
 * often (not `a`, `in`, `on`, `as`, which French, German, Italian or
 * Portuguese do): a fifth to a third of the words of English prose, a few
 * hundredths of a text in another language.
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'for', 'with', 'that', 'this', 'these', 'we', 'our', 'is', 'are', 'from', 'by', 'which',
  'it', 'its', 'be', 'been', 'can', 'than', 'such', 'both', 'while', 'when', 'how', 'into', 'has', 'have',
]);

/** Whether a word, as written, is one of the English function words of {@link ENGLISH_FUNCTION_WORDS} (`the`, `and`; not `The`). */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word);
}

/**
 * Function words of the other languages of Latin script a browser translates
 * a page into (French, German, Spanish, Italian, Portuguese, Dutch, Danish,
 * Polish) that English does not write (not `et`, `al`, `do`, `no`, `to`, `as`,
 * nor single letters, which formulas and `et al.` give English text, nor
 * `per`, `par`, `op`, `con`, `die`, `den`, which terse English abstracts
 * write: `38 ms per token`, `on par`, `per op`, `die area`): what
 * tells a translation from English prose that happens to have few of its own
 * (a list of names and figures).
 */
const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'des', 'du', 'une', 'un', 'est', 'sont', 'nous', 'dans', 'pour', 'sur', 'avec', 'qui', 'que', 'aux', 'au', 'ces', 'cette', 'leur', 'pas',
  'der', 'das', 'und', 'ist', 'sind', 'wir', 'ein', 'eine', 'einen', 'einem', 'mit', 'von', 'für', 'auf', 'zu', 'dem', 'nicht', 'sich', 'auch', 'werden', 'wird', 'oder',
  'el', 'los', 'las', 'del', 'una', 'para', 'por', 'se', 'es', 'en', 'lo', 'su', 'sus', 'como', 'más',
  'il', 'di', 'che', 'della', 'delle', 'dei', 'degli', 'sono', 'nel', 'nella', 'alla', 'gli',
  'os', 'um', 'uma', 'dos', 'das', 'não', 'em', 'com', 'são', 'na', 'pelo', 'pela',
  'de', 'het', 'een', 'van', 'voor', 'te', 'zijn', 'met', 'niet', 'dat', 'wij', 'ook',
  'og', 'af', 'til', 'det', 'er', 'med', 'på', 'som', 'vi', 'ikke',
  'się', 'że', 'jest', 'nie', 'oraz', 'dla', 'przez', 'jak', 'są', 'który', 'która', 'które',
]);

/**
 * How many of a text's words (those with a letter) there are, how many of
 * them are English function words (see {@link ENGLISH_FUNCTION_WORDS}) and
 * how many are another language's (see {@link OTHER_FUNCTION_WORDS}): never
 * a word in capitals (an acronym, `ES`, `DEM`) nor one of a link's address
 * (`https://github.com/…`), which English abstracts write and which would
 * read as `es`, `dem`, `com`.
 */
export function englishFunctionWords(text: string): { words: number; english: number; other: number } {
  let words = 0;
  let english = 0;
  let other = 0;
  // A link's address is no prose (`github.com`, `.de`), and a word in capitals is an acronym (`ES`, `DEM`), not a function word of any language.
  for (const part of text.replace(LINK_ADDRESS, ' ').match(WORD_PART) ?? []) {
    if (!/\p{L}/u.test(part)) continue;
    words += 1;
    if (part.length > 1 && part === part.toUpperCase()) continue;
    const word = part.toLowerCase();
    if (ENGLISH_FUNCTION_WORDS.has(word)) english += 1;
    else if (OTHER_FUNCTION_WORDS.has(word)) other += 1;
  }
  return { words, english, other };
}

/** A link's address in running text: with its scheme or `www.`, to the next space. */
const LINK_ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/giu;
