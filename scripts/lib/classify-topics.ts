import { FALLBACK_TOPIC } from '../../src/format/taxonomy-schema.ts';
import { countTerms, topicsNamedByPhrase, type CompiledTaxonomy, type PaperText } from '../../src/format/topic-terms.ts';

export type { PaperText };

/** One topic's score for one paper, as computed by {@link scoreTopics}. */
export interface TopicScore {
  id: string;
  score: number;
}

/** What a term is worth when it occurs in the title (once is enough: titles are short). */
export const TITLE_WEIGHT = 3;
/** What each occurrence of a term in the abstract is worth. */
export const ABSTRACT_WEIGHT = 1;
/**
 * Occurrences of one term in the abstract that count. An abstract that repeats
 * its subject ten times is not ten times more about it, and one chatty term
 * must not outweigh several distinct ones.
 */
export const ABSTRACT_OCCURRENCE_CAP = 3;
/** Lowest score that assigns a topic: one title match, or three abstract mentions. */
export const MIN_TOPIC_SCORE = 3;
/**
 * A topic must score at least this share of the best topic's score. Keeps
 * incidental mentions (an image-compression paper that says "language" once)
 * out when the paper is clearly about something else.
 */
export const RELATIVE_TOPIC_CUTOFF = 0.5;
/**
 * Words a title's term needs to exempt its topic from
 * {@link RELATIVE_TOPIC_CUTOFF}: a title that names a topic by a phrase
 * (`state space model`, `speech recognition`, `large language models`) is
 * about it, however much more its abstract says about another topic; a single
 * word (`transformer`, `reward`, `circuit`, `LLMs`), hyphenated compounds
 * (`feed-forward`) included, is weaker evidence and still needs the cutoff.
 * Words are counted as written: see `topicsNamedByPhrase`.
 */
export const TITLE_PHRASE_WORDS = 2;
/** Most topics one paper gets. */
export const MAX_TOPICS = 3;

/**
 * Score every assignable topic for a paper: per term, {@link TITLE_WEIGHT} if
 * it occurs in the title, plus {@link ABSTRACT_WEIGHT} per occurrence in the
 * abstract (at most {@link ABSTRACT_OCCURRENCE_CAP}). Sorted by score
 * (highest first), then id; topics scoring 0 are left out.
 */
export function scoreTopics(paper: PaperText, compiled: CompiledTaxonomy): TopicScore[] {
  const inTitle = countTerms(paper.title, compiled);
  const inAbstract = countTerms(paper.abstract, compiled);
  const scores: TopicScore[] = [];
  compiled.topicIds.forEach((id, topic) => {
    let score = 0;
    const titleCounts = inTitle[topic] as number[];
    const abstractCounts = inAbstract[topic] as number[];
    for (let term = 0; term < titleCounts.length; term += 1) {
      if ((titleCounts[term] as number) > 0) score += TITLE_WEIGHT;
      score += ABSTRACT_WEIGHT * Math.min(abstractCounts[term] as number, ABSTRACT_OCCURRENCE_CAP);
    }
    if (score > 0) scores.push({ id, score });
  });
  return scores.sort(byScoreThenId);
}

function byScoreThenId(a: TopicScore, b: TopicScore): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Assign topics to a paper: the best-scoring topics (see {@link scoreTopics})
 * that reach {@link MIN_TOPIC_SCORE} and either {@link RELATIVE_TOPIC_CUTOFF}
 * of the best score or a title that names them by a phrase (a term of
 * {@link TITLE_PHRASE_WORDS} words or more), at most {@link MAX_TOPICS},
 * sorted by score then id; the fallback topic alone when none qualifies.
 *
 * Pure and deterministic: the result depends only on the paper and the
 * taxonomy, not on the order of topics in the taxonomy or on other papers.
 */
export function classifyTopics(paper: PaperText, compiled: CompiledTaxonomy): string[] {
  const scores = scoreTopics(paper, compiled);
  const best = scores[0]?.score ?? 0;
  const cutoff = best * RELATIVE_TOPIC_CUTOFF;
  const named = topicsNamedByPhrase(paper.title, compiled, TITLE_PHRASE_WORDS);
  const chosen = scores
    .filter((s) => s.score >= MIN_TOPIC_SCORE && (s.score >= cutoff || named.has(s.id)))
    .slice(0, MAX_TOPICS)
    .map((s) => s.id);
  return chosen.length > 0 ? chosen : [FALLBACK_TOPIC];
}
