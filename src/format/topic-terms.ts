import { FALLBACK_TOPIC, type Taxonomy } from './taxonomy-schema.ts';
import { stem, wordList, wordParts } from '../text/words.ts';

/**
 * The topic term matcher: how the terms of `topics.yaml` are read and found
 * in a paper's text. One matcher for both sides: the ingest assigns topics
 * with it (scripts/lib/classify-topics.ts) and the site explains them with it.
 */

/** A paper's text as topics read it: the title and the abstract, counted apart (a term in the title weighs more). */
export interface PaperText {
  title: string;
  abstract: string;
}

/** A taxonomy term, compiled: a sequence of normalised words, or a regular expression. */
export type CompiledTerm =
  | { kind: 'words'; source: string; words: readonly string[] }
  | { kind: 'regex'; source: string; regex: RegExp };

/** A taxonomy prepared for {@link classifyTopics}; build it once with {@link compileTaxonomy}. */
export interface CompiledTaxonomy {
  /** Ids of the topics that can be assigned (every topic but the fallback), in taxonomy order. */
  readonly topicIds: readonly string[];
  /** Word terms by their first normalised word; each entry says which topic and term it belongs to. */
  readonly wordIndex: ReadonlyMap<string, readonly WordTermEntry[]>;
  /** Regular-expression terms, each with its topic. */
  readonly regexTerms: readonly RegexTermEntry[];
  /** Number of terms (word and regex) per topic, for per-term bookkeeping. */
  readonly termCounts: readonly number[];
  /** Each counted term as written in the taxonomy, per topic: `termSources[topic][term]`. */
  readonly termSources: readonly (readonly string[])[];
}

interface WordTermEntry {
  topic: number;
  term: number;
  words: readonly string[];
}

interface RegexTermEntry {
  topic: number;
  term: number;
  regex: RegExp;
}

const REGEX_TERM = /^\/(.+)\/$/s;

/** Split text into lowercase stemmed word parts: punctuation and hyphens separate words, plurals meet their singular. */
export function foldedWords(text: string): string[] {
  return wordParts(text).map(stem);
}

/**
 * Compile one taxonomy term. `/…/` is a case-insensitive regular expression;
 * anything else is a sequence of whole words.
 *
 * @throws Error whose message says what is wrong with the term (without a
 *   place: the caller knows the file and line).
 */
export function compileTerm(term: string): CompiledTerm {
  const regexSource = REGEX_TERM.exec(term)?.[1];
  if (regexSource !== undefined) {
    let regex: RegExp;
    try {
      regex = new RegExp(regexSource, 'gi');
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(error);
      throw new Error(`term \`${term}\` is not a valid regular expression (${reason})`, { cause: error });
    }
    if (new RegExp(regex.source, 'i').test('')) {
      throw new Error(`term \`${term}\` matches empty text; expected a regular expression that needs at least one character`);
    }
    return { kind: 'regex', source: term, regex };
  }
  const words = foldedWords(term);
  if (words.length === 0) {
    throw new Error(`term \`${term}\` has no letters or digits; expected words such as \`language model\` or a \`/regex/\``);
  }
  return { kind: 'words', source: term, words };
}

/**
 * Prepare a taxonomy for classification: compile every term once and index
 * word terms by their first word, so classifying a paper is one pass over its
 * words plus one scan per regex term.
 *
 * The fallback topic (`other`) is never scored; its terms, if any, are ignored.
 *
 * @throws Error when a term does not compile (see {@link compileTerm}); load
 *   the taxonomy with `parseTaxonomy` first to get the file and line.
 */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const topicIds: string[] = [];
  const wordIndex = new Map<string, WordTermEntry[]>();
  const regexTerms: RegexTermEntry[] = [];
  const termCounts: number[] = [];
  const termSources: string[][] = [];

  for (const topic of taxonomy.topics) {
    if (topic.id === FALLBACK_TOPIC) continue;
    const topicIndex = topicIds.push(topic.id) - 1;
    const seen = new Set<string>();
    const sources: string[] = [];
    let termIndex = 0;
    for (const term of topic.terms) {
      const compiled = compileTerm(term);
      // The same words written twice (`LLM`, `LLMs`) must not count twice.
      const key = compiled.kind === 'words' ? `w:${compiled.words.join(' ')}` : `r:${compiled.regex.source}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (compiled.kind === 'words') {
        const first = compiled.words[0] as string;
        const bucket = wordIndex.get(first) ?? [];
        bucket.push({ topic: topicIndex, term: termIndex, words: compiled.words });
        wordIndex.set(first, bucket);
      } else {
        regexTerms.push({ topic: topicIndex, term: termIndex, regex: compiled.regex });
      }
      sources.push(term);
      termIndex += 1;
    }
    termCounts.push(termIndex);
    termSources.push(sources);
  }

  // Longest terms first, so at any position a topic takes its most specific term.
  for (const bucket of wordIndex.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return { topicIds, wordIndex, regexTerms, termCounts, termSources };
}

/**
 * Count term occurrences in one text: `counts[topic][term]`. Within a topic,
 * word terms match leftmost-longest without overlap, so `large language
 * model` and `language model` in the same topic count one phrase once.
 * With `topics` (topic indexes), only their regex terms are scanned for
 * (the others count 0): each is a pass over the text, the word terms one
 * pass for all.
 */
export function countTerms(text: string, compiled: CompiledTaxonomy, topics?: ReadonlySet<number>): number[][] {
  const counts = compiled.termCounts.map((n) => new Array<number>(n).fill(0));
  const words = foldedWords(text);
  const coveredUntil = new Array<number>(compiled.topicIds.length).fill(0);
  for (let position = 0; position < words.length; position += 1) {
    const bucket = compiled.wordIndex.get(words[position] as string);
    if (bucket === undefined) continue;
    for (const entry of bucket) {
      if ((coveredUntil[entry.topic] as number) > position) continue;
      if (!matchesAt(words, position, entry.words)) continue;
      const row = counts[entry.topic] as number[];
      row[entry.term] = (row[entry.term] ?? 0) + 1;
      coveredUntil[entry.topic] = position + entry.words.length;
    }
  }
  for (const entry of compiled.regexTerms) {
    if (topics !== undefined && !topics.has(entry.topic)) continue;
    let n = 0;
    entry.regex.lastIndex = 0; // `matchAll` starts where the regex last stopped
    for (const match of text.matchAll(entry.regex)) if (match[0].trim() !== '') n += 1;
    const row = counts[entry.topic] as number[];
    row[entry.term] = (row[entry.term] ?? 0) + n;
  }
  return counts;
}

/**
 * The topics (ids) that `text` names by a phrase: a term of at least
 * `minWords` words, counted as written (a hyphenated compound such as
 * `feed-forward` is one word), occurs in it. A plain term has its own words
 * (`state space model`, `vision-language model`); a `/regex/` term has those
 * of the text it matched (`large language models`, not `LLMs`). A phrase is
 * specific where a single word (`language`, `reward`, `feed-forward`) is weak
 * evidence.
 */
export function topicsNamedByPhrase(text: string, compiled: CompiledTaxonomy, minWords: number): Set<string> {
  const named = new Set<number>();
  const words = foldedWords(text);
  for (let position = 0; position < words.length; position += 1) {
    for (const entry of compiled.wordIndex.get(words[position] as string) ?? []) {
      if (named.has(entry.topic) || !matchesAt(words, position, entry.words)) continue;
      if (wordList((compiled.termSources[entry.topic] as string[])[entry.term] as string).length >= minWords) named.add(entry.topic);
    }
  }
  for (const entry of compiled.regexTerms) {
    if (named.has(entry.topic)) continue;
    for (const match of text.matchAll(entry.regex)) {
      if (wordList(match[0]).length >= minWords) {
        named.add(entry.topic);
        break;
      }
    }
  }
  return new Set([...named].map((topic) => compiled.topicIds[topic] as string));
}

function matchesAt(words: readonly string[], position: number, term: readonly string[]): boolean {
  if (position + term.length > words.length) return false;
  for (let i = 1; i < term.length; i += 1) if (words[position + i] !== term[i]) return false;
  return true;
}

/**
 * Why a text is filed under `topicId`: the topic's terms found in it, by the
 * same matcher that assigns topics, so an explanation cannot disagree with
 * the classification. A plain term is shown as written in the taxonomy; a
 * `/regex/` term by the text it matched. At most `limit`, case-insensitive
 * duplicates removed; none for the fallback topic or an unknown one.
 */
export function termsFound(text: string, topicId: string, compiled: CompiledTaxonomy, limit = 4): string[] {
  return termsFoundByTopic(text, [topicId], compiled, limit).get(topicId) ?? [];
}

/**
 * {@link termsFound} for several topics of one text (a paper's topics), with
 * one count of the text for all of them: a page shows why it is filed under
 * each of its topics, and counting the text once per topic cost a second
 * of every build at 10,000 papers.
 *
 * Given a paper, its title and abstract are counted apart, as the classifier
 * counts them, and the terms its title names come first: they weigh most, and
 * a phrase there files the paper under its topic on its own
 * (scripts/lib/classify-topics.ts), so the page shows it within `limit`.
 */
export function termsFoundByTopic(text: string | PaperText, topicIds: readonly string[], compiled: CompiledTaxonomy, limit = 4): Map<string, string[]> {
  const indexes = topicIds.map((id) => compiled.topicIds.indexOf(id));
  const counted = new Set(indexes.filter((topic) => topic >= 0));
  const parts = typeof text === 'string' ? [text] : [text.title, text.abstract];
  const counts = counted.size === 0 ? [] : parts.map((part) => countTerms(part, compiled, counted));
  return new Map(topicIds.map((id, i) => [id, indexes[i]! < 0 ? [] : shownTerms(parts, indexes[i]!, counts, compiled, limit)]));
}

/** The terms of `topic` that `counts` found in each of `texts`, in order, as a page shows them: see {@link termsFound}. */
function shownTerms(texts: readonly string[], topic: number, counts: readonly (readonly (readonly number[])[])[], compiled: CompiledTaxonomy, limit: number): string[] {
  const regexByTerm = new Map(compiled.regexTerms.filter((entry) => entry.topic === topic).map((entry) => [entry.term, entry.regex]));
  const found: string[] = [];
  const seen = new Set<string>();
  texts.forEach((text, part) => {
    (counts[part]![topic] as readonly number[]).forEach((count, term) => {
      if (count === 0 || found.length >= limit) return;
      const regex = regexByTerm.get(term);
      const shown = regex === undefined ? (compiled.termSources[topic] as string[])[term] : firstMatch(regex, text);
      if (shown && !seen.has(shown.toLowerCase())) {
        seen.add(shown.toLowerCase());
        found.push(shown);
      }
    });
  });
  return found;
}

/**
 * The first text `regex` (global) matches in `text` that is not only
 * spaces, trimmed. A term that matches empty text within a text (`/(?=ab)/`,
 * `/\b/`: `compileTerm` refuses only those that match the empty text) names
 * nothing, so an empty match counts for nothing here or in `countTerms`
 * (`matchAll` moves past it, where an `exec` loop would never end).
 */
function firstMatch(regex: RegExp, text: string): string | undefined {
  regex.lastIndex = 0;
  for (const match of text.matchAll(regex)) if (match[0].trim() !== '') return match[0].trim();
  return undefined;
}
